#include "officereader.h"

#include "ziparchive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <vector>

namespace Parallax {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::ArticleLoader)
};

// Collects paragraphs, table rows and notes in document order, whatever nests in what.
class BlockCollector
{
public:
    void beginParagraph() { m_paragraphs.push_back({}); }
    void text(QStringView text)
    {
        if (!m_paragraphs.empty())
            m_paragraphs.back().text += text;
    }
    void setHeading(int level)
    {
        if (!m_paragraphs.empty() && level > 0) {
            m_paragraphs.back().hint = BlockHint::Heading;
            m_paragraphs.back().headingLevel = std::min(level, 6);
        }
    }
    void setListItem()
    {
        if (!m_paragraphs.empty() && m_paragraphs.back().hint == BlockHint::None)
            m_paragraphs.back().hint = BlockHint::ListItem;
    }
    void endParagraph()
    {
        if (m_paragraphs.empty())
            return;
        RawBlock block = std::move(m_paragraphs.back());
        m_paragraphs.pop_back();
        place(std::move(block));
    }

    void beginTable() { m_tables.push_back({}); }
    void beginRow()
    {
        if (!m_tables.empty())
            m_tables.back().cells.clear();
    }
    void beginCell()
    {
        if (!m_tables.empty()) {
            m_tables.back().inCell = true;
            m_tables.back().cell.clear();
        }
    }
    void endCell()
    {
        if (m_tables.empty())
            return;
        Table &table = m_tables.back();
        table.inCell = false;
        const QString cell = table.cell.simplified();
        if (!cell.isEmpty())
            table.cells.append(cell);
    }
    void endRow()
    {
        if (m_tables.empty())
            return;
        const QString row = m_tables.back().cells.join(QLatin1String(" | "));
        m_tables.back().cells.clear();
        RawBlock block;
        block.text = row;
        block.hint = BlockHint::TableRow;
        // The row belongs to whatever holds the table: a cell of an outer table, or the text.
        Table table = std::move(m_tables.back());
        m_tables.pop_back();
        place(std::move(block));
        m_tables.push_back(std::move(table));
    }
    void endTable()
    {
        if (!m_tables.empty())
            m_tables.pop_back();
    }

    // Notes interrupt whatever holds their reference, tables included.
    void beginNote()
    {
        m_savedTables.push_back(std::move(m_tables));
        m_tables.clear();
        ++m_noteDepth;
    }
    void endNote()
    {
        if (m_noteDepth == 0)
            return;
        --m_noteDepth;
        m_tables = std::move(m_savedTables.back());
        m_savedTables.pop_back();
    }
    void setNotesOnly(bool notes) { m_noteDepth = notes ? 1 : 0; }

    QList<RawBlock> blocks() const
    {
        QList<RawBlock> all = m_blocks;
        for (RawBlock note : m_notes) {
            note.hint = BlockHint::Furniture;
            note.headingLevel = 0;
            all.append(note);
        }
        return all;
    }

private:
    struct Table
    {
        QStringList cells;
        QString cell;
        bool inCell = false;
    };

    // Line breaks arrive as '\n'. Two in a row (an empty line typed with Shift+Enter, or text
    // pasted in) end a paragraph as an empty paragraph would; one is a space.
    void place(RawBlock block)
    {
        static const QRegularExpression emptyLine(QStringLiteral("\n[^\\S\n]*\n"));
        const bool inCell = !m_tables.empty() && m_tables.back().inCell;
        const QStringList pieces =
            inCell ? QStringList{block.text} : block.text.split(emptyLine, Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            RawBlock piece = block;
            piece.text = pieces.at(i).simplified();
            if (i > 0 && piece.hint == BlockHint::Heading) {
                piece.hint = BlockHint::None;
                piece.headingLevel = 0;
            }
            if (piece.text.isEmpty())
                continue;
            if (inCell)
                m_tables.back().cell += u' ' + piece.text;
            else if (m_noteDepth > 0)
                m_notes.append(std::move(piece));
            else
                m_blocks.append(std::move(piece));
        }
    }

