#include "mainwindow.h"

#include "articleview.h"
#include "commandline.h"
#include "sourcelistmodel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QtConcurrent/QtConcurrentRun>

namespace Parallax {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new SourceListModel(this))
{
    setWindowTitle(tr("Parallax"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_sourceList = new QTreeView(splitter);
    m_sourceList->setModel(m_model);
    m_sourceList->setRootIsDecorated(false);
    m_sourceList->setUniformRowHeights(true);
    m_sourceList->setAlternatingRowColors(true);
    m_sourceList->setAccessibleName(tr("Sources"));
    m_sourceList->header()->setStretchLastSection(false);
    m_sourceList->header()->setSectionResizeMode(SourceListModel::TitleColumn,
                                                 QHeaderView::Stretch);
    m_articleView = new ArticleView(splitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    connect(m_sourceList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentSourceChanged);
    connect(&m_loader, &QFutureWatcher<LoadResult>::finished, this, &MainWindow::onLoaded);

    createActions();
    resize(1100, 760);
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open..."), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open the &Sample Story"), this, &MainWindow::openSampleStory);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Parallax"), this, &MainWindow::showAbout);
}

QStringList MainWindow::sampleStoryPaths()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/sample"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

void MainWindow::openSampleStory()
{
    openFiles(sampleStoryPaths());
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_loader.isRunning())
        m_loader.waitForFinished(); // a new set replaces the one being read
    m_status->setText(tr("Reading articles: %n...", nullptr, int(paths.size())));
    m_loader.setFuture(QtConcurrent::run([paths] { return ArticleLoader::loadAll(paths); }));
}

void MainWindow::onLoaded()
{
    const LoadResult result = m_loader.result();
    m_model->setArticles(result.articles);
    m_status->setText(tr("Sources loaded: %n", nullptr, int(result.articles.size())));
    if (m_model->rowCount() > 0)
        m_sourceList->setCurrentIndex(m_model->index(0, 0));
    else
        m_articleView->setArticle(nullptr);
    for (int c = SourceListModel::OutletColumn; c < SourceListModel::ColumnCount; ++c)
        m_sourceList->resizeColumnToContents(c);
    reportErrors(result.errors);
    Q_EMIT loadFinished();
}

void MainWindow::onCurrentSourceChanged()
{
    const QModelIndex current = m_sourceList->currentIndex();
    m_articleView->setArticle(m_model->article(current.isValid() ? current.row() : -1));
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
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->setObjectName(QStringLiteral("loadErrors"));
    box->show();
}

void MainWindow::showOpenDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), m_lastFolder,
        tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    if (paths.isEmpty())
        return;
    m_lastFolder = QFileInfo(paths.constFirst()).absolutePath();
    openFiles(paths);
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::NoIcon, tr("About Parallax"),
                    CommandLine::versionText() + QStringLiteral("\n\n") +
                        tr("Compares several versions of one news story."),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace Parallax
