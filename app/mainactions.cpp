#include "mainactions.h"

#include "commandline.h"
#include "sourcelistmodel.h"
#include "theme.h"
#include "translations.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QTreeView>

namespace Parallax {

MainActions::MainActions(QMainWindow *window, QTreeView *sourceList, SourceListModel *sources,
                         const QString &paperSize)
    : QObject(window)
    , m_window(window)
    , m_sourceList(sourceList)
    , m_sources(sources)
{
    createFileMenu(paperSize);
    createEditMenu();
    createViewMenu();
    createGoMenu();
    createNotesMenu();
    createSourcesMenu();
    createHelpMenu();
}

void MainActions::add(QMenu *menu, Id id, const QString &text)
{
    m_actions.at(std::size_t(id)) = menu->addAction(text);
}

void MainActions::createFileMenu(const QString &paperSize)
{
    QMenu *file = m_window->menuBar()->addMenu(tr("&File"));
    add(file, Id::Open, tr("&Open..."));
    action(Id::Open)->setShortcut(QKeySequence::Open);
    add(file, Id::Add, tr("&Add..."));
    action(Id::Add)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    add(file, Id::OpenSample, tr("Open the &Sample Story"));
    add(file, Id::Paste, tr("&Paste as New Source"));
    action(Id::Paste)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    file->addSeparator();
    add(file, Id::OpenSession, tr("Open Sessio&n..."));
    action(Id::OpenSession)->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    add(file, Id::SaveSession, tr("Sa&ve Session"));
    action(Id::SaveSession)->setShortcut(QKeySequence::Save);
    add(file, Id::SaveSessionAs, tr("Save Session &As..."));
    // The platform's Save As key, else Ctrl+Shift+S (X11 without a desktop's theme has none).
    QList<QKeySequence> saveAs = QKeySequence::keyBindings(QKeySequence::SaveAs);
    if (saveAs.isEmpty())
        saveAs.append(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    action(Id::SaveSessionAs)->setShortcuts(saveAs);
    file->addSeparator();
    add(file, Id::ExportPdf, tr("&Export PDF Report..."));
    action(Id::ExportPdf)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    add(file, Id::Print, tr("&Print..."));
    action(Id::Print)->setShortcut(QKeySequence::Print);
    add(file, Id::PrintPreview, tr("Print Pre&view..."));
    QMenu *paper = file->addMenu(tr("Report Paper Si&ze"));
    auto *papers = new QActionGroup(this);
    for (const QString &name : {QString(), QStringLiteral("A4"), QStringLiteral("Letter")}) {
        QAction *a = paper->addAction(name.isEmpty() ? tr("From the Locale") : name);
        a->setCheckable(true);
        a->setChecked(name == paperSize);
        papers->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] { Q_EMIT paperSizeChosen(name); });
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), m_window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainActions::createEditMenu()
{
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    add(edit, Id::Find, tr("&Find..."));
    action(Id::Find)->setShortcut(QKeySequence::Find);
    add(edit, Id::FindNext, tr("Find &Next"));
    action(Id::FindNext)->setShortcut(QKeySequence::FindNext);
    add(edit, Id::FindPrevious, tr("Find Pre&vious"));
    action(Id::FindPrevious)->setShortcut(QKeySequence::FindPrevious);
}

void MainActions::createViewMenu()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    // Checked while the consensus view shows; unchecking goes back to the synopsis.
    add(view, Id::ConsensusView, tr("&Consensus of All Sources"));
    action(Id::ConsensusView)->setCheckable(true);
    action(Id::ConsensusView)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    view->addSeparator();
    auto *modes = new QActionGroup(this);
    m_highlightAdded = view->addAction(tr("Highlight &Added Information"));
    m_highlightAll = view->addAction(tr("Highlight All &Wording Changes"));
    for (QAction *a : {m_highlightAdded, m_highlightAll}) {
        a->setCheckable(true);
        modes->addAction(a);
    }
    m_highlightAdded->setChecked(true);
    m_relativeToBase = view->addAction(tr("Additions Relative to the &Base Source"));
    m_showFurniture = view->addAction(tr("Show Page &Furniture"));
    view->addSeparator();
    m_ignoreCase = view->addAction(tr("Ignore &Case"));
    m_ignorePunctuation = view->addAction(tr("Ignore &Punctuation"));
    m_ignoreQuotes = view->addAction(tr("Ignore &Quote Style"));
    m_ignoreVariants = view->addAction(tr("Ignore &Spelling Variants"));
    for (QAction *a : {m_relativeToBase, m_showFurniture, m_ignoreCase, m_ignorePunctuation,
                       m_ignoreQuotes, m_ignoreVariants})
        a->setCheckable(true);
    m_showFurniture->setChecked(true);
    m_ignoreCase->setChecked(true);
    m_ignoreQuotes->setChecked(true);
    for (QAction *a : {m_highlightAdded, m_highlightAll, m_relativeToBase, m_showFurniture,
                       m_ignoreCase, m_ignorePunctuation, m_ignoreQuotes, m_ignoreVariants})
        connect(a, &QAction::toggled, this, &MainActions::viewOptionsChanged);
    add(view, Id::Threshold, tr("Similarity &Threshold..."));
    view->addSeparator();
    add(view, Id::ZoomIn, tr("Zoom &In"));
    action(Id::ZoomIn)->setShortcuts(QKeySequence::ZoomIn);
    add(view, Id::ZoomOut, tr("Zoom &Out"));
    action(Id::ZoomOut)->setShortcuts(QKeySequence::ZoomOut);
    add(view, Id::ZoomReset, tr("&Actual Size"));
    action(Id::ZoomReset)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    add(view, Id::CompactColumns, tr("Co&mpact Columns"));
    action(Id::CompactColumns)->setCheckable(true);
    action(Id::CompactColumns)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString saved = Translations::saved();
    for (const QString &code : QStringList{QString()} + Translations::available()) {
        QAction *a = language->addAction(code.isEmpty() ? tr("As the System")
                                                        : Translations::languageName(code));
        a->setCheckable(true);
        a->setChecked(code == saved);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    auto *themes = new QActionGroup(this);
    const Theme::Choice savedTheme = Theme::saved();
    const std::pair<Theme::Choice, QString> choices[] = {
        {Theme::Choice::System, tr("As the System")},
        {Theme::Choice::Light, tr("&Light")},
        {Theme::Choice::Dark, tr("&Dark")}};
    for (const auto &[choice, label] : choices) {
        QAction *a = theme->addAction(label);
        a->setCheckable(true);
        a->setChecked(choice == savedTheme);
        themes->addAction(a);
        const Theme::Choice chosen = choice; // a copy the lambda can capture
        connect(a, &QAction::triggered, this, [chosen] {
            Theme::save(chosen);
            Theme::apply(chosen);
        });
    }
    view->addSeparator();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
}

void MainActions::createGoMenu()
{
    QMenu *go = m_window->menuBar()->addMenu(tr("&Go"));
    add(go, Id::NextDifference, tr("&Next Difference"));
    action(Id::NextDifference)
        ->setShortcuts({QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down)});
    add(go, Id::PreviousDifference, tr("&Previous Difference"));
    action(Id::PreviousDifference)
        ->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)});
    add(go, Id::NextAddedDetail, tr("Next &Added Detail"));
    action(Id::NextAddedDetail)->setShortcut(QKeySequence(Qt::Key_F8));
    add(go, Id::PreviousAddedDetail, tr("Previous A&dded Detail"));
    action(Id::PreviousAddedDetail)->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    add(go, Id::NextConflict, tr("Next &Conflict"));
    action(Id::NextConflict)->setShortcut(QKeySequence(Qt::Key_F9));
    add(go, Id::PreviousConflict, tr("Previous C&onflict"));
    action(Id::PreviousConflict)->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
}

