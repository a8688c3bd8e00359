#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

namespace Parallax {

// A link from a rectangle of one page to a place on another.
struct PdfPageLink
{
    int fromPage = 0; // 0-based
    QRectF rect;      // PDF user space: points from the page's bottom left
    int toPage = 0;   // 0-based
    qreal toTop = 0;  // where the target starts, same space
};

// A bookmark of the document's outline.
struct PdfBookmark
{
    QString title;
    int level = 0; // 0: top level; 1: under the last bookmark of level 0 before it
    int page = 0;  // 0-based
    qreal top = 0; // PDF user space, as PdfPageLink::toTop
};

// Qt's PDF writer makes neither links to pages nor an outline. PdfStructure adds both to a
// finished PDF with QPDF (libqpdf): link annotations on their pages, and the outline (shown
// when the document opens), then writes the document again.
class PdfStructure
{
public:
    // Rewrites pdf with the links and bookmarks. False, with the reason in error (if given) and
    // pdf unchanged, when the PDF cannot be read or a link or bookmark names a page it lacks.
    static bool add(QByteArray &pdf, const QList<PdfPageLink> &links,
                    const QList<PdfBookmark> &bookmarks, QString *error);
};

} // namespace Parallax
