#include "mainwindow.h"

#include "appsettings.h"
#include "comparisoncontroller.h"
#include "comparisonpage.h"
#include "detailspanel.h"
#include "dockfitter.h"
#include "findbar.h"
#include "findingsdocks.h"
#include "mainactions.h"
#include "notescontroller.h"
#include "recovery.h"
#include "reportexporter.h"
#include "session.h"
#include "sessioncontroller.h"
#include "sessiondocument.h"
#include "sourcelistmodel.h"
#include "synopsismodel.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QTreeView>
#include <utility>

namespace Parallax {

namespace {

// The file dialogs' filter: every format Parallax reads, then all files.
QString articleFilter()
{
    return MainWindow::tr("Articles (%1);;All files (*)")
        .arg(ComparisonController::filePatterns().join(u' '));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new ComparisonController(this))
    , m_sources(m_controller->sources())
    , m_synopsis(new SynopsisModel(this))
    , m_sessions(new SessionController(
          this, m_sources, [this] { return currentSession(); },
          [this](const QString &missing) { return m_locateMissing(missing); }))
    , m_recovery(m_sessions->recovery())
    , m_document(m_sessions->document())
    , m_report(new ReportExporter(this, m_controller))
{
    setAcceptDrops(true);

    m_pages = new QStackedWidget(this);
    auto *welcome = new WelcomePage(this);
    connect(welcome, &WelcomePage::openRequested, this, &MainWindow::showOpenDialog);
    connect(welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSampleStory);
    m_pages->addWidget(welcome);
    m_page = new ComparisonPage(m_synopsis, this);
    m_pages->addWidget(m_page);
    setCentralWidget(m_pages);

    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText); // it names files
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_report->cancel();
        m_controller->cancel();
        m_status->setText(tr("Cancelled."));
    });

    m_report->setPaperSize(AppSettings::paperSize());
    m_locateMissing = [this](const QString &missing) {
        return QFileDialog::getOpenFileName(
            this,
            tr("Where is %1? (it was at %2)")
                .arg(QFileInfo(missing).fileName(), QDir::toNativeSeparators(missing)),
            m_sessions->folder(), articleFilter());
    };
    createDocks();
    m_actions = new MainActions(this, m_sourceList, m_sources, m_report->paperSize());
    connectActions();
    m_notes = new NotesController(this, m_controller, m_page, m_synopsis, m_details, m_actions,
                                  m_sessions); // before connectWorkers(): notes attach first
    m_report->setNoteBook(m_notes->noteBook());
    m_findings->setNoteBook(m_notes->noteBook());
    connectWorkers();
    connect(m_sessions, &SessionController::opened, this, &MainWindow::applySession);
    connect(m_sessions, &SessionController::recentSetChosen, this,
            [this](const QStringList &paths) { openFiles(paths); });
    connect(m_recovery, &Recovery::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    resize(
        QSize(1360, 860).boundedTo(screen()->availableGeometry().size() * 0.94)); // and its frame
    readSettings();
}

MainWindow::~MainWindow() = default;