void MainActions::createNotesMenu()
{
    QMenu *notes = m_window->menuBar()->addMenu(tr("&Notes"));
    add(notes, Id::NoteVerified, tr("Mark as &Verified"));
    action(Id::NoteVerified)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    add(notes, Id::NoteDisputed, tr("Mark as &Disputed"));
    action(Id::NoteDisputed)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    add(notes, Id::NoteToCheck, tr("Mark as &To Check"));
    action(Id::NoteToCheck)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    notes->addSeparator();
    add(notes, Id::EditNote, tr("&Edit Note..."));
    action(Id::EditNote)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    add(notes, Id::ClearNote, tr("&Clear Note"));
    action(Id::ClearNote)->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
}

void MainActions::createSourcesMenu()
{
    QMenu *sources = m_window->menuBar()->addMenu(tr("&Sources"));
    QAction *base = sources->addAction(tr("Use as &Base"), this,
                                       [this] { m_sources->setBaseRow(currentRow()); });
    QAction *rename = sources->addAction(tr("&Rename"), this, [this] {
        const int row = currentRow();
        if (row < 0)
            return;
        // On the outlet or the date, F2 edits that cell (the user's value in place of the
        // file's); anywhere else it renames.
        const QModelIndex current = m_sourceList->currentIndex();
        const bool editable = current.isValid() && current.row() == row &&
                              current.column() != SourceListModel::TitleColumn &&
                              (current.flags() & Qt::ItemIsEditable);
        m_sourceList->edit(editable ? current
                                    : m_sources->index(row, SourceListModel::TitleColumn));
    });
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *hide = sources->addAction(tr("&Hide or Show"), this, [this] {
        const int row = currentRow();
        m_sources->setHidden(row, !m_sources->isHidden(row));
    });
    hide->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *up = sources->addAction(tr("Move &Up"), this, [this] {
        const int row = currentRow();
        m_sources->moveSource(row, row - 1);
        m_sourceList->setCurrentIndex(m_sources->index(std::max(0, row - 1), 0));
    });
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    QAction *down = sources->addAction(tr("Move &Down"), this, [this] {
        const int row = currentRow();
        m_sources->moveSource(row, row + 1);
        m_sourceList->setCurrentIndex(
            m_sources->index(std::min(m_sources->rowCount() - 1, row + 1), 0));
    });
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    QAction *remove =
        sources->addAction(tr("Re&move"), this, [this] { m_sources->removeSource(currentRow()); });
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (QAction *a : {base, rename, hide, up, down, remove})
        m_sourceList->addAction(a);
}

