#pragma once

#include "rawblock.h"

#include <QByteArray>
#include <QString>

namespace Parallax {

// Reads word-processor documents as the document now stands: Office Open XML (DOCX, ECMA-376
// Part 1, WordprocessingML) and OpenDocument text (ODT, OASIS ODF 1.2), unpacked with ZipArchive
// and parsed with QXmlStreamReader.
//
// - Paragraphs in order; headings (Word "heading N"/"Title" styles or outline levels, ODF
//   text:h and the "Title" style) become heading hints; list paragraphs list-item hints.
// - A table row becomes one block, its cells joined by " | "; nested tables are flattened into
//   their cell.
// - Tracked changes: insertions kept, deletions dropped. Comments, field codes, hidden text and
//   tables of contents are ignored; footnotes and endnotes are kept after the text, as furniture.
// - Core properties (docProps/core.xml, meta.xml) give title, author and dates.
//
// bytes: the whole file. On failure the functions return false and set *error to a translated
// reason naming no path: a damaged or encrypted container, a zip bomb, malformed XML.
class OfficeReader
{
public:
    static bool readDocx(const QByteArray &bytes, DocumentText *document, QString *error);
    static bool readOdt(const QByteArray &bytes, DocumentText *document, QString *error);

    // The XML stage alone, for tests and fuzzing: the blocks of one word/document.xml or
    // content.xml, without styles, notes or properties. False with a reason on malformed XML.
    static bool readWordXml(const QByteArray &documentXml, QList<RawBlock> *blocks, QString *error);
    static bool readOpenDocumentXml(const QByteArray &contentXml, QList<RawBlock> *blocks,
                                    QString *error);

    // Whether a zip container holds OpenDocument text rather than a Word document.
    static bool isOdt(const QByteArray &bytes);
};

} // namespace Parallax
