#pragma once

#include "token.h"

#include <memory>

namespace Parallax {

// ICU word segmentation with a normal form and a Snowball stem for each token. Not thread-safe
// (ICU iterators and Snowball stemmers keep state); use one per thread.
class Tokenizer
{
public:
    // language: ISO 639-1 code choosing the ICU word rules and the Snowball stemmer (every
    // language libstemmer has, see LanguageDetector); other languages are not stemmed.
    explicit Tokenizer(const QString &language = QStringLiteral("en"));
    ~Tokenizer();
    Tokenizer(const Tokenizer &) = delete;
    Tokenizer &operator=(const Tokenizer &) = delete;

    TokenList tokenize(const QString &text) const;
    qsizetype countWords(const QString &text) const;

    // The normal form alone, for matching: NFKC + case fold, typographic quotes and dashes
    // folded to ASCII.
    static QString normalForm(const QString &text);
    QString stem(const QString &normalWord) const;
    // Typographic quotes and dashes folded to ASCII, nothing else changed.
    static QString foldTypography(QString text);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Whether two words are one word spelt two ways: same stem, British and American spelling
// (defence/defense, criticised/criticized, colour/color), or transliterations of one name
// (Zelensky/Zelenskyy, Sergei/Sergey, Kiev/Kyiv). A general rule, not a list: an edit distance
// in which the edits spelling variants are made of are cheap.
bool isSpellingVariant(const Token &a, const Token &b);

} // namespace Parallax