    std::vector<RawBlock> m_paragraphs;
    std::vector<Table> m_tables;
    std::vector<std::vector<Table>> m_savedTables;
    int m_noteDepth = 0;
    QList<RawBlock> m_blocks;
    QList<RawBlock> m_notes;
};

QString xmlError(const QString &member, const QXmlStreamReader &xml)
{
    return Tr::tr("is damaged: %1 is not well-formed XML (line %2: %3)")
        .arg(member)
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

// An ISO 8601 date, with its time when the text gives one.
void readIsoStamp(const QString &text, QDate *date, QTime *time)
{
    const QString t = text.trimmed();
    QDateTime stamp = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!stamp.isValid())
        stamp = QDateTime::fromString(t, Qt::ISODate);
    const bool hasTime = stamp.isValid() && t.size() > 10;
    *date = stamp.isValid() ? stamp.date() : QDate::fromString(t.left(10), Qt::ISODate);
    *time = hasTime ? stamp.time() : QTime();
}

// ---- Office Open XML ----------------------------------------------------------------------

bool isWordNamespace(QStringView uri)
{
    return uri == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
           uri == u"http://purl.oclc.org/ooxml/wordprocessingml/main";
}

struct WordStyle
{
    QString name; // lower case
    QString basedOn;
    int outlineLevel = 0; // 1-9, 0 for body text
    bool list = false;
};

struct StyleKind
{
    int headingLevel = 0;
    bool list = false;
};

QHash<QString, WordStyle> readWordStyles(const QByteArray &data)
{
    QHash<QString, WordStyle> styles;
    QXmlStreamReader xml(data);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement ||
            !isWordNamespace(xml.namespaceUri()))
            continue;
        const QStringView name = xml.name();
        const QString val =
            xml.attributes().value(xml.namespaceUri().toString(), QLatin1String("val")).toString();
        if (name == u"style") {
            current = xml.attributes()
                          .value(xml.namespaceUri().toString(), QLatin1String("styleId"))
                          .toString();
            styles.insert(current, {});
        } else if (current.isEmpty()) {
            continue;
        } else if (name == u"name") {
            styles[current].name = val.toLower();
        } else if (name == u"basedOn") {
            styles[current].basedOn = val;
        } else if (name == u"outlineLvl") {
            const int level = val.toInt() + 1;
            styles[current].outlineLevel = level <= 9 ? level : 0;
        } else if (name == u"numPr") {
            styles[current].list = true;
        }
    }
    return styles;
}

StyleKind wordStyleKind(const QHash<QString, WordStyle> &styles, QString id)
{
    static const QRegularExpression heading(QStringLiteral(R"(^heading\s*(\d)$)"));
    StyleKind kind;
    for (int hops = 0; hops < 10 && styles.contains(id); ++hops) {
        const WordStyle &style = styles[id];
        kind.list = kind.list || style.list || style.name.startsWith(u"list");
        const auto m = heading.match(style.name);
        if (m.hasMatch())
            return {m.captured(1).toInt(), kind.list};
        if (style.name == u"title")
            return {1, false};
        if (style.outlineLevel > 0)
            return {style.outlineLevel, kind.list};
        id = style.basedOn;
    }
    return kind;
}

