#pragma once

#include "blockkind.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Parallax {

struct Paragraph
{
    QString text; // as shown to the user: cleaned, one line
    BlockKind kind = BlockKind::Body;
};

// A sentence is a span of one paragraph; text is that span, trimmed.
struct Sentence
{
    qsizetype paragraph = 0;
    qsizetype begin = 0; // offset in Paragraph::text
    qsizetype length = 0;
    QString text;
    BlockKind kind = BlockKind::Body;
};

// How a source is written, and so how it is read (ArticleLoader::Format).
enum class SourceFormat { PlainText, Markdown, Html, Pdf, Docx, Odt };

struct ArticleMetadata
{
    QString title;    // empty when the article has none
    QDate date;       // invalid when the text states none
    QString outlet;   // empty when neither the file nor a URL in it names one
    QString author;   // empty unless a document's properties (PDF, DOCX, ODT) or a web page's
                      // metadata (JSON-LD author, <meta name="author">) name one
    QString language; // ISO 639-1 code guessed from the script ("en", "ru", ...)
};

struct Article
{
    QString path;     // absolute path of the file it was read from
    QString encoding; // what the bytes were decoded as
    ArticleMetadata metadata;
    QList<Paragraph> paragraphs;
    QList<Sentence> sentences; // reading order
    qsizetype words = 0;       // words of story text (title, subheadings, body)
    // Text that came from no file (pasted, dropped) exactly as it was given, and the format it
    // was read as: sessions and autosaves keep it, so that the very same article comes back.
    // Empty for an article read from a file.
    QString givenText;
    SourceFormat givenFormat = SourceFormat::PlainText;

    // The label a user sees: the title, or the file name when there is none.
    QString displayName() const;
};

} // namespace Parallax
