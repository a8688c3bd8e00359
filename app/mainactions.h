#pragma once

#include "comparisonstate.h"

#include <QObject>

#include <array>

class QAction;
class QMainWindow;
class QMenu;
class QTreeView;

namespace Parallax {

class SourceListModel;

// The window's menus and their actions: File, Edit, View, Go, Notes, Sources and Help in the menu
// bar of the window given. What acts on nothing but itself is done here: the view options' check
// marks, the paper size, the language, the docks shown, Quit, About and the Sources menu (on the
// current row of the source list, which also lists those actions as its context menu). The rest
// the window connects through action().
class MainActions : public QObject
{
    Q_OBJECT

public:
    // The actions the window connects to what they do (their triggered() signal).
    enum class Id {
        Open,
        Add,
        OpenSample,
        Paste,
        OpenSession,
        SaveSession,
        SaveSessionAs,
        ExportPdf,
        Print,
        PrintPreview,
        Find,
        FindNext,
        FindPrevious,
        Threshold,
        ConsensusView, // checkable: toggled(true) shows the consensus view, false the synopsis
        NextDifference,
        PreviousDifference,
        NextAddedDetail,
        PreviousAddedDetail,
        NextConflict,
        PreviousConflict,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        CompactColumns, // checkable: narrower synopsis columns, so that more sources fit
        NoteVerified,   // the Notes menu: on the unit of the current row (NotesController)
        NoteDisputed,
        NoteToCheck,
        EditNote,
        ClearNote,
        Count
    };

    // Fills window's menu bar; call it once the docks are there (View lists them). The Sources
    // menu acts on sources, the model of sourceList. paperSize: the report paper size checked at
    // first (empty: from the locale).
    MainActions(QMainWindow *window, QTreeView *sourceList, SourceListModel *sources,
                const QString &paperSize);

    // The action of id (never null for an id before Count).
    QAction *action(Id id) const { return m_actions.at(std::size_t(id)); }
    // File > Open Recent, empty: the window fills it when it is about to show.
    QMenu *recentMenu() const { return m_recentMenu; }

    // The view options the View menu's check marks say.
    ViewOptions viewOptions() const;
    // Sets the check marks without viewOptionsChanged().
    void setViewOptions(const ViewOptions &options);
    // Checks Additions Relative to the Base Source; viewOptionsChanged() when it changes.
    void setRelativeToBase(bool relative);

Q_SIGNALS:
    void viewOptionsChanged();                 // the user changed a check mark of the View menu
    void paperSizeChosen(const QString &name); // empty: from the locale

private:
    void createFileMenu(const QString &paperSize);
    void createEditMenu();
    void createViewMenu();
    void createGoMenu();
    void createNotesMenu();
    void createSourcesMenu();
    void createHelpMenu();
    void add(QMenu *menu, Id id, const QString &text);
    int currentRow() const;
    void chooseLanguage(const QString &code);
    void showAbout();

    QMainWindow *m_window;
    QTreeView *m_sourceList;
    SourceListModel *m_sources;
    std::array<QAction *, std::size_t(Id::Count)> m_actions{};
    QMenu *m_recentMenu = nullptr;

    QAction *m_highlightAdded = nullptr;
    QAction *m_highlightAll = nullptr;
    QAction *m_relativeToBase = nullptr;
    QAction *m_showFurniture = nullptr;
    QAction *m_ignoreCase = nullptr;
    QAction *m_ignorePunctuation = nullptr;
    QAction *m_ignoreQuotes = nullptr;
    QAction *m_ignoreVariants = nullptr;
};

} // namespace Parallax
