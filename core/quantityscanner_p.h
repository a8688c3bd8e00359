#pragma once

// The reader of quantities inside a sentence (QuantityReader::read): quantity.cpp reads numbers,
// amounts, dates and times, quantityranges.cpp bounds and ranges. Internal to the engine.

#include "quantity.h"
#include "quantitytables.h"

#include <vector>

namespace Parallax {
namespace QuantityScan {

// One token, or a part of one: "1.8m" and "60cm" are read as a number and a word.
struct Piece
{
    QString normal;
    qsizetype token = 0;
    bool number = false; // digits with separators
    bool word = false;
    bool upper = false;   // begins with a capital letter as written
    bool touches = false; // no space before it (part of the same token, or glued)
    QString stem;
};

// "d'euros", "l'an": the word after the elided article.
inline QString withoutElision(const QString &normal)
{
    const qsizetype apostrophe = normal.indexOf(u'\'');
    return apostrophe > 0 && apostrophe <= 2 && apostrophe + 1 < normal.size()
               ? normal.mid(apostrophe + 1)
               : normal;
}

// Reads the quantities of one sentence: its tokens cut into pieces, and the language's tables.
class Scanner
{
public:
    Scanner(const QuantityReader::Data &data, const TokenList &tokens);

    std::vector<Quantity> readAll();

private:
    using Data = QuantityReader::Data;

    // Each reader tries piece p and returns the piece after the quantity, or p when there is none.
    size_t readDate(size_t p, Quantity &q) const;
    size_t readWeekday(size_t p, Quantity &q) const;
    size_t readTime(size_t p, Quantity &q) const;
    size_t readAmount(size_t p, Quantity &q) const;
    // "August 20-21": the last day of a range after a date that ends at piece p.
    size_t readDayRange(size_t p, Quantity &q) const;
    // An amount, or two joined by a dash into a range or a tally.
    size_t readRange(size_t p, Quantity &q) const;
    // An amount after the words that bound it: "more than 60", "between 10 and 12".
    size_t readBounded(size_t p, Quantity &q) const;
    // Makes low, read at piece lowStart, the range from low to high (read at highStart), or with
    // dashed the tally of the two; false when they are no range.
    enum class Join { Dash, Slash, Colon, Word };
    bool joinRange(size_t lowStart, Quantity &low, size_t highStart, const Quantity &high,
                   Join join) const;
    // Whether a scale word, a unit or a currency is at piece p.
    bool measureAt(size_t p) const;
    // A number in digits or words at p: its value, whether it is an ordinal, the piece after it.
    size_t readNumber(size_t p, double *value, bool *ordinal) const;

    double digitValue(QString s, bool *ok) const;
    template<typename Table>
    typename Table::const_iterator lookup(const Table &table, size_t p, size_t *length,
                                          int longest = 0) const;
    QString currencyAt(size_t p, bool beforeNumber, size_t *length) const;
    bool isLink(size_t p) const;
    size_t skipDot(size_t p) const;
    int dayAt(size_t p, size_t *end) const;
    int yearAt(size_t p) const;
    int monthAt(size_t p) const;

    const Data &m_data;
    const TokenList &m_tokens;
    std::vector<Piece> m_pieces;
    size_t m_size = 0;
};

// The longest table entry starting at piece p, and its length in pieces; longest: the most pieces
// an entry has (the units', currencies' and scales' longest when 0).
template<typename Table>
typename Table::const_iterator Scanner::lookup(const Table &table, size_t p, size_t *length,
                                               int longest) const
{
    typename Table::const_iterator best = table.constEnd();
    QString key;
    const size_t most = size_t(longest > 0 ? longest : m_data.longestKey);
    for (size_t k = 0; k < most && p + k < m_size; ++k) {
        if (m_pieces[p + k].normal == u".")
            break;
        if (k)
            key += u' ';
        key += withoutElision(m_pieces[p + k].normal);
        const auto it = table.constFind(key);
        if (it != table.constEnd()) {
            best = it;
            *length = k + 1;
        }
    }
    return best;
}

} // namespace QuantityScan
} // namespace Parallax
