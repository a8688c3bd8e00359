#include "comparisoncontroller.h"
#include "pooltask.h"

#include "sourcelistmodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QScopedValueRollback>
#include <QSet>

namespace Parallax {

namespace {

constexpr int kLoadSteps = 1000; // of the progress bar while articles are read

// A name for text that came from no file: its first line, shortened.
QString nameFromText(const QString &text)
{
    const QString first = text.trimmed().section(u'\n', 0, 0).simplified();
    return first.size() > 60 ? first.left(57) + QStringLiteral("...") : first;
}

} // namespace

ComparisonController::ComparisonController(QObject *parent)
    : QObject(parent)
    , m_sources(new SourceListModel(this))
{
    connect(&m_loader, &QFutureWatcher<LoadResult>::finished, this,
            &ComparisonController::onLoaded);
    connect(&m_loader, &QFutureWatcher<LoadResult>::progressValueChanged, this, [this](int value) {
        if (m_loadPending)
            Q_EMIT progressChanged(value);
    });
    connect(&m_comparer, &QFutureWatcher<ComparisonStatePtr>::finished, this,
            &ComparisonController::onCompared);
    connect(&m_finder, &QFutureWatcher<ComparisonStatePtr>::finished, this,
            &ComparisonController::onFindingsFound);
    connect(m_sources, &SourceListModel::sourcesChanged, this, &ComparisonController::compare);
    m_progressPoll.setInterval(100);
    connect(&m_progressPoll, &QTimer::timeout, this, [this] {
        if (m_comparePending && m_progressValue)
            Q_EMIT progressChanged(m_progressValue->load());
        else
            m_progressPoll.stop();
    });
}

ComparisonController::~ComparisonController()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
    m_loader.waitForFinished();
    m_comparer.waitForFinished();
    m_finder.waitForFinished();
}

QStringList ComparisonController::sampleStoryPaths()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/sample"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

const QStringList &ComparisonController::filePatterns()
{
    static const QStringList patterns = [] {
        QStringList list;
        for (const QString &suffix : ArticleLoader::fileSuffixes())
            list.append(QStringLiteral("*.") + suffix);
        return list;
    }();
    return patterns;
}

QStringList ComparisonController::expandFolders(const QStringList &paths)
{
    QStringList out;
    QSet<QString> seen; // one source per file, however it was named
    auto add = [&](const QString &path) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || !seen.contains(canonical))
            out.append(path);
        if (!canonical.isEmpty())
            seen.insert(canonical);
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString &name :
                 dir.entryList(filePatterns(), QDir::Files | QDir::Readable, QDir::Name))
                add(dir.filePath(name));
        } else {
            add(path);
        }
    }
    return out;
}

bool ComparisonController::isBusy() const
{
    return m_loadPending || m_comparePending;
}

void ComparisonController::openFiles(const QStringList &paths, const QString &basePath)
{
    if (paths.isEmpty())
        return;
    startLoad(expandFolders(paths), true);
    m_pendingBase = basePath.isEmpty() ? QString() : QFileInfo(basePath).canonicalFilePath();
}

void ComparisonController::addFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    const QStringList files = expandFolders(paths);
    if (isReading())
        startLoad(expandFolders(m_pendingSet + files), m_replaceOnLoad); // read both, each once
    else
        startLoad(files, m_sources->rowCount() == 0);
}

void ComparisonController::addText(const QString &text, ArticleLoader::Format format)
{
    if (text.trimmed().isEmpty())
        return;
    Article article = ArticleLoader::fromText(text, format);
    if (article.words == 0) {
        Q_EMIT message(tr("The pasted or dropped text holds no words."), 4000);
        return;
    }
    // Named after its headline, or its first line of text (never the raw markup).
    QString name = article.metadata.title;
    for (qsizetype i = 0; name.isEmpty() && i < article.paragraphs.size(); ++i)
        name = nameFromText(article.paragraphs.at(i).text);
    if (isReading() && m_replaceOnLoad) {
        // An Open is still reading and will replace the sources: this text joins its result.
        m_pendingTexts.append({article, name});
        Q_EMIT pendingChanged();
        return;
    }
    m_sources->addArticles({article});
    const int row = m_sources->rowCount() - 1;
    m_sources->setName(row, name);
    Q_EMIT textAdded();
}

void ComparisonController::setSources(const QList<Session::Source> &sources, int base)
{
    cancel();
    const QScopedValueRollback hold(m_holdComparison, true); // compared once, by compare()
    QList<Article> articles;
    for (const Session::Source &source : sources)
        articles.append(source.article);
    m_sources->setArticles(articles);
    for (int row = 0; row < sources.size(); ++row) {
        m_sources->setName(row, sources.at(row).name);
        m_sources->setHidden(row, sources.at(row).hidden);
        m_sources->setUserMetadata(row, sources.at(row).entered);
    }
    m_sources->setBaseRow(base);
}

void ComparisonController::startLoad(const QStringList &paths, bool replace)
{
    const bool joinsPending = isReading();
    cancel();
    m_pendingBase.clear();
    if (!joinsPending)
        m_pendingTexts.clear();
    m_replaceOnLoad = replace;
    m_pendingSet = paths;
    m_loadGeneration = ++m_generation;
    m_loadPending = true;
    setBusy(true, tr("Reading articles: %n...", nullptr, int(paths.size())));
    Q_EMIT progressRangeChanged(kLoadSteps);
    Q_EMIT progressChanged(0);
    m_loader.setFuture(runInPoolWithPromise<LoadResult>([paths](QPromise<LoadResult> &promise) {
        promise.setProgressRange(0, kLoadSteps);
        promise.addResult(ArticleLoader::loadAll(paths, [&promise](double done) {
            promise.setProgressValue(int(done * kLoadSteps));
            return !promise.isCanceled();
        }));
    }));
}

