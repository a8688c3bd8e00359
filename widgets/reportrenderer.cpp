#include "reportrenderer.h"

#include "outputfile.h"
#include "pdfstructure.h"
#include "reportadditions.h"
#include "reportbrief.h"
#include "reportcomparison.h"
#include "reportconflicts.h"
#include "reportoverview.h"
#include "reportpage.h"
#include "reportsources.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>

#include <cmath>
#include <memory>

namespace Parallax {

using namespace ReportLayout;

namespace {

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// One pass over the report's pages, its sections in order. False when cancelled.
bool layOutReport(ReportPage &page, const std::function<void(int, int)> &progress,
                  const std::atomic_bool *cancel)
{
    page.start(progress, cancel);
    ReportBrief brief(page);
    brief.cover();
    brief.contents();
    ReportSources(page).write();
    page.newPage();
    ReportComparison comparison(page);
    comparison.legend();
    ReportAdditions(page).write();
    ReportConflicts(page).write();
    page.newPage();
    ReportOverview(page).write();
    page.newPage();
    comparison.write();
    page.finishPage();
    return !page.stop();
}

} // namespace

QPageSize ReportOptions::defaultPageSize()
{
    const QLocale::MeasurementSystem system = QLocale().measurementSystem();
    return QPageSize(system == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

QPageSize ReportOptions::pageSizeNamed(const QString &name)
{
    for (int id = 0; id <= QPageSize::LastPageSize; ++id) {
        const auto size = QPageSize::PageSizeId(id);
        if (QPageSize::key(size).compare(name, Qt::CaseInsensitive) == 0)
            return QPageSize(size);
    }
    return {};
}

ReportRenderer::ReportRenderer(ComparisonStatePtr state, ReportOptions options)
    : m_state(withFindings(state)) // a report made before the window found them still has them
    , m_options(std::move(options))
{}

bool ReportRenderer::landscape() const
{
    return m_state && m_state->articles.size() > 3;
}

QString ReportRenderer::title() const
{
    if (!m_state || m_state->articles.isEmpty())
        return Tr::tr("Comparison");
    const qsizetype base = std::max<qsizetype>(0, m_state->comparison.base);
    const QString title = m_state->articles.at(base).metadata.title;
    return title.isEmpty() ? m_state->sourceName(base) : title;
}

bool ReportRenderer::render(QPagedPaintDevice *device,
                            const std::function<void(int, int)> &progress,
                            const std::atomic_bool *cancel) const
{
    if (!m_state)
        return false;
    device->setPageLayout(QPageLayout(m_options.pageSize,
                                      landscape() ? QPageLayout::Landscape : QPageLayout::Portrait,
                                      QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
    // Count the pages and note where sections and units start; twice, since the brief and the
    // contents name pages and take room themselves.
    KnownLayout known;
    for (int pass = 0; pass < 2; ++pass) {
        ReportPage counting(device, nullptr, *m_state, m_options, landscape(), title(), known);
        if (!layOutReport(counting, {}, cancel))
            return false;
        known = counting.found();
    }
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    ReportPage paint(device, &painter, *m_state, m_options, landscape(), title(), known);
    const bool ok = layOutReport(paint, progress, cancel);
    painter.end();
    m_pages = paint.page();
    // Links and bookmarks in PDF terms: points from the page's bottom left.
    m_pageLinks.clear();
    m_bookmarks.clear();
    const QPageLayout layout = device->pageLayout();
    const QRectF area = layout.paintRect(QPageLayout::Point);
    const qreal height = layout.fullRect(QPageLayout::Point).height();
    const qreal scale = 72.0 / device->logicalDpiY();
    auto toPdf = [&](const QRectF &r) {
        return QRectF(area.left() + r.left() * scale, height - area.top() - r.bottom() * scale,
                      r.width() * scale, r.height() * scale);
    };
    auto topOf = [&](qreal y) { return height - area.top() - y * scale; };
    for (const PageLink &link : paint.links()) {
        Anchor target;
        if (link.target == PageLink::Target::Section)
            target = {known.sections.value(link.index).page, known.sections.value(link.index).top};
        else
            target = known.units.value(link.index);
        if (target.page < 1)
            continue;
        m_pageLinks.append(
            PdfPageLink{link.page - 1, toPdf(link.rect), target.page - 1, topOf(target.top)});
    }
    for (const Section &section : known.sections)
        m_bookmarks.append(
            PdfBookmark{section.title, section.level, section.page - 1, topOf(section.top)});
    return ok;
}

bool ReportRenderer::writePdf(const QString &path, QString *error,
                              const std::function<void(int, int)> &progress,
                              const std::atomic_bool *cancel) const
{
    OutputFile file(path); // opened first: a wrong place is said before the long rendering
    if (!file.open()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setTitle(title());
        const QString creator =
            QStringLiteral("Parallax %1").arg(QCoreApplication::applicationVersion());
        writer.setCreator(creator);
        QString author = m_options.author;
        if (author.isEmpty())
            author = qEnvironmentVariable("USER", Tr::tr("Parallax user"));
        const QString xmp = QStringLiteral(
            "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
            "<xmp:CreatorTool>%3</xmp:CreatorTool>\n"
            "<xmp:CreateDate>%4</xmp:CreateDate>\n"
            "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        writer.setDocumentXmpMetadata(xmp.arg(xmlEscaped(title()), xmlEscaped(author),
                                              xmlEscaped(creator),
                                              m_options.created.toString(Qt::ISODate))
                                          .toUtf8());
        if (!render(&writer, progress, cancel)) {
            file.cancel();
            if (error)
                *error = cancel && cancel->load() ? Tr::tr("cancelled")
                                                  : Tr::tr("the report could not be laid out");
            return false;
        }
    }
    QString structureError;
    if (!PdfStructure::add(pdf, m_pageLinks, m_bookmarks, &structureError)) {
        file.cancel();
        if (error)
            *error = Tr::tr("the report's links and bookmarks could not be written (%1)")
                         .arg(structureError);
        return false;
    }
    if (!file.write(pdf) || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Parallax
