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

// ICU's sentence break iterator with the suppressions news text needs: ICU 72 breaks after
// "U.S." before a capital, after titles ("Gen. Smith") and in "3 p.m. Monday", and breaks
// inside a quotation that spans several sentences. Not thread-safe; one per thread.
class SentenceSplitter
{
public:
    explicit SentenceSplitter(const QString &language = QStringLiteral("en"));
    ~SentenceSplitter();
    SentenceSplitter(const SentenceSplitter &) = delete;
    SentenceSplitter &operator=(const SentenceSplitter &) = delete;

    // Spans are trimmed of surrounding white space and never empty.
    QList<SentenceSpan> split(const QString &text) const;
    QStringList sentences(const QString &text) const;

private:
    bool keepsTogether(const QString &text, qsizetype boundary) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
