#include "sentencesplitter.h"

#include "icustring.h"
#include "textcleanup.h"

#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

namespace Parallax {

namespace {

// Abbreviations that are followed by a name or a number, never by a new sentence.
const QSet<QString> &titleAbbreviations()
{
    static const QSet<QString> words{
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),
        QStringLiteral("dr"),   QStringLiteral("prof"), QStringLiteral("gen"),
        QStringLiteral("lt"),   QStringLiteral("col"),  QStringLiteral("maj"),
        QStringLiteral("capt"), QStringLiteral("cpt"),  QStringLiteral("sgt"),
        QStringLiteral("adm"),  QStringLiteral("cmdr"), QStringLiteral("gov"),
        QStringLiteral("sen"),  QStringLiteral("rep"),  QStringLiteral("rev"),
        QStringLiteral("hon"),  QStringLiteral("pres"), QStringLiteral("st"),
        QStringLiteral("mt"),   QStringLiteral("ft"),   QStringLiteral("supt"),
        QStringLiteral("insp"), QStringLiteral("mme"),  QStringLiteral("mlle"),
        QStringLiteral("hr"),   QStringLiteral("fr"),
    };
    return words;
}

// Abbreviations that end a sentence unless a number or a lower-case word follows.
const QSet<QString> &numberAbbreviations()
{
    static const QSet<QString> words{
        QStringLiteral("jan"), QStringLiteral("feb"),    QStringLiteral("mar"),
        QStringLiteral("apr"), QStringLiteral("jun"),    QStringLiteral("jul"),
        QStringLiteral("aug"), QStringLiteral("sep"),    QStringLiteral("sept"),
        QStringLiteral("oct"), QStringLiteral("nov"),    QStringLiteral("dec"),
        QStringLiteral("vs"),  QStringLiteral("approx"), QStringLiteral("ca"),
        QStringLiteral("est"), QStringLiteral("inc"),    QStringLiteral("ltd"),
        QStringLiteral("co"),  QStringLiteral("corp"),   QStringLiteral("etc"),
        QStringLiteral("no"),  QStringLiteral("nos"),    QStringLiteral("vol"),
        QStringLiteral("pp"),  QStringLiteral("fig"),    QStringLiteral("art"),
        QStringLiteral("sec"), QStringLiteral("p"),      QStringLiteral("ch"),
        QStringLiteral("jr"),  QStringLiteral("sr"),
    };
    return words;
}

// Words that open a new sentence after an initialism ("... in the U.S. They said ...").
const QSet<QString> &sentenceOpeners()
{
    static const QSet<QString> words{
        QStringLiteral("the"),   QStringLiteral("a"),      QStringLiteral("an"),
        QStringLiteral("he"),    QStringLiteral("she"),    QStringLiteral("it"),
        QStringLiteral("they"),  QStringLiteral("we"),     QStringLiteral("i"),
        QStringLiteral("you"),   QStringLiteral("this"),   QStringLiteral("that"),
        QStringLiteral("these"), QStringLiteral("those"),  QStringLiteral("there"),
        QStringLiteral("but"),   QStringLiteral("and"),    QStringLiteral("or"),
        QStringLiteral("so"),    QStringLiteral("yet"),    QStringLiteral("in"),
        QStringLiteral("on"),    QStringLiteral("at"),     QStringLiteral("as"),
        QStringLiteral("after"), QStringLiteral("before"), QStringLiteral("when"),
        QStringLiteral("while"), QStringLiteral("if"),     QStringLiteral("however"),
        QStringLiteral("his"),   QStringLiteral("her"),    QStringLiteral("their"),
        QStringLiteral("its"),   QStringLiteral("our"),    QStringLiteral("meanwhile"),
        QStringLiteral("still"), QStringLiteral("since"),  QStringLiteral("for"),
    };
    return words;
}

bool isInitialism(const QString &word)
{
    // "U.S.", "p.m.", "e.g.", "U.K."; a single letter "F." is a middle initial.
    if (!word.endsWith(u'.'))
        return false;
    for (qsizetype i = 0; i < word.size(); i += 2) {
        if (!word.at(i).isLetter() || i + 1 >= word.size() || word.at(i + 1) != u'.')
            return false;
    }
    return true;
}

QString lastWord(const QString &text, qsizetype end)
{
    qsizetype e = end;
    while (e > 0 && text.at(e - 1).isSpace())
        --e;
    qsizetype b = e;
    while (b > 0 && !text.at(b - 1).isSpace())
        --b;
    while (b < e && (text.at(b) == u'(' || TextRules::isOpeningQuote(text.at(b))))
        ++b;
    return text.mid(b, e - b);
}

QString nextWord(const QString &text, qsizetype begin)
{
    qsizetype b = begin;
    while (b < text.size() && (text.at(b).isSpace() || TextRules::isOpeningQuote(text.at(b))))
        ++b;
    qsizetype e = b;
    while (e < text.size() && (text.at(e).isLetterOrNumber() || text.at(e) == u'.'))
        ++e;
    return text.mid(b, e - b);
}

// Quotation depth before position end: guillemets and curly double quotes pair up; straight
// double quotes alternate.
int quoteDepth(const QString &text, qsizetype end)
{
    int guillemets = 0;
    int curly = 0;
    bool straight = false;
    for (qsizetype i = 0; i < end; ++i) {
        switch (text.at(i).unicode()) {
        case u'\u00AB':
            ++guillemets;
            break;
        case u'\u00BB':
            guillemets = std::max(0, guillemets - 1);
            break;
        case u'\u201C':
            ++curly;
            break;
        case u'\u201D':
            curly = std::max(0, curly - 1);
            break;
        case u'"':
            straight = !straight;
            break;
        default:
            break;
        }
    }
    return guillemets + curly + (straight ? 1 : 0);
}

bool quotesBalanced(const QString &text)
{
    return text.count(u'\u00AB') == text.count(u'\u00BB') &&
           text.count(u'\u201C') == text.count(u'\u201D') && text.count(u'"') % 2 == 0;
}

} // namespace

