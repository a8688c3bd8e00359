#pragma once

#include "articleloader.h"
#include "comparisonstate.h"
#include "session.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <utility>

namespace Parallax {

class SourceListModel;

// Reading and aligning, off the GUI thread. The controller owns the sources (a SourceListModel)
// and the comparison of the visible ones: reading (ArticleLoader::loadAll) and aligning
// (compare()) each run as a pool task (runInPool) with progress and a cancel flag. A new request
// cancels the running one and starts over: every request takes a new generation, and a task of
// an older generation reports to no one. Files added while an Open still reads are read together
// with its files; text given meanwhile waits and joins its result. Any change of the sources
// aligns them again, once for a batch of changes. It owns no widgets: the window shows what its
// signals say.
class ComparisonController : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonController(QObject *parent = nullptr);
    ~ComparisonController() override; // cancels the tasks and waits for them

    // The sources, owned by the controller; every change of them aligns again.
    SourceListModel *sources() const { return m_sources; }
    // The comparison shown now; null when there is none.
    ComparisonStatePtr state() const { return m_state; }
    // The similarity threshold of the alignments (0.1 to 0.9; the caller clamps). Setting it
    // aligns nothing: compare() does.
    double threshold() const { return m_threshold; }
    void setThreshold(double threshold) { m_threshold = threshold; }
    // True while files are read or sources aligned for the latest request.
    bool isBusy() const;

    // Reads these files (folders give their supported files) on a worker; they replace the
    // sources, basePath becoming the base when it is one of them.
    void openFiles(const QStringList &paths, const QString &basePath = {});
    // Reads these files and adds them to the sources (with no sources yet, they become the
    // sources). While an Open still reads, they are read together with its files.
    void addFiles(const QStringList &paths);
    // Adds text that came from no file as a source named after its headline or first line;
    // while an Open still reads, it waits and joins the Open's result (see pendingTexts()). Text
    // without words adds nothing and says so (message()).
    void addText(const QString &text, ArticleLoader::Format format);
    // Text given while an Open reads, with its name, not yet among the sources.
    QList<std::pair<Article, QString>> pendingTexts() const { return m_pendingTexts; }

    // Cancels what runs, then makes these the sources (names, hidden state, and base: an index
    // into sources, -1 for the default) as one change: nothing is aligned until compare().
    void setSources(const QList<Session::Source> &sources, int base);
    // Aligns the visible sources on a worker, cancelling what runs; waits when an Open reads
    // (its result is aligned). With nothing visible, the comparison becomes null at once.
    void compare();
    // Cancels reading and aligning; their results are dropped.
    void cancel();

    // The bundled sample story: a file path (in the resources) per version, in order.
    static QStringList sampleStoryPaths();
    // The file name patterns of what ArticleLoader reads ("*.txt", "*.html", ...).
    static const QStringList &filePatterns();
    // The paths with each folder replaced by its supported, readable files (by name); each file
    // once, however it was named.
    static QStringList expandFolders(const QStringList &paths);

Q_SIGNALS:
    void statusChanged(const QString &text); // what is done now, or was done last
    void busyChanged(bool busy);             // a progress bar and Cancel belong on screen
    void progressRangeChanged(int maximum);  // progress goes from 0 to maximum
    void progressChanged(int value);
    void message(const QString &text, int timeout); // for a moment in the status bar (ms)
    // Text given while an Open reads was put aside: the comparison changed, not the sources.
    void pendingChanged();
    // Files just opened replaced the sources; text that waited for them is added next.
    void sourcesReplaced();
    // An Open read these files and something of them (what the recent list remembers).
    void opened(const QStringList &paths);
    // Reading finished and the sources show what was read; errors: the files that could not be.
    void loaded(const QList<LoadError> &errors);
    // Text became a source.
    void textAdded();
    // No source is left: nothing is compared (until sources are added).
    void sourcesEmptied();
    // The comparison to show; null: none. A new comparison comes first with its findings
    // pending (ComparisonState::findingsPending), then again, the same id, with them found.
    void stateChanged(ComparisonStatePtr state);
    void compared(); // a comparison and its findings are found and are the state

private:
    void startLoad(const QStringList &paths, bool replace);
    void onLoaded();
    void onCompared();
    void onFindingsFound();
    void setBusy(bool busy, const QString &status);
    void setState(ComparisonStatePtr state);
    bool isReading() const { return m_loadPending && m_loadGeneration == m_generation; }

    SourceListModel *m_sources;
    ComparisonStatePtr m_state;
    double m_threshold = CompareOptions::kDefaultThreshold;

    QFutureWatcher<LoadResult> m_loader;
    QFutureWatcher<ComparisonStatePtr> m_comparer;
    QFutureWatcher<ComparisonStatePtr> m_finder; // the findings of the state shown
    // The aligner stores its progress in m_progressValue; this timer on the GUI thread reads it,
    // so that nothing is posted from the worker thread.
    QTimer m_progressPoll;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<std::atomic_int> m_progressValue;
    quint64 m_generation = 0;
    quint64 m_loadGeneration = 0;
    quint64 m_compareGeneration = 0;
    bool m_replaceOnLoad = true;
    bool m_loadPending = false; // a load was asked for and its result not yet taken
    bool m_comparePending = false;
    bool m_holdComparison = false; // several source changes in a row: compare once after
    QStringList m_pendingSet;
    QString m_pendingBase;
    QList<std::pair<Article, QString>> m_pendingTexts; // pasted while an Open was reading
};

} // namespace Parallax
