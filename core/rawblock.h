#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace Parallax {

// What the file's own markup says about a block, before the classifier decides its kind.
enum class BlockHint {
    None,
    Heading,   // markdown '#', HTML h1-h6
    Caption,   // HTML figcaption
    ListItem,  // markdown or typed bullet, HTML li
    Quote,     // markdown '>', HTML blockquote
    TableRow,  // one row of a table, its cells joined by " | " (DOCX, ODT)
    Furniture, // known to the reader as page furniture: running headers, footnotes (PDF, DOCX, ODT)
    Meta,      // a line about the story, not of it: byline, dateline, author's biography (HTML
               // elements named so)
};

struct RawBlock
{
    QString text;
    BlockHint hint = BlockHint::None;
    int headingLevel = 0;   // 1-6 for headings
    bool inContent = false; // inside the page's <article> or <main> (HTML only)
};

// What a document file says about itself (PDF info dictionary, DOCX and ODT core properties).
struct DocumentProperties
{
    QString title;
    QString author;
    QDate created;      // invalid when not stated
    QDate modified;     // invalid when not stated
    QTime createdTime;  // the time of `created`, as the properties give it; invalid when none
    QTime modifiedTime; // the time of `modified`, likewise
};

// The paragraphs of a document file as its reader found them, with its properties.
struct DocumentText
{
    QList<RawBlock> blocks;
    DocumentProperties properties;
};

} // namespace Parallax
