#pragma once

#include "comparisonstate.h"
#include "pdfpagelinks.h"

#include <QDateTime>
#include <QList>
#include <QPageSize>
#include <QRectF>

#include <atomic>
#include <functional>

class QPagedPaintDevice;
class QPainter;

namespace Parallax {

struct ReportOptions
{
    QPageSize pageSize = defaultPageSize(); // portrait or landscape is chosen by the sources
    QDateTime created = QDateTime::currentDateTime();
    QString author;   // for the document's metadata; empty: the user's name if known
    ViewOptions view; // highlight mode and which additions (relative to all or to the base)

    // A4, or Letter where the locale measures in inches.
    static QPageSize defaultPageSize();
    // "A4", "Letter", "Legal", "A3"...; an invalid size for names it does not know.
    static QPageSize pageSizeNamed(const QString &name);
};

// The comparison report: cover with the sources, contents, legend, who added what, the
// overview heat map and the comparison itself, unit by unit with each source side by side. One
// renderer serves the PDF export, printing and print preview. Text is laid out as text (it
// stays searchable and copyable) and always as plain text.
class ReportRenderer
{
public:
    ReportRenderer(ComparisonStatePtr state, ReportOptions options);

    // Lays the report out on the device's pages (twice: once to number the pages for the
    // contents and the footers). progress(done, total) reports pages; cancel stops early.
    // Returns false when cancelled.
    bool render(QPagedPaintDevice *device, const std::function<void(int, int)> &progress = {},
                const std::atomic_bool *cancel = nullptr) const;

    // Writes a PDF through OutputFile: a file appears complete or not at all, a device or a FIFO
    // is written in place.
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
    mutable QList<PdfPageLink> m_pageLinks;
};

} // namespace Parallax