// The status bar shows what a worker says it does, and its progress.
template<typename Worker>
void MainWindow::showProgressOf(Worker *worker)
{
    connect(worker, &Worker::statusChanged, m_status, &QLabel::setText);
    connect(worker, &Worker::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        m_cancel->setVisible(busy);
    });
    connect(worker, &Worker::progressRangeChanged, m_progress,
            [this](int maximum) { m_progress->setRange(0, maximum); });
    connect(worker, &Worker::progressChanged, m_progress, &QProgressBar::setValue);
    connect(worker, &Worker::message, this,
            [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
}

void MainWindow::connectWorkers()
{
    showProgressOf(m_report);
    connect(m_report, &ReportExporter::finished, this, &MainWindow::exportFinished);
    ComparisonController *controller = m_controller;
    showProgressOf(controller);
    connect(controller, &ComparisonController::pendingChanged, m_recovery, &Recovery::scheduleSave);
    connect(controller, &ComparisonController::pendingChanged, m_document,
            &SessionDocument::markModified);
    // A comparison of files just opened holds nothing to lose yet; text pasted or dropped while
    // they were read does.
    connect(controller, &ComparisonController::sourcesReplaced, m_document,
            &SessionDocument::reset);
    connect(controller, &ComparisonController::opened, m_sessions, &SessionController::remember);
    connect(controller, &ComparisonController::loaded, this, &MainWindow::onLoaded);
    connect(controller, &ComparisonController::textAdded, this,
            [this] { m_pages->setCurrentIndex(1); });
    connect(controller, &ComparisonController::sourcesEmptied, this,
            [this] { m_pages->setCurrentIndex(0); }); // nothing left: the welcome page again
    connect(controller, &ComparisonController::stateChanged, this, &MainWindow::applyState);
    connect(controller, &ComparisonController::compared, this, [this] {
        if (std::exchange(m_fitColumns, false))
            fitSourceColumns(m_sourceList); // the relations are known now
        Q_EMIT comparisonFinished();
    });
}

void MainWindow::createDocks()
{
    auto *sourcesDock = new QDockWidget(tr("Sources"), this);
    sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    m_sourceList = new QTreeView(sourcesDock);
    m_sourceList->setObjectName(QStringLiteral("sourceList"));
    m_sourceList->setModel(m_sources);
    m_sourceList->setRootIsDecorated(false);
    m_sourceList->setUniformRowHeights(true);
    m_sourceList->setAlternatingRowColors(true);
    m_sourceList->setAccessibleName(tr("Sources"));
    m_sourceList->setEditTriggers(QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::SelectedClicked |
                                  QAbstractItemView::DoubleClicked);
    m_sourceList->setContextMenuPolicy(Qt::ActionsContextMenu);
    sourcesDock->setWidget(m_sourceList);
    addDockWidget(Qt::LeftDockWidgetArea, sourcesDock);

    auto *detailsDock = new QDockWidget(tr("Who Added What"), this);
    detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_details = new DetailsPanel(detailsDock);
    m_details->setObjectName(QStringLiteral("details"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::LeftDockWidgetArea, detailsDock);
    // Findings, Conflicts and Quotations share the place of Who Added What, tabs beside it.
    m_findings = new FindingsDocks(this, detailsDock, m_page);
    detailsDock->raise();
    new DockFitter(this, QList<QDockWidget *>{sourcesDock, detailsDock} + m_findings->docks());
    resizeDocks({sourcesDock}, {380}, Qt::Horizontal);
    resizeDocks({sourcesDock, detailsDock}, {220, 500}, Qt::Vertical);

    connect(m_details, &DetailsPanel::segmentActivated, m_page, &ComparisonPage::showSegment);
    connect(m_page, &ComparisonPage::message, statusBar(), &QStatusBar::showMessage);
    connect(m_page, &ComparisonPage::currentUnitChanged, m_details, &DetailsPanel::showUnit);
    // The article view holds a pointer into the model: renew it whenever the rows change.
    const auto showCurrent = [this] {
        m_page->showArticle(m_sources->article(currentSourceRow()));
    };
    connect(m_sourceList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            showCurrent);
    connect(m_sources, &QAbstractItemModel::modelReset, this, showCurrent);
    connect(m_sources, &QAbstractItemModel::rowsRemoved, this, showCurrent);
    connect(m_sources, &QAbstractItemModel::rowsMoved, this, showCurrent);
}

void MainWindow::connectActions()
{
    using Id = MainActions::Id;
    const auto on = [this](Id id, auto slot) {
        connect(m_actions->action(id), &QAction::triggered, this, slot);
    };
    on(Id::Open, &MainWindow::showOpenDialog);
    on(Id::Add, &MainWindow::showAddDialog);
    connect(m_actions->recentMenu(), &QMenu::aboutToShow, this,
            [this] { m_sessions->fillRecentMenu(m_actions->recentMenu()); });
    on(Id::OpenSample, &MainWindow::openSampleStory);
    on(Id::Paste, &MainWindow::pasteAsSource);
    m_sessions->connectActions(*m_actions);
    on(Id::ExportPdf, [this] { m_report->showExportDialog(m_sessions->folder()); });
    connect(m_actions->action(Id::Print), &QAction::triggered, m_report,
            &ReportExporter::showPrintDialog);
    connect(m_actions->action(Id::PrintPreview), &QAction::triggered, m_report,
            &ReportExporter::showPrintPreview);
    connect(m_actions, &MainActions::paperSizeChosen, m_report, &ReportExporter::setPaperSize);
    on(Id::Find, [this] { m_page->findBar()->open(); });
    on(Id::FindNext, [this] { m_page->findBar()->findNext(+1); });
    on(Id::FindPrevious, [this] { m_page->findBar()->findNext(-1); });
    connect(m_actions, &MainActions::viewOptionsChanged, this, &MainWindow::optionsChanged);
    on(Id::Threshold, &MainWindow::showThresholdDialog);
    on(Id::ConsensusView, [this](bool checked) { m_page->showConsensus(checked); });
    connect(m_page, &ComparisonPage::consensusShownChanged, m_actions->action(Id::ConsensusView),
            &QAction::setChecked);
    on(Id::NextDifference, [this] { goToDifference(+1); });
    on(Id::PreviousDifference, [this] { goToDifference(-1); });
    on(Id::NextAddedDetail, [this] { goToAddedDetail(+1); });
    on(Id::PreviousAddedDetail, [this] { goToAddedDetail(-1); });
    m_page->connectActions(*m_actions); // zoom and compact columns
    on(Id::NextConflict, [this] { goToConflict(+1); });
    on(Id::PreviousConflict, [this] { goToConflict(-1); });
    connect(m_details, &DetailsPanel::relativeToBaseChanged, m_actions,
            &MainActions::setRelativeToBase);
}

void MainWindow::readSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_sessions->setFolder(AppSettings::lastFolder());
    m_page->setZoom(settings.value(QStringLiteral("view/zoom"), 0).toInt());
    m_controller->setThreshold(AppSettings::threshold());
    setViewOptions(AppSettings::viewOptions());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/zoom"), m_page->zoom());
    AppSettings::setLastFolder(m_sessions->folder());
    AppSettings::setViewOptions(m_options);
    AppSettings::setThreshold(m_controller->threshold());
    AppSettings::setPaperSize(m_report->paperSize());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_sessions->mayDiscard()) {
        event->ignore();
        return;
    }
    writeSettings();
    m_recovery->clear(); // an orderly quit: nothing to offer next time
    QMainWindow::closeEvent(event);
}

