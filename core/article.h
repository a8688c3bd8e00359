#pragma once

#include "blockkind.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

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
    QTime time;       // time of day of the publication, local to the outlet as written; invalid
                      // when the text states none (or no date)
    QString outlet;   // empty when neither the file nor a URL in it names one
    QString author;   // empty unless a document's properties (PDF, DOCX, ODT) or a web page's
                      // metadata (JSON-LD author, <meta name="author">) name one
    QString language; // ISO 639-1 code guessed from the script ("en", "ru", ...)
};

// Metadata a user entered for a source (Sources panel, kept in sessions): each field replaces
// what the file says; an invalid date or time, or an empty outlet, leaves the file's value.
// A time is only used together with a date (the user's or the file's).
struct UserMetadata
{
    QDate date;
    QTime time;
    QString outlet;

    bool isEmpty() const; // nothing entered
    friend bool operator==(const UserMetadata &, const UserMetadata &) = default;
};

// `read` with the user's entries in place of the fields they set. Entering a date without a
// time drops the file's time (it belonged to the file's date).
ArticleMetadata withUserMetadata(ArticleMetadata read, const UserMetadata &user);

// Orders publication moments: a.date then a.time; a missing time sorts before any time of the
// same day. -1, 0 or 1; an undated one sorts after every dated one (0 when both are undated).
int comparePublication(const ArticleMetadata &a, const ArticleMetadata &b);

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
