#pragma once

#include "comparisonstate.h"
#include "note.h"

#include <QObject>

class QMainWindow;
class QMenu;

namespace Parallax {

class ComparisonController;
class ComparisonPage;
class DetailsPanel;
class MainActions;
class NoteBook;
class SessionController;
class SynopsisModel;

// The user's notes in the window: it owns the NoteBook, attaches it to each new comparison
// (before the views show it), shows it in the synopsis (row header marks), the consensus view
// (Notes column) and the details panel (its editors), and acts on the unit of the current row
// through the Notes menu and the synopsis's context menu (Verified, Disputed, To Check, Edit
// Note..., Clear Note). A note set or cleared marks the session modified and schedules an
// autosave; a new set of files opened starts without notes. Construct it before anything else
// connects to the comparison's stateChanged(), so that the notes are attached when the views
// redraw.
class NotesController : public QObject
{
    Q_OBJECT

public:
    NotesController(QMainWindow *window, ComparisonController *comparison, ComparisonPage *page,
                    SynopsisModel *synopsis, DetailsPanel *details, MainActions *actions,
                    SessionController *sessions);

    NoteBook *noteBook() const { return m_book; }
    // All notes, attached or detached (what a session keeps), and replacing them (a session
    // opened or restored).
    QList<Note> notes() const;
    void setNotes(const QList<Note> &notes);

    // The unit of the current row of the synopsis or consensus view; -1: none (or furniture).
    qsizetype currentUnit() const { return m_unit; }
    // Gives the current unit this status, keeping its note's text.
    void setStatus(NoteStatus status);
    // Asks for the current unit's note (a one-line text) and sets it.
    void editNote();
    void clearNote();

private:
    // A new comparison: the notes attach to it; the status bar says when some are detached.
    void setState(ComparisonStatePtr state);
    void updateActions();

    QMainWindow *m_window;
    NoteBook *m_book;
    MainActions *m_actions;
    QMenu *m_contextMenu;
    qsizetype m_unit = -1;
    int m_detached = 0;
};

} // namespace Parallax
