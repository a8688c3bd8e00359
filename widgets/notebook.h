#pragma once

#include "comparisonstate.h"
#include "note.h"

#include <QColor>
#include <QObject>

namespace Parallax {

// The user's notes on the units of the comparison shown: per unit a status (verified, disputed,
// to check) and a short plain-text note. Notes are anchored to sentences (see note.h), not to
// unit indices: each new comparison (sources added, hidden, reordered, another base or
// threshold) attaches every note again to whichever unit holds its sentences; a note whose
// sentences are in no unit is kept, detached, and attached again when they come back.
class NoteBook : public QObject
{
    Q_OBJECT

public:
    explicit NoteBook(QObject *parent = nullptr);

    // The comparison the notes attach to (null: none; every note is then detached).
    void setState(ComparisonStatePtr state);
    // All notes, attached or not, in the order they were made (what sessions keep).
    const QList<Note> &notes() const { return m_notes; }
    // Replaces all notes (a session opened, or a new set of sources: none). changed() follows,
    // not edited().
    void setNotes(const QList<Note> &notes);

    // The note attached to unit (the latest when realignment brought several together); null
    // when it has none.
    const Note *noteOf(qsizetype unit) const;
    // Gives unit this status and note (plain text, made one line), replacing the notes it had.
    // Anchored to the unit's sentences in the state shown; nothing happens for a unit not in it.
    void setNote(qsizetype unit, NoteStatus status, const QString &text);
    // Removes the notes of unit.
    void clearNote(qsizetype unit);
    // How many notes are detached.
    int detachedCount() const;

    // Every note in unit order, the detached ones last (in the order they were made), with its
    // status as text and the sentence it is anchored to: what the report lists.
    QList<NoteEntry> entries() const;

    // "Verified", "Disputed", "To check"; and a short mark for a row header: ✓, ✗, ?.
    static QString statusName(NoteStatus status);
    static QString statusMark(NoteStatus status);
    // The badge colour of a status (green, red, amber), readable on light and dark palettes.
    static QColor statusColor(NoteStatus status);
    // "Verified: the note" (or the status alone without a note), for tooltips.
    static QString describe(const Note &note);

Q_SIGNALS:
    // The notes or the units they attach to changed: views show them again.
    void changed();
    // The user set or cleared a note: the session has changed.
    void edited();

private:
    void attach();

    ComparisonStatePtr m_state;
    QList<Note> m_notes;
    QList<qsizetype> m_units; // parallel to m_notes: the unit each is attached to, -1 detached
};

} // namespace Parallax
