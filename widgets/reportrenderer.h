#pragma once

#include "comparisonstate.h"
#include "pdfstructure.h"

#include <QDateTime>
#include <QList>
#include <QPageSize>
#include <QRectF>

#include <atomic>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace Parallax {

// A user's note on a unit, for the report's brief.
struct ReportNote
{
    qsizetype unit = 0; // index in Comparison::units
    QString status;     // as the user sees it: "verified", "disputed", "to check"
    QString text;       // plain text; may be empty
};

struct ReportOptions
{
    QPageSize pageSize = defaultPageSize(); // portrait or landscape is chosen by the sources
    QDateTime created = QDateTime::currentDateTime();
    QString author;          // for the document's metadata; empty: the user's name if known
    ViewOptions view;        // highlight mode and which additions (relative to all or to the base)
    QList<ReportNote> notes; // listed in the brief, in this order

    // A4, or Letter where the locale measures in inches.
    static QPageSize defaultPageSize();
    // "A4", "Letter", "Legal", "A3"...; an invalid size for names it does not know.
    static QPageSize pageSizeNamed(const QString &name);
};

// The comparison report: a first page with the findings brief, contents, the sources, legend,
// who added what, conflicts and quotations, the overview heat map and the comparison itself,
// unit by unit with each source side by side. Each section is a class of its own (report*.cpp)
// on a shared page layout (ReportPage). One
// renderer serves the PDF export, printing and print preview. Text is laid out as text (it
// stays searchable and copyable) and always as plain text.
class ReportRenderer
{
public:
    // A state whose findings are still pending has them found here (withFindings()), on the
    // thread that makes the renderer.
    ReportRenderer(ComparisonStatePtr state, ReportOptions options);

    // Lays the report out on the device's pages (twice: once to number the pages for the
    // contents and the footers). progress(done, total) reports pages; cancel stops early.
    // Returns false when cancelled.
    bool render(QPagedPaintDevice *device, const std::function<void(int, int)> &progress = {},
                const std::atomic_bool *cancel = nullptr) const;

    // Writes a PDF through OutputFile: a file appears complete or not at all, a device or a FIFO
    // is written in place. The PDF has an outline (a bookmark for every section and, under "Who
    // added what", every source) and links from the contents and the brief to their pages.
    // False, with the reason in error, when the file cannot be written or it was cancelled.
    bool writePdf(const QString &path, QString *error,
                  const std::function<void(int, int)> &progress = {},
                  const std::atomic_bool *cancel = nullptr) const;

    bool landscape() const;
    QString title() const;
    int pageCount() const { return m_pages; }

private:
    ComparisonStatePtr m_state;
    ReportOptions m_options;
    mutable int m_pages = 0;
    // Found by the last render(), in PDF terms, for writePdf().
    mutable QList<PdfPageLink> m_pageLinks;
    mutable QList<PdfBookmark> m_bookmarks;
};

} // namespace Parallax
