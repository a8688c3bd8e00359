#pragma once

#include "rawblock.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Parallax {

// Reads the text layer of a PDF through Poppler (poppler-qt6) and rebuilds its paragraphs with
// PdfLayout: reading order across columns, running headers and footers as furniture, hyphenation
// undone, headings from font size. The document's info dictionary gives title, author and dates.
class PdfReader
{
public:
    // Pages read at most; the text of a longer document stops there.
    static constexpr int kMaxPages = 5000;

    struct Result
    {
        QList<RawBlock> blocks;
        DocumentProperties properties;
        QString language; // guessed from the text, ISO 639-1
    };

    // Called after each page with the pages done and the page count; returning false stops.
    using Progress = std::function<bool(int done, int total)>;

    // bytes: the whole file. On failure returns false and sets *error to a translated reason
    // naming no path: "is password-protected", "has no text to compare (a scan?)", "is damaged".
    static bool read(const QByteArray &bytes, Result *result, QString *error,
                     const Progress &progress = {});
};

} // namespace Parallax
