#pragma once

#include <QString>
#include <QStringView>

namespace Parallax {

// Small text rules shared by the paragraph builder, the classifier and the sentence splitter.
namespace TextRules {

// Sentence-closing punctuation at the end, looking through closing quotes and brackets.
bool endsWithClosingPunctuation(QStringView text);
bool startsWithLowercase(QStringView text);
qsizetype countWords(QStringView text);
bool isOpeningQuote(QChar c);
bool isClosingQuote(QChar c);

// Removes inline markup a copy from a web page leaves in plain text: balanced inline HTML tags
// (<u>..</u>, <em>..</em>, ...), markdown emphasis and links. Unbalanced tags stay: the text
// may be talking about them.
QString stripInlineMarkup(const QString &text);

} // namespace TextRules

} // namespace Parallax
