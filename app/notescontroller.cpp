#include "notescontroller.h"

#include "comparisoncontroller.h"
#include "comparisonpage.h"
#include "consensusmodel.h"
#include "detailspanel.h"
#include "mainactions.h"
#include "notebook.h"
#include "recovery.h"
#include "sessioncontroller.h"
#include "sessiondocument.h"
#include "synopsismodel.h"
#include "synopsisview.h"

#include <QAction>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace Parallax {

NotesController::NotesController(QMainWindow *window, ComparisonController *comparison,
                                 ComparisonPage *page, SynopsisModel *synopsis,
                                 DetailsPanel *details, MainActions *actions,
                                 SessionController *sessions)
    : QObject(window)
    , m_window(window)
    , m_book(new NoteBook(this))
    , m_actions(actions)
    , m_contextMenu(new QMenu(window))
{
    synopsis->setNoteBook(m_book);
    page->consensusModel()->setNoteBook(m_book);
    details->setNoteBook(m_book);
    connect(comparison, &ComparisonController::stateChanged, this, &NotesController::setState);
    // A new set of files is a new comparison: it starts without notes.
    connect(comparison, &ComparisonController::sourcesReplaced, this, [this] { setNotes({}); });
    connect(page, &ComparisonPage::currentUnitChanged, this, [this](qsizetype unit) {
        m_unit = unit;
        updateActions();
    });
    connect(m_book, &NoteBook::edited, sessions->document(), &SessionDocument::markModified);
    connect(m_book, &NoteBook::edited, sessions->recovery(), &Recovery::scheduleSave);
    connect(m_book, &NoteBook::changed, this, &NotesController::updateActions);

    using Id = MainActions::Id;
    const std::pair<Id, NoteStatus> statuses[] = {{Id::NoteVerified, NoteStatus::Verified},
                                                  {Id::NoteDisputed, NoteStatus::Disputed},
                                                  {Id::NoteToCheck, NoteStatus::ToCheck}};
    for (const auto &[id, status] : statuses) {
        const NoteStatus chosen = status;
        connect(actions->action(id), &QAction::triggered, this,
                [this, chosen] { setStatus(chosen); });
        m_contextMenu->addAction(actions->action(id));
    }
    m_contextMenu->addSeparator();
    connect(actions->action(Id::EditNote), &QAction::triggered, this, &NotesController::editNote);
    connect(actions->action(Id::ClearNote), &QAction::triggered, this, &NotesController::clearNote);
    m_contextMenu->addAction(actions->action(Id::EditNote));
    m_contextMenu->addAction(actions->action(Id::ClearNote));

    SynopsisView *view = page->synopsisView();
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &at) {
        const QModelIndex cell = view->indexAt(at);
        if (!cell.isValid())
            return;
        view->setCurrentIndex(cell); // the row the menu acts on
        m_contextMenu->popup(view->viewport()->mapToGlobal(at));
    });
    updateActions();
}

void NotesController::setState(ComparisonStatePtr state)
{
    m_book->setState(std::move(state));
    // Notes are never dropped silently: say when some lost their rows.
    const int detached = m_book->detachedCount();
    if (detached > 0 && detached != m_detached)
        m_window->statusBar()->showMessage(
            tr("Notes not shown: %n. Their sentences are in no row of this comparison.", nullptr,
               detached),
            8000);
    m_detached = detached;
}

QList<Note> NotesController::notes() const
{
    return m_book->notes();
}

void NotesController::setNotes(const QList<Note> &notes)
{
    m_book->setNotes(notes);
    m_detached = m_book->detachedCount();
}

void NotesController::setStatus(NoteStatus status)
{
    const Note *note = m_book->noteOf(m_unit);
    m_book->setNote(m_unit, status, note ? note->text : QString());
}

void NotesController::editNote()
{
    if (m_unit < 0)
        return;
    const Note *note = m_book->noteOf(m_unit);
    const NoteStatus status = note ? note->status : NoteStatus::ToCheck;
    bool ok = false;
    const QString text = QInputDialog::getText(
        m_window, tr("Note"),
        tr("Note on row %1 (%2):").arg(m_unit + 1).arg(NoteBook::statusName(status)),
        QLineEdit::Normal, note ? note->text : QString(), &ok);
    if (ok)
        m_book->setNote(m_unit, status, text);
}

void NotesController::clearNote()
{
    m_book->clearNote(m_unit);
}

void NotesController::updateActions()
{
    using Id = MainActions::Id;
    const bool unit = m_unit >= 0;
    for (Id id : {Id::NoteVerified, Id::NoteDisputed, Id::NoteToCheck, Id::EditNote})
        m_actions->action(id)->setEnabled(unit);
    m_actions->action(Id::ClearNote)->setEnabled(unit && m_book->noteOf(m_unit));
}

} // namespace Parallax