void ComparisonController::onLoaded()
{
    if (m_loadGeneration != m_generation || m_loader.future().isCanceled())
        return; // replaced by a newer request
    m_loadPending = false;
    const LoadResult result = m_loader.result();
    if (m_replaceOnLoad) {
        {
            const QScopedValueRollback hold(m_holdComparison, true); // compared once, below
            m_sources->setArticles(result.articles);
            for (int row = 0; !m_pendingBase.isEmpty() && row < m_sources->rowCount(); ++row) {
                if (QFileInfo(m_sources->article(row)->path).canonicalFilePath() == m_pendingBase)
                    m_sources->setBaseRow(row);
            }
            Q_EMIT sourcesReplaced();
            for (const auto &[article, name] : std::as_const(m_pendingTexts)) {
                m_sources->addArticles({article});
                m_sources->setName(m_sources->rowCount() - 1, name);
            }
            m_pendingTexts.clear();
        }
        m_pendingBase.clear();
        compare();
        if (!result.articles.isEmpty())
            Q_EMIT opened(m_pendingSet);
    } else if (result.articles.isEmpty()) {
        compare(); // nothing was added, but reading cancelled any comparison under way
    } else {
        m_sources->addArticles(result.articles);
    }
    Q_EMIT loaded(result.errors);
    if (m_sources->rowCount() == 0) {
        setBusy(false, tr("No articles could be read."));
        setState(nullptr);
    }
}

void ComparisonController::compare()
{
    if (m_holdComparison)
        return;
    if (isReading())
        return; // the comparison starts when the files are read
    cancel();
    const QList<Article> articles = m_sources->visibleArticles();
    const QList<SourceInfo> sources = m_sources->visibleSources();
    if (articles.isEmpty()) {
        setState(nullptr);
        setBusy(false, m_sources->rowCount() ? tr("All sources are hidden.") : QString());
        if (m_sources->rowCount() == 0)
            Q_EMIT sourcesEmptied();
        return;
    }
    m_compareGeneration = ++m_generation;
    m_comparePending = true;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progressValue = std::make_shared<std::atomic_int>(0);
    setBusy(true, tr("Aligning %n source(s)...", nullptr, int(articles.size())));
    Q_EMIT progressRangeChanged(int(articles.size()));
    Q_EMIT progressChanged(0);
    CompareOptions options;
    options.base = m_sources->visibleBase();
    options.threshold = m_threshold;
    options.cancel = m_cancelFlag.get();
    const auto cancel = m_cancelFlag; // kept alive by the task
    const auto progress = m_progressValue;
    options.progress = [progress](qsizetype done, qsizetype) { progress->store(int(done)); };
    m_progressPoll.start();
    const quint64 id = m_compareGeneration;
    m_comparer.setFuture(runInPool([articles, sources, options, cancel, id] {
        auto state = std::make_shared<ComparisonState>();
        state->articles = articles;
        state->sources = sources;
        state->id = id;
        state->findingsPending = true; // found after the views show the comparison
        state->comparison = Parallax::compare(state->articles, options);
        return ComparisonStatePtr(state);
    }));
}

void ComparisonController::onCompared()
{
    if (m_compareGeneration != m_generation)
        return;
    m_comparePending = false;
    const ComparisonStatePtr state = m_comparer.result();
    if (!state || state->comparison.cancelled) {
        setBusy(false, tr("Alignment cancelled."));
        return;
    }
    setState(state);
    setBusy(false, tr("%n source(s) compared. Looking for conflicts, quotations and details "
                      "only some sources carry...",
                      nullptr, int(state->articles.size())));
    // The findings cost as much as the alignment for many sources: the views show the comparison
    // meanwhile and the findings panels say that they are still looked for.
    m_finder.setFuture(runInPool([state] { return withFindings(state); }));
}

void ComparisonController::onFindingsFound()
{
    const ComparisonStatePtr state = m_finder.result();
    if (!state || !state->sameComparison(m_state.get()))
        return;      // another comparison is shown now
    setState(state); // the comparison shown gets its findings, whatever runs now
    // A newer request (files read or aligned, or one cancelled since) ends elsewhere, or never.
    if (isBusy() || state->id != m_compareGeneration)
        return;
    Q_EMIT statusChanged(tr("%n source(s) compared.", nullptr, int(state->articles.size())));
    Q_EMIT compared();
}

void ComparisonController::cancel()
{
    if (m_cancelFlag)
        *m_cancelFlag = true;
    if (m_loadPending)
        m_loader.cancel(); // stops a long PDF between pages
    ++m_generation;        // whatever is running now reports to no one
    m_loadPending = m_comparePending = false;
    Q_EMIT busyChanged(false); // the status stays
}

void ComparisonController::setBusy(bool busy, const QString &status)
{
    Q_EMIT statusChanged(status);
    Q_EMIT busyChanged(busy);
}

void ComparisonController::setState(ComparisonStatePtr state)
{
    m_state = std::move(state);
    Q_EMIT stateChanged(m_state);
}

} // namespace Parallax