bool readWordBody(const QString &member, const QByteArray &data,
                  const QHash<QString, WordStyle> &styles, BlockCollector &out, QString *error)
{
    QXmlStreamReader xml(data);
    int skip = 0;
    bool hiddenRun = false;
    bool inRunProperties = false;
    bool tocPending = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (skip > 0) {
                ++skip;
                continue;
            }
            const QStringView name = xml.name();
            if (xml.namespaceUri() ==
                    u"http://schemas.openxmlformats.org/markup-compatibility/2006" &&
                name == u"Fallback") {
                skip = 1; // the same content again, for older readers
                continue;
            }
            if (!isWordNamespace(xml.namespaceUri()))
                continue;
            const QString ns = xml.namespaceUri().toString();
            const QString val = xml.attributes().value(ns, QLatin1String("val")).toString();
            if (name == u"del" || name == u"moveFrom" || name == u"instrText" ||
                name == u"delText" || name == u"delInstrText") {
                skip = 1;
            } else if (name == u"p") {
                out.beginParagraph();
            } else if (name == u"pStyle") {
                const StyleKind kind = wordStyleKind(styles, val);
                out.setHeading(kind.headingLevel);
                if (kind.list)
                    out.setListItem();
            } else if (name == u"outlineLvl") {
                const int level = val.toInt() + 1;
                if (level <= 9)
                    out.setHeading(level);
            } else if (name == u"numPr") {
                out.setListItem();
            } else if (name == u"r") {
                hiddenRun = false;
            } else if (name == u"rPr") {
                inRunProperties = true;
            } else if (name == u"vanish" && inRunProperties) {
                hiddenRun = val.isEmpty() || (val != u"0" && val != u"false" && val != u"off");
            } else if (name == u"t") {
                const QString text = xml.readElementText();
                if (!hiddenRun)
                    out.text(text);
            } else if (name == u"tab" || name == u"ptab") {
                out.text(u" ");
            } else if (name == u"br" || name == u"cr") {
                out.text(u"\n");
            } else if (name == u"noBreakHyphen") {
                out.text(u"-");
            } else if (name == u"tbl") {
                out.beginTable();
            } else if (name == u"tr") {
                out.beginRow();
            } else if (name == u"tc") {
                out.beginCell();
            } else if (name == u"docPartGallery" && val.contains(u"Table of Contents")) {
                tocPending = true;
            } else if (name == u"sdtContent" && tocPending) {
                tocPending = false;
                skip = 1;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (skip > 0) {
                --skip;
                continue;
            }
            if (!isWordNamespace(xml.namespaceUri()))
                continue;
            const QStringView name = xml.name();
            if (name == u"p")
                out.endParagraph();
            else if (name == u"rPr")
                inRunProperties = false;
            else if (name == u"r")
                hiddenRun = false;
            else if (name == u"tc")
                out.endCell();
            else if (name == u"tr")
                out.endRow();
            else if (name == u"tbl")
                out.endTable();
        }
    }
    if (xml.hasError()) {
        *error = xmlError(member, xml);
        return false;
    }
    return true;
}

// Dublin Core and OOXML/ODF core properties: the same element names in both formats.
void readCoreProperties(const QByteArray &data, DocumentProperties *properties)
{
    QXmlStreamReader xml(data);
    QString initialCreator;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = xml.name().toString();
        const QString uri = xml.namespaceUri().toString();
        const bool dublinCore = uri.startsWith(u"http://purl.org/dc/elements/");
        const bool dcTerms = uri == u"http://purl.org/dc/terms/";
        const bool odfMeta = uri == u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
        if (!dublinCore && !dcTerms && !odfMeta)
            continue;
        const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements).simplified();
        if (dublinCore && name == u"title")
            properties->title = text;
        else if (dublinCore && name == u"creator")
            properties->author = text;
        else if (odfMeta && name == u"initial-creator")
            initialCreator = text;
        else if ((dcTerms && name == u"created") || (odfMeta && name == u"creation-date"))
            readIsoStamp(text, &properties->created, &properties->createdTime);
        else if ((dcTerms && name == u"modified") || (dublinCore && name == u"date"))
            readIsoStamp(text, &properties->modified, &properties->modifiedTime);
    }
    if (!initialCreator.isEmpty())
        properties->author = initialCreator;
}

// ---- OpenDocument -------------------------------------------------------------------------

const QString kOdfText = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString kOdfTable = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString kOdfOffice = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString kOdfStyle = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString kSvg = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");

struct OdfStyle
{
    QString parent;
    int outlineLevel = 0;
};