ComparisonStatePtr MainWindow::state() const
{
    return m_controller->state();
}

double MainWindow::threshold() const
{
    return m_controller->threshold();
}

QStringList MainWindow::expandFolders(const QStringList &paths)
{
    return ComparisonController::expandFolders(paths);
}

QStringList MainWindow::sampleStoryPaths()
{
    return ComparisonController::sampleStoryPaths();
}

void MainWindow::openSampleStory()
{
    if (!m_sessions->mayDiscard())
        return;
    openFiles(sampleStoryPaths());
}

void MainWindow::openFiles(const QStringList &paths, const QString &basePath)
{
    m_controller->openFiles(paths, basePath);
}

void MainWindow::addFiles(const QStringList &paths)
{
    m_controller->addFiles(paths);
}

void MainWindow::addText(const QString &text, ArticleLoader::Format format)
{
    m_controller->addText(text, format);
}

bool MainWindow::exportPdf(const QString &path)
{
    return m_report->exportPdf(path);
}

QPrintPreviewDialog *MainWindow::createPrintPreview()
{
    return m_report->createPrintPreview();
}

void MainWindow::onLoaded(const QList<LoadError> &errors)
{
    if (m_sources->rowCount() > 0) {
        m_pages->setCurrentIndex(1);
        if (currentSourceRow() < 0)
            m_sourceList->setCurrentIndex(m_sources->index(0, 0));
        fitSourceColumns(m_sourceList);
        m_fitColumns = true;
    }
    m_page->showArticle(m_sources->article(currentSourceRow()));
    reportErrors(errors);
    Q_EMIT loadFinished();
}

bool MainWindow::isBusy() const
{
    return m_controller->isBusy();
}

void MainWindow::applyState(ComparisonStatePtr state)
{
    m_synopsis->setState(state);
    m_details->setState(state);
    m_page->setState(state);
    m_findings->setState(state);
    m_sources->setState(state, m_options.relativeToBase);
    if (state && state->findingsPending)
        Q_EMIT comparisonShown();
}

void MainWindow::setViewOptions(const ViewOptions &options)
{
    m_actions->setViewOptions(options);
    optionsChanged();
}

void MainWindow::optionsChanged()
{
    const ViewOptions options = m_actions->viewOptions();
    m_options = options;
    m_report->setViewOptions(options);
    m_synopsis->setOptions(options);
    m_page->setOptions(options);
    if (m_details->relativeToBase() != options.relativeToBase)
        m_details->setRelativeToBase(options.relativeToBase);
    m_sources->setState(m_controller->state(), options.relativeToBase);
    m_recovery->scheduleSave(); // view options are preferences: nothing to ask about on quit
}

void MainWindow::setThreshold(double threshold)
{
    threshold = std::clamp(threshold, 0.1, 0.9);
    if (qFuzzyCompare(threshold, m_controller->threshold()))
        return;
    m_controller->setThreshold(threshold);
    m_recovery->scheduleSave();
    m_document->markModified();
    m_controller->compare(); // aligns again; never reads the files again
}

void MainWindow::reportErrors(const QList<LoadError> &errors)
{
    if (errors.isEmpty())
        return;
    QStringList lines;
    for (const LoadError &error : errors)
        lines.append(tr("%1: %2").arg(QDir::toNativeSeparators(error.path), error.reason));
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Some articles could not be read"),
        tr("Files that could not be read: %n. The others are loaded.", nullptr, int(errors.size())),
        QMessageBox::Ok, this);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(lines.join(QLatin1Char('\n')));
    // File names are never markup: the informative label guesses its format otherwise.
    if (auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        label->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->setObjectName(QStringLiteral("loadErrors"));
    box->show();
}

