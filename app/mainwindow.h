#pragma once

#include "articleloader.h"
#include "comparisonstate.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QPrintPreviewDialog;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace Parallax {

class ComparisonController;
class ComparisonPage;
class FindingsDocks;
class DetailsPanel;
class MainActions;
class NotesController;
class Recovery;
class ReportExporter;
class SessionController;
class SessionDocument;
class Session;
class SourceListModel;
class SynopsisModel;

// The switchboard: the welcome page or the comparison page, the docks and the status bar, and
// the connections between the features, each a class of its own: ComparisonController (reading
// and aligning), MainActions (the menus), SessionController (session files, autosave, recent
// comparisons), ReportExporter (PDF, printing), NotesController (the user's notes).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replace the sources with these files (folders give their supported files), comparing
    // against basePath when it is one of them.
    void openFiles(const QStringList &paths, const QString &basePath = {});
    // Add these files to the sources.
    void addFiles(const QStringList &paths);
    // Add text that came from no file (dropped from a browser, pasted) as a new source.
    void addText(const QString &text, ArticleLoader::Format format);
    void openSampleStory();
    static QStringList sampleStoryPaths();
    static QStringList expandFolders(const QStringList &paths);

    bool saveSession(const QString &path, QString *error = nullptr);
    // Asked for an article a session names that is no longer where it was (and not beside the
    // session file): returns its new path, or nothing to leave it out. Asks the user by default.
    void setMissingFileLocator(std::function<QString(const QString &)> locate)
    {
        m_locateMissing = std::move(locate);
    }
    bool openSession(const QString &path, QString *error = nullptr);

    // Autosaves the comparison into folder while no session file holds it (see Recovery). Off
    // until called: main() turns it on, tests choose a folder of their own.
    void startAutosave(const QString &folder);
    // Offers what a Parallax that crashed autosaved; true when the window shows it now.
    bool offerRecovery();
    Recovery *recovery() const { return m_recovery; }
    SessionDocument *document() const { return m_document; }
    // The user's notes on the units (NotesController: the Notes menu, the marks, the editors).
    NotesController *notes() const { return m_notes; }

    SourceListModel *sourceModel() const { return m_sources; }
    SynopsisModel *synopsisModel() const { return m_synopsis; }
    ComparisonStatePtr state() const;
    ViewOptions viewOptions() const { return m_options; }
    void setViewOptions(const ViewOptions &options);
    double threshold() const;
    void setThreshold(double threshold);
    bool isBusy() const;

    void goToDifference(int direction); // +1 next, -1 previous
    // Selects a cell of the synopsis and scrolls it into view, across and down.
    void showCell(int row, int column);
    void goToAddedDetail(int direction);
    void goToConflict(int direction);
    int find(const QString &text); // hits; selects the first
    QString findSummary() const;

    // Writes the report of what the window shows on a worker thread; exportFinished follows.
    bool exportPdf(const QString &path);
    QPrintPreviewDialog *createPrintPreview();

Q_SIGNALS:
    void exportFinished(bool ok);
    void loadFinished(); // the files are read and listed
    // The views show a new comparison; its findings (conflicts, quotations, how the sources
    // relate, details only some carry) are still looked for.
    void comparisonShown();
    void comparisonFinished(); // the views show the new comparison and its findings

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectActions();
    void createDocks();
    void readSettings();
    void writeSettings() const;

    template<typename Worker>
    void showProgressOf(Worker *worker);
    void connectWorkers();
    void onLoaded(const QList<LoadError> &errors);
    void reportErrors(const QList<LoadError> &errors);
    void applyState(ComparisonStatePtr state);
    void optionsChanged();
    Session currentSession() const;
    void applySession(const Session &session);

    void showOpenDialog();
    void showAddDialog();
    void pasteAsSource();
    void showThresholdDialog();
    int currentSourceRow() const;

    ComparisonController *m_controller;
    SourceListModel *m_sources; // the controller's
    SynopsisModel *m_synopsis = nullptr;
    SessionController *m_sessions;
    Recovery *m_recovery;        // the session controller's
    SessionDocument *m_document; // the session controller's
    ViewOptions m_options;

    QStackedWidget *m_pages = nullptr;
    ComparisonPage *m_page = nullptr;
    QTreeView *m_sourceList = nullptr;
    DetailsPanel *m_details = nullptr;
    FindingsDocks *m_findings = nullptr;
    bool m_fitColumns = false; // size the source columns when the next comparison is shown
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    MainActions *m_actions = nullptr;
    NotesController *m_notes = nullptr;

    std::function<QString(const QString &)> m_locateMissing;
    ReportExporter *m_report = nullptr;
};

} // namespace Parallax
