#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>

namespace Parallax {

// A link from a rectangle of one page to a place on another.
struct PdfPageLink
{
    int fromPage = 0; // 0-based
    QRectF rect;      // PDF user space: points from the page's bottom left
    int toPage = 0;
    qreal toTop = 0; // where the target starts, same space
};

// Qt's PDF writer makes links to URLs only. These links to pages are added to a finished PDF
// as an incremental update (PDF 1.4, section 3.4.5): new link annotations and a new version of
// each page's annotation array, appended with their own cross-reference section.
class PdfPageLinks
{
public:
    // False (and the PDF unchanged) when its structure is not the one Qt writes.
    static bool add(QByteArray &pdf, const QList<PdfPageLink> &links);
};

} // namespace Parallax