struct SentenceSplitter::Private
{
    std::unique_ptr<icu::BreakIterator> iterator;
};

SentenceSplitter::SentenceSplitter(const QString &language)
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray locale = language.toLatin1() + "@ss=standard";
    d->iterator.reset(
        icu::BreakIterator::createSentenceInstance(icu::Locale(locale.constData()), status));
    if (U_FAILURE(status))
        d->iterator.reset();
}

SentenceSplitter::~SentenceSplitter() = default;

// A break inside a run of non-space characters that is a web address ("news?id=4").
bool insideUrl(const QString &text, qsizetype boundary)
{
    if (boundary <= 0 || boundary >= text.size() || text.at(boundary).isSpace() ||
        text.at(boundary - 1).isSpace())
        return false;
    qsizetype b = boundary;
    while (b > 0 && !text.at(b - 1).isSpace())
        --b;
    const QStringView run = QStringView(text).mid(b, boundary - b);
    return run.contains(u"://") || run.startsWith(u"www.");
}

bool SentenceSplitter::keepsTogether(const QString &text, qsizetype boundary) const
{
    if (insideUrl(text, boundary))
        return true;
    const QString before = lastWord(text, boundary);
    const QString after = nextWord(text, boundary);
    if (after.isEmpty())
        return false;
    const QChar first = after.at(0);
    const bool nextLowerOrDigit = first.isLower() || first.isDigit();

    if (before.endsWith(u'.')) {
        const QString bare = before.chopped(1).toLower();
        if (titleAbbreviations().contains(bare))
            return true;
        if (numberAbbreviations().contains(bare) && nextLowerOrDigit)
            return true;
        if (isInitialism(before)) {
            const QString opener = after.endsWith(u'.') ? after.chopped(1) : after;
            return nextLowerOrDigit || !sentenceOpeners().contains(opener.toLower());
        }
    }
    return false;
}

QList<SentenceSpan> SentenceSplitter::split(const QString &text) const
{
    QList<qsizetype> cuts;
    if (d->iterator) {
        const icu::UnicodeString utext = icuView(text);
        d->iterator->setText(utext);
        const bool trackQuotes = quotesBalanced(text);
        for (int32_t b = d->iterator->next(); b != icu::BreakIterator::DONE && b < text.size();
             b = d->iterator->next()) {
            if (keepsTogether(text, b))
                continue;
            if (trackQuotes && quoteDepth(text, b) > 0)
                continue;
            cuts.append(b);
        }
        d->iterator->setText(icu::UnicodeString());
    }
    cuts.append(text.size());

    QList<SentenceSpan> spans;
    qsizetype begin = 0;
    for (const qsizetype end : cuts) {
        qsizetype b = begin;
        qsizetype e = end;
        while (b < e && text.at(b).isSpace())
            ++b;
        while (e > b && text.at(e - 1).isSpace())
            --e;
        if (e > b)
            spans.append({b, e - b});
        begin = end;
    }
    return spans;
}

QStringList SentenceSplitter::sentences(const QString &text) const
{
    QStringList out;
    for (const SentenceSpan &span : split(text))
        out.append(text.mid(span.begin, span.length));
    return out;
}

} // namespace Parallax