void MainWindow::showOpenDialog()
{
    if (!m_sessions->mayDiscard())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open Articles"),
                                                            m_sessions->folder(), articleFilter());
    if (paths.isEmpty())
        return;
    m_sessions->setFolder(QFileInfo(paths.constFirst()).absolutePath());
    openFiles(paths);
}

void MainWindow::showAddDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Articles"),
                                                            m_sessions->folder(), articleFilter());
    if (paths.isEmpty())
        return;
    m_sessions->setFolder(QFileInfo(paths.constFirst()).absolutePath());
    addFiles(paths);
}

void MainWindow::pasteAsSource()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    if (mime->hasHtml())
        addText(mime->html(), ArticleLoader::Format::Html);
    else if (mime->hasText())
        addText(mime->text(), ArticleLoader::Format::PlainText);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() || mime->hasText() || mime->hasHtml())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty()) {
        addFiles(files);
    } else if (mime->hasHtml()) {
        addText(mime->html(), ArticleLoader::Format::Html);
    } else if (mime->hasText()) {
        addText(mime->text(), ArticleLoader::Format::PlainText);
    } else {
        return;
    }
    event->acceptProposedAction();
}

Session MainWindow::currentSession() const
{
    Session session;
    for (int row = 0; row < m_sources->rowCount(); ++row)
        session.sources.append({*m_sources->article(row), m_sources->name(row),
                                m_sources->isHidden(row), m_sources->userMetadata(row)});
    session.base = m_sources->baseRow();
    session.options = m_options;
    session.threshold = m_controller->threshold();
    session.notes = m_notes->notes();
    session.consensusView = m_page->chosenView();
    session.sourceColumns = sourceColumnWidths(m_sourceList);
    return session;
}

bool MainWindow::saveSession(const QString &path, QString *error)
{
    return m_sessions->save(path, error);
}

bool MainWindow::openSession(const QString &path, QString *error)
{
    return m_sessions->open(path, error);
}

void MainWindow::startAutosave(const QString &folder)
{
    m_recovery->start(folder, [this] {
        Session session = currentSession();
        // pasted while an Open reads
        for (const auto &[article, name] : m_controller->pendingTexts())
            session.sources.append({article, name, false});
        return session;
    });
}

bool MainWindow::offerRecovery()
{
    return m_recovery->offer(m_locateMissing,
                             [this](const Session &session) { applySession(session); });
}

void MainWindow::applySession(const Session &session)
{
    m_controller->setThreshold(session.threshold);
    setViewOptions(session.options);
    m_page->setChosenViewForNext(session.consensusView);
    m_controller->setSources(session.sources, session.base); // one comparison at the end
    m_notes->setNotes(session.notes);
    m_pages->setCurrentIndex(session.sources.isEmpty() ? 0 : 1);
    if ((m_fitColumns = !restoreSourceColumns(m_sourceList, session.sourceColumns)))
        fitSourceColumns(m_sourceList);
    reportErrors(session.errors);
    Q_EMIT loadFinished();
    m_controller->compare();
}

void MainWindow::showThresholdDialog()
{
    bool ok = false;
    const double value = QInputDialog::getDouble(
        this, tr("Similarity Threshold"),
        tr("Align two sentences when their similarity is at least (0.1 to 0.9; lower finds "
           "looser paraphrases):"),
        m_controller->threshold(), 0.1, 0.9, 2, &ok, {}, 0.05);
    if (ok)
        setThreshold(value);
}

int MainWindow::currentSourceRow() const
{
    const QModelIndex current = m_sourceList->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void MainWindow::showCell(int row, int column)
{
    m_page->showCell(row, column);
}

void MainWindow::goToDifference(int direction)
{
    if (m_page->goToDifference(direction))
        return;
    statusBar()->showMessage(
        direction > 0 ? tr("No more differences below.") : tr("No more differences above."), 3000);
}

void MainWindow::goToAddedDetail(int direction)
{
    if (m_page->goToAddedDetail(direction))
        return;
    statusBar()->showMessage(tr("No more added details."), 3000);
}

void MainWindow::goToConflict(int direction)
{
    if (m_page->goToConflict(direction))
        return;
    const bool none = !state() || state()->conflicts.isEmpty();
    statusBar()->showMessage(none ? tr("No conflicts found.") : tr("No more conflicts."), 3000);
}

int MainWindow::find(const QString &text)
{
    return m_page->findBar()->find(text);
}

QString MainWindow::findSummary() const
{
    return m_page->findBar()->summary();
}

} // namespace Parallax
