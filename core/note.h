#pragma once

#include "article.h"
#include "comparison.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace Parallax {

// What a user found out about a unit.
enum class NoteStatus { Verified, Disputed, ToCheck };

// The key a status has in session files: "verified", "disputed", "to-check".
QString noteStatusKey(NoteStatus status);
// The status of a key noteStatusKey() gives; nothing for any other text.
std::optional<NoteStatus> noteStatusFromKey(const QString &key);

// A sentence a note is attached to: its source and its text. Neither depends on the unit's
// index, the order of the sources, the base or the threshold, so the note finds its sentence
// again in any new comparison of the same articles.
struct NoteAnchor
{
    QString source;   // noteSourceKey() of the sentence's article
    QString sentence; // Sentence::text
    bool operator==(const NoteAnchor &other) const = default;
};

// A user's note on a unit: a status and a short plain-text remark, anchored to the sentences the
// unit held when the note was made (the base source's first, then the others in source order).
struct Note
{
    NoteStatus status = NoteStatus::ToCheck;
    QString text; // one line, plain text; may be empty
    QList<NoteAnchor> anchors;
    bool operator==(const Note &other) const = default;
};

// One note as a list or the report shows it (NoteBook::entries(), ComparisonState::notes).
struct NoteEntry
{
    qsizetype unit = -1; // index into the comparison's units; -1: detached (in no unit now)
    NoteStatus status = NoteStatus::ToCheck;
    QString statusText; // the status in the user's language: "Verified", "Disputed", "To check"
    QString text;       // the user's note, plain text, one line (may be empty)
    QString sentence;   // the sentence it is anchored to, plain text
    QString source;     // the name of that sentence's source; empty when detached
};

// Names an article for a note: its path (a file, or a ":/..." resource), or for text that came
// from no file "text:" and a hash of its paragraphs, which stays the same when a session gives
// the text back.
QString noteSourceKey(const Article &article);

// The anchors of unit (an index into comparison.units of these articles): every sentence it
// holds, the base source's first, then by source index. Empty for an index out of range.
QList<NoteAnchor> unitAnchors(const QList<Article> &articles, const Comparison &comparison,
                              qsizetype unit);

// Per note, the unit (index into comparison.units) that holds its first anchor found among
// these articles: anchors are tried in order, a source is found by its key, a sentence by its
// exact text (a text repeated in one source: its first occurrence in a unit). -1 when none of its
// sentences is in a unit now: the note is detached (its sources hidden or removed, or the text
// gone). Parallel to notes.
QList<qsizetype> attachedUnits(const QList<Note> &notes, const QList<Article> &articles,
                               const Comparison &comparison);

// Notes as session files keep them: [{"status", "note", "anchors": [{"source", "sentence"}]}].
// Reading skips entries without a known status or without anchors.
QJsonArray notesToJson(const QList<Note> &notes);
QList<Note> notesFromJson(const QJsonArray &array);

} // namespace Parallax