void MainActions::createHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Parallax"), this, &MainActions::showAbout);
}

int MainActions::currentRow() const
{
    const QModelIndex current = m_sourceList->currentIndex();
    return current.isValid() ? current.row() : -1;
}

ViewOptions MainActions::viewOptions() const
{
    ViewOptions options;
    options.highlight = m_highlightAll->isChecked() ? ViewOptions::Highlight::AllChanges
                                                    : ViewOptions::Highlight::Added;
    options.relativeToBase = m_relativeToBase->isChecked();
    options.showFurniture = m_showFurniture->isChecked();
    options.diff.ignoreCase = m_ignoreCase->isChecked();
    options.diff.ignorePunctuation = m_ignorePunctuation->isChecked();
    options.diff.ignoreQuoteStyle = m_ignoreQuotes->isChecked();
    options.diff.ignoreSpellingVariants = m_ignoreVariants->isChecked();
    return options;
}

void MainActions::setViewOptions(const ViewOptions &options)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_highlightAdded), QSignalBlocker(m_highlightAll),
        QSignalBlocker(m_relativeToBase), QSignalBlocker(m_showFurniture),
        QSignalBlocker(m_ignoreCase),     QSignalBlocker(m_ignorePunctuation),
        QSignalBlocker(m_ignoreQuotes),   QSignalBlocker(m_ignoreVariants)};
    m_highlightAdded->setChecked(options.highlight == ViewOptions::Highlight::Added);
    m_highlightAll->setChecked(options.highlight == ViewOptions::Highlight::AllChanges);
    m_relativeToBase->setChecked(options.relativeToBase);
    m_showFurniture->setChecked(options.showFurniture);
    m_ignoreCase->setChecked(options.diff.ignoreCase);
    m_ignorePunctuation->setChecked(options.diff.ignorePunctuation);
    m_ignoreQuotes->setChecked(options.diff.ignoreQuoteStyle);
    m_ignoreVariants->setChecked(options.diff.ignoreSpellingVariants);
}

void MainActions::setRelativeToBase(bool relative)
{
    if (m_relativeToBase->isChecked() != relative)
        m_relativeToBase->setChecked(relative);
}

void MainActions::chooseLanguage(const QString &code)
{
    Translations::save(code);
    QMessageBox box(QMessageBox::Information, tr("Language"),
                    tr("The new language is used when Parallax is started again."), QMessageBox::Ok,
                    m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainActions::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About Parallax"),
                    CommandLine::versionText() + QStringLiteral("\n\n") +
                        tr("Compares several versions of one news story."),
                    QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace Parallax