void readOdfStyles(const QByteArray &data, QHash<QString, OdfStyle> *styles)
{
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.namespaceUri() != kOdfStyle ||
            xml.name() != u"style")
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        OdfStyle style;
        style.parent = a.value(kOdfStyle, QLatin1String("parent-style-name")).toString();
        style.outlineLevel = a.value(kOdfStyle, QLatin1String("default-outline-level")).toInt();
        styles->insert(a.value(kOdfStyle, QLatin1String("name")).toString(), style);
    }
}

int odfHeadingLevel(const QHash<QString, OdfStyle> &styles, QString name)
{
    for (int hops = 0; hops < 10 && !name.isEmpty(); ++hops) {
        if (name == u"Title")
            return 1;
        const auto it = styles.constFind(name);
        if (it == styles.cend())
            return 0;
        if (it->outlineLevel > 0)
            return it->outlineLevel;
        name = it->parent;
    }
    return 0;
}

bool readOdfBody(const QByteArray &data, const QHash<QString, OdfStyle> &styles,
                 BlockCollector &out, QString *error)
{
    QXmlStreamReader xml(data);
    int skip = 0;
    int paragraphs = 0; // open text:p and text:h
    int listItems = 0;
    bool inBody = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (skip > 0) {
                ++skip;
                continue;
            }
            const QStringView uri = xml.namespaceUri();
            const QStringView name = xml.name();
            const QXmlStreamAttributes a = xml.attributes();
            if (uri == kOdfOffice && name == u"body") {
                inBody = true;
            } else if (!inBody) {
                continue;
            } else if ((uri == kOdfOffice && (name == u"annotation" || name == u"forms")) ||
                       (uri == kOdfText &&
                        (name == u"tracked-changes" || name == u"note-citation" ||
                         name == u"table-of-content" || name == u"hidden-text" ||
                         name == u"alphabetical-index" || name == u"illustration-index" ||
                         name == u"sequence-decls")) ||
                       (uri == kOdfTable && name == u"covered-table-cell") ||
                       (uri == kSvg && (name == u"title" || name == u"desc"))) {
                skip = 1;
            } else if (uri == kOdfText && (name == u"p" || name == u"h")) {
                if (a.value(kOdfText, QLatin1String("is-hidden")) == u"true") {
                    skip = 1;
                    continue;
                }
                ++paragraphs;
                out.beginParagraph();
                if (name == u"h")
                    out.setHeading(
                        std::max(1, a.value(kOdfText, QLatin1String("outline-level")).toInt()));
                else
                    out.setHeading(odfHeadingLevel(
                        styles, a.value(kOdfText, QLatin1String("style-name")).toString()));
                if (listItems > 0)
                    out.setListItem();
            } else if (uri == kOdfText && name == u"list-item") {
                ++listItems;
            } else if (uri == kOdfText && (name == u"s")) {
                out.text(u" ");
            } else if (uri == kOdfText && name == u"tab") {
                out.text(u" ");
            } else if (uri == kOdfText && name == u"line-break") {
                out.text(u"\n");
            } else if (uri == kOdfText && name == u"note") {
                out.beginNote();
            } else if (uri == kOdfTable && name == u"table") {
                out.beginTable();
            } else if (uri == kOdfTable && name == u"table-row") {
                out.beginRow();
            } else if (uri == kOdfTable && name == u"table-cell") {
                out.beginCell();
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (skip > 0) {
                --skip;
                continue;
            }
            const QStringView uri = xml.namespaceUri();
            const QStringView name = xml.name();
            if (uri == kOdfText && (name == u"p" || name == u"h")) {
                --paragraphs;
                out.endParagraph();
            } else if (uri == kOdfText && name == u"list-item") {
                --listItems;
            } else if (uri == kOdfText && name == u"note") {
                out.endNote();
            } else if (uri == kOdfTable && name == u"table-cell") {
                out.endCell();
            } else if (uri == kOdfTable && name == u"table-row") {
                out.endRow();
            } else if (uri == kOdfTable && name == u"table") {
                out.endTable();
            } else if (uri == kOdfOffice && name == u"body") {
                inBody = false;
            }
        } else if (token == QXmlStreamReader::Characters && skip == 0 && paragraphs > 0) {
            out.text(xml.text());
        }
    }
    if (xml.hasError()) {
        *error = xmlError(QStringLiteral("content.xml"), xml);
        return false;
    }
    return true;
}

} // namespace

