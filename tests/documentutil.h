#pragma once

// Builders of small document files for tests: zip containers (DOCX, ODT) through libzip and
// PDFs through QPdfWriter (needs a QGuiApplication).

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QPair>
#include <QPdfWriter>
#include <QString>

#include <zip.h>

namespace Parallax::Test {

// A zip archive holding the given members, in memory.
inline QByteArray makeZip(const QList<QPair<QString, QByteArray>> &members)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    zip_source_keep(source);
    QList<QByteArray> keep = {}; // buffers must live until the archive is closed
    for (const auto &[name, data] : members) {
        keep.append(data);
        zip_source_t *member =
            zip_source_buffer(archive, keep.last().constData(), zip_uint64_t(data.size()), 0);
        zip_file_add(archive, name.toUtf8().constData(), member, ZIP_FL_OVERWRITE);
    }
    zip_close(archive);
    QByteArray out;
    zip_stat_t stat;
    if (zip_source_stat(source, &stat) == 0 && zip_source_open(source) == 0) {
        out.resize(qsizetype(stat.size));
        zip_source_read(source, out.data(), stat.size);
        zip_source_close(source);
    }
    zip_source_free(source);
    zip_error_fini(&error);
    return out;
}

inline QByteArray wordDocument(const QByteArray &body, const QByteArray &coreProperties = {},
                               const QList<QPair<QString, QByteArray>> &extra = {})
{
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body>" +
        body + "</w:body></w:document>";
    QList<QPair<QString, QByteArray>> members = {
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
         "content-types\"/>"},
        {QStringLiteral("word/document.xml"), document}};
    if (!coreProperties.isEmpty()) {
        members.append(
            {QStringLiteral("docProps/core.xml"),
             "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats."
             "org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/"
             "1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">" +
                 coreProperties + "</cp:coreProperties>"});
    }
    return makeZip(members + extra);
}

inline QByteArray openDocumentText(const QByteArray &body, const QByteArray &meta = {})
{
    const QByteArray content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:body><office:text>" +
        body + "</office:text></office:body></office:document-content>";
    QList<QPair<QString, QByteArray>> members = {
        {QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
        {QStringLiteral("content.xml"), content}};
    if (!meta.isEmpty()) {
        members.append({QStringLiteral("meta.xml"),
                        "<?xml version=\"1.0\"?><office:document-meta xmlns:office=\"urn:oasis:"
                        "names:tc:opendocument:xmlns:office:1.0\" xmlns:meta=\"urn:oasis:names:"
                        "tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/"
                        "1.1/\"><office:meta>" +
                            meta + "</office:meta></office:document-meta>"});
    }
    return makeZip(members);
}

// A PDF with one page per entry, each page's lines set top to bottom.
inline QByteArray textPdf(const QList<QStringList> &pages)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QPainter painter(&writer);
    QFont font = painter.font();
    font.setPointSizeF(11);
    painter.setFont(font);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        int y = 60;
        for (const QString &line : pages.at(p)) {
            painter.drawText(60, y, line);
            y += 15;
        }
    }
    painter.end();
    return pdf;
}

// A PDF whose only page is a picture: a scan without a text layer.
inline QByteArray imagePdf()
{
    QImage image(400, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.drawText(20, 100, QStringLiteral("Scanned words are pixels, not text."));
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.drawImage(QRect(0, 0, 4000, 2000), image);
    painter.end();
    return pdf;
}

} // namespace Parallax::Test
