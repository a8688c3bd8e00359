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

// Where a source's publication date was read, so that a reader can weigh it: a photo caption
// dates the photo, a web address or a document's properties may date a later edit.
enum class DateOrigin {
    None,               // no date
    Byline,             // a byline or date line of the article ("August 20, 2025")
    Dateline,           // the dateline opening the story ("KELMSBY, Aug. 20, 2025 (AP) —")
    Caption,            // a photo caption or credit
    PageMetadata,       // the web page's metadata (article:published_time, JSON-LD, <time>)
    RelativeTime,       // "15 hours ago" in the byline, counted back from the page's saved date
    WebAddress,         // a date in the path of the page's URL (/2025/08/20/)
    DocumentProperties, // a PDF, DOCX or ODT document's creation (else modification) date
    User,               // entered by the user in the Sources panel
};

struct ArticleMetadata
{
    QString title;                            // empty when the article has none
    QDate date;                               // invalid when the text states none
    DateOrigin dateOrigin = DateOrigin::None; // where date was read; None when it is invalid
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

// The JSON name of a date origin: "byline", "dateline", "caption", "page_metadata",
// "relative_time", "web_address", "document_properties", "user"; empty for None.
QString dateOriginKey(DateOrigin origin);
// A sentence for the user saying where a date was read and, for a photo caption, a web address
// or a document's properties, that it may not be the publication date. Empty for None.
QString describeDateOrigin(DateOrigin origin);
// True for the origins that may date something else than the story's publication: a photo
// caption, a web address, a document's properties.
bool isUncertain(DateOrigin origin);
// For an uncertain origin, a few words saying where the date came from ("date from a photo
// caption"); empty for the others.
QString uncertainDateNote(DateOrigin origin);

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