bool OfficeReader::readWordXml(const QByteArray &documentXml, QList<RawBlock> *blocks,
                               QString *error)
{
    BlockCollector out;
    if (!readWordBody(QStringLiteral("word/document.xml"), documentXml, {}, out, error))
        return false;
    *blocks = out.blocks();
    return true;
}

bool OfficeReader::readOpenDocumentXml(const QByteArray &contentXml, QList<RawBlock> *blocks,
                                       QString *error)
{
    BlockCollector out;
    if (!readOdfBody(contentXml, {}, out, error))
        return false;
    *blocks = out.blocks();
    return true;
}

bool OfficeReader::isOdt(const QByteArray &bytes)
{
    if (bytes.left(128).contains("application/vnd.oasis.opendocument.text"))
        return true;
    ZipArchive zip;
    QString ignored;
    return zip.open(bytes, &ignored) && zip.contains(QStringLiteral("content.xml")) &&
           !zip.contains(QStringLiteral("word/document.xml"));
}

bool OfficeReader::readDocx(const QByteArray &bytes, DocumentText *document, QString *error)
{
    ZipArchive zip;
    if (!zip.open(bytes, error))
        return false;
    const QString body = QStringLiteral("word/document.xml");
    if (!zip.contains(body)) {
        *error = Tr::tr("is a zip container without a Word document in it");
        return false;
    }
    QHash<QString, WordStyle> styles;
    QByteArray data;
    if (zip.contains(QStringLiteral("word/styles.xml"))) {
        if (!zip.read(QStringLiteral("word/styles.xml"), &data, error))
            return false;
        styles = readWordStyles(data);
    }
    BlockCollector out;
    if (!zip.read(body, &data, error) || !readWordBody(body, data, styles, out, error))
        return false;
    out.setNotesOnly(true);
    for (const char *notes : {"word/footnotes.xml", "word/endnotes.xml"}) {
        const QString member = QString::fromLatin1(notes);
        if (zip.contains(member) &&
            (!zip.read(member, &data, error) || !readWordBody(member, data, styles, out, error)))
            return false;
    }
    document->blocks = out.blocks();
    if (zip.contains(QStringLiteral("docProps/core.xml")) &&
        zip.read(QStringLiteral("docProps/core.xml"), &data, error))
        readCoreProperties(data, &document->properties);
    return true;
}

bool OfficeReader::readOdt(const QByteArray &bytes, DocumentText *document, QString *error)
{
    ZipArchive zip;
    if (!zip.open(bytes, error))
        return false;
    QByteArray data;
    if (zip.contains(QStringLiteral("META-INF/manifest.xml")) &&
        zip.read(QStringLiteral("META-INF/manifest.xml"), &data, error) &&
        data.contains("encryption-data")) {
        *error = Tr::tr("is password-protected");
        return false;
    }
    if (!zip.contains(QStringLiteral("content.xml"))) {
        *error = Tr::tr("is a zip container without an OpenDocument text in it");
        return false;
    }
    QHash<QString, OdfStyle> styles;
    if (zip.contains(QStringLiteral("styles.xml"))) {
        if (!zip.read(QStringLiteral("styles.xml"), &data, error))
            return false;
        readOdfStyles(data, &styles);
    }
    if (!zip.read(QStringLiteral("content.xml"), &data, error))
        return false;
    readOdfStyles(data, &styles); // automatic styles of the content
    BlockCollector out;
    if (!readOdfBody(data, styles, out, error))
        return false;
    document->blocks = out.blocks();
    if (zip.contains(QStringLiteral("meta.xml")) &&
        zip.read(QStringLiteral("meta.xml"), &data, error))
        readCoreProperties(data, &document->properties);
    return true;
}

} // namespace Parallax
