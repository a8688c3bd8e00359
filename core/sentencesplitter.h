#pragma once

#include <QList>
#include <QString>

#include <memory>

namespace Parallax {

struct SentenceSpan
{
    qsizetype begin = 0;
    qsizetype length = 0;
};

// ICU's sentence break iterator (any script: 。！？ end Chinese and Japanese sentences) with the
// suppressions news text needs: ICU 72 breaks after "U.S." before a capital, after titles
// ("Gen. Smith") and in "3 p.m. Monday" (but not after words of the language its German list
// takes for abbreviations: "sagte er. Dann"), between a quoted question and its speech tag
// ("Where?" asked a passenger.), and inside a quotation that spans several sentences; which
// way each quotation mark points is read from the text („...“, »...«, «...», ”...”, 「...」),
// and a straight " after a digit is an inch mark, not a quotation. Not thread-safe; one per
// thread.
class SentenceSplitter
{
public:
    explicit SentenceSplitter(const QString &language = QStringLiteral("en"));
    ~SentenceSplitter();
    SentenceSplitter(const SentenceSplitter &) = delete;
    SentenceSplitter &operator=(const SentenceSplitter &) = delete;

    // language: ISO 639-1 code, the ICU locale of the break rules.
    // Spans (offsets and lengths in UTF-16 code units of text) are trimmed of surrounding white
    // space and never empty.
    QList<SentenceSpan> split(const QString &text) const;
    QStringList sentences(const QString &text) const;

private:
    bool keepsTogether(const QString &text, qsizetype boundary) const;
    bool wronglySuppressed(const QString &text, qsizetype boundary) const;
    bool suppressedAsEnding(const QString &word) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
