#include "pdfstructure.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <vector>

namespace Parallax {

namespace {

// An explicit destination: the page, scrolled to `top`, the zoom left as it is.
QPDFObjectHandle destination(const QPDFObjectHandle &page, qreal top)
{
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(page);
    dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
    dest.appendItem(QPDFObjectHandle::newNull());
    dest.appendItem(QPDFObjectHandle::newReal(double(top), 2));
    dest.appendItem(QPDFObjectHandle::newNull());
    return dest;
}

// Links the items of one level of the outline to each other and to their parent (PDF 1.7,
// 12.3.3): First, Last, Prev, Next, Parent, and Count (the open descendants).
void chain(const QPDFObjectHandle &parent, const std::vector<QPDFObjectHandle> &items, int count)
{
    if (items.empty())
        return;
    QPDFObjectHandle node = parent;
    node.replaceKey("/First", items.front());
    node.replaceKey("/Last", items.back());
    node.replaceKey("/Count", QPDFObjectHandle::newInteger(count));
    for (size_t i = 0; i < items.size(); ++i) {
        QPDFObjectHandle item = items.at(i);
        item.replaceKey("/Parent", parent);
        if (i > 0)
            item.replaceKey("/Prev", items.at(i - 1));
        if (i + 1 < items.size())
            item.replaceKey("/Next", items.at(i + 1));
    }
}

} // namespace

bool PdfStructure::add(QByteArray &pdf, const QList<PdfPageLink> &links,
                       const QList<PdfBookmark> &bookmarks, QString *error)
{
    if (links.isEmpty() && bookmarks.isEmpty())
        return true;
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("report.pdf", pdf.constData(), size_t(pdf.size()));
        const std::vector<QPDFPageObjectHelper> pages =
            QPDFPageDocumentHelper(document).getAllPages();
        const auto pageCount = qsizetype(pages.size());
        auto pageObject = [&](int index) {
            if (index < 0 || index >= pageCount)
                throw std::runtime_error("a link or bookmark leads to a page the PDF lacks");
            return pages.at(size_t(index)).getObjectHandle();
        };
        for (const PdfPageLink &link : links) {
            QPDFObjectHandle from = pageObject(link.fromPage);
            QPDFObjectHandle annotation = document.makeIndirectObject(
                QPDFObjectHandle::parse("<< /Type /Annot /Subtype /Link /Border [0 0 0] >>"));
            annotation.replaceKey(
                "/Rect",
                QPDFObjectHandle::newFromRectangle(QPDFObjectHandle::Rectangle(
                    link.rect.left(), link.rect.top(), link.rect.right(), link.rect.bottom())));
            annotation.replaceKey("/Dest", destination(pageObject(link.toPage), link.toTop));
            if (!from.getKey("/Annots").isArray())
                from.replaceKey("/Annots", QPDFObjectHandle::newArray());
            from.getKey("/Annots").appendItem(annotation);
        }
        if (!bookmarks.isEmpty()) {
            QPDFObjectHandle outlines =
                document.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
            std::vector<QPDFObjectHandle> top;
            std::vector<std::vector<QPDFObjectHandle>> children;
            for (const PdfBookmark &bookmark : bookmarks) {
                QPDFObjectHandle item =
                    document.makeIndirectObject(QPDFObjectHandle::newDictionary());
                item.replaceKey("/Title",
                                QPDFObjectHandle::newUnicodeString(bookmark.title.toStdString()));
                item.replaceKey("/Dest", destination(pageObject(bookmark.page), bookmark.top));
                if (bookmark.level > 0 && !top.empty()) {
                    children.back().push_back(item);
                } else {
                    top.push_back(item);
                    children.emplace_back();
                }
            }
            // Every level open: Count is the number of all items below.
            int all = 0;
            for (size_t i = 0; i < top.size(); ++i) {
                const int below = int(children.at(i).size());
                chain(top.at(i), children.at(i), below);
                all += 1 + below;
            }
            chain(outlines, top, all);
            QPDFObjectHandle root = document.getRoot();
            root.replaceKey("/Outlines", outlines);
            root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        pdf = QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()),
                         qsizetype(buffer->getSize()));
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace Parallax
