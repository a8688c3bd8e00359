#pragma once

#include "article.h"

#include <QStringList>

#include <functional>

namespace Parallax {

struct LoadError
{
    QString path;
    QString reason; // translated, for the user: why the file could not be read
};

struct LoadResult
{
    QList<Article> articles; // in the order the paths were given
    QList<LoadError> errors;
};

// Reads article files as a reader sees them: decodes, extracts the text of HTML pages, splits
// paragraphs, classifies page furniture, finds title, date and outlet, and splits sentences.
// Only ever opens its inputs for reading.
class ArticleLoader
{
public:
    static constexpr qint64 kMaxFileSize = 20 * 1024 * 1024;
    static constexpr qsizetype kMaxSources = 2000; // loadAll reads no more than this many

    // Pdf, Docx and Odt are read from files only (fromText takes the text formats).
    using Format = SourceFormat;

    // Called as reading goes on with the share done, 0 to 1 (pages of a PDF count); returning
    // false stops: the file being read and those after it are left out, without an error.
    using Progress = std::function<bool(double done)>;

    // On failure returns false and sets *error to a reason naming no path (the caller has it).
    static bool load(const QString &path, Article *article, QString *error,
                     const Progress &progress = {});
    static LoadResult loadAll(const QStringList &paths, const Progress &progress = {});

    // An article from text that did not come from a file (pasted or dropped from a browser).
    // The article keeps the text as given (Article::givenText).
    static Article fromText(const QString &text, Format format, const QString &name = {});

    static Format formatForPath(const QString &path);
    // The file name suffixes Parallax reads, lower case without the dot ("txt", "pdf", ...).
    static const QStringList &fileSuffixes();
    // The language of an article's text, an ISO 639-1 code (LanguageDetector::detect).
    static QString guessLanguage(const QString &text);
};

} // namespace Parallax
