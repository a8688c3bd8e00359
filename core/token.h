#pragma once

#include <QList>
#include <QString>

namespace Parallax {

struct Token
{
    enum class Kind { Word, Number, Punctuation };

    Kind kind = Kind::Word;
    qsizetype begin = 0; // span in the text it was read from
    qsizetype length = 0;
    QString text;   // as written
    QString normal; // NFKC, case folded, quote and dash styles folded
    QString stem;   // Snowball stem of normal (words); normal otherwise

    bool isWord() const { return kind == Kind::Word; }
};

using TokenList = QList<Token>;

} // namespace Parallax
