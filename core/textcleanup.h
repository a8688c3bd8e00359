#pragma once

#include <QString>
#include <QStringView>

namespace Parallax {

// Small text rules shared by the paragraph builder, the classifier and the sentence splitter.
namespace TextRules {

// Sentence-closing punctuation at the end (. ! ? ... and the CJK 。！？), looking through closing
// quotes and brackets.
bool endsWithClosingPunctuation(QStringView text);
// Whether c ends a sentence in some script: . ! ? ... 。 ！ ？ and the like.
bool isSentenceEnd(QChar c);
bool startsWithLowercase(QStringView text);
// The number of words and numbers in text. A run between spaces is one word, as readers of
// languages with spaces count ("state-of-the-art", "NATO's"); a run holding Chinese, Japanese,
// Thai, Lao, Khmer or Burmese, written without spaces, counts the words ICU's word break finds
// in it.
qsizetype countWords(QStringView text);
// Whether c opens (isOpeningQuote) or closes (isClosingQuote) a quotation, as the paragraph
// builder reads marks: English, French and Russian quotes, the Chinese and Japanese corner
// brackets, and „ (the SentenceSplitter reads every language's direction from the text).
bool isOpeningQuote(QChar c);
bool isClosingQuote(QChar c);

// Invisible characters that break words apart for Find and matching without showing: the soft
// hyphen U+00AD, U+200B..U+200D (zero-width space, non-joiner, joiner), the word joiner U+2060
// and U+FEFF.
bool isInvisibleFormat(QChar c);
// text in Unicode Normalization Form C, the form of all text Parallax compares, shows and
// searches. Removed: every isInvisibleFormat character except U+200C/U+200D where they are
// spelling (inside an emoji ZWJ sequence, or between two letters of a script other than Latin,
// Greek and Cyrillic, as in Persian or Hindi); control characters other than line ends, tabs
// and form feeds (C0, DEL, C1); and terminal colour codes (ECMA-48 "ESC [ ... m" sequences).
// Returns text itself when already so.
QString normalizedText(const QString &text);
// Length in UTF-16 code units of the terminal escape sequence starting at index i of text
// (ECMA-48 CSI, or 1 for a lone ESC); 0 when text[i] is no ESC.
qsizetype terminalEscapeLength(const QString &text, qsizetype i);

// Removes inline markup a copy from a web page leaves in plain text: balanced inline HTML tags
// (<u>..</u>, <em>..</em>, ...), markdown emphasis and links. Unbalanced tags stay: the text
// may be talking about them.
QString stripInlineMarkup(const QString &text);

} // namespace TextRules

} // namespace Parallax
