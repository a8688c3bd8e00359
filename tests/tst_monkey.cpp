// The monkey test: a seeded random sequence of the window's real actions, run without waiting
// for the workers, with the window's guarantees checked after every step.
//
//   PARALLAX_MONKEY_SEED=N     the seed (default 2026; "random" picks one, printed at the start)
//   PARALLAX_MONKEY_STEPS=N    how many steps (default 2000)
//   PARALLAX_MONKEY_SECONDS=N  run for this long instead (CI's sanitizer runs)
//   PARALLAX_MONKEY_VERBOSE=1  print every step as it is taken (to follow a replay)
//
// A failure, a crash or a sanitizer report prints the seed, the step and the last steps; the
// same seed and steps replay the same sequence of actions.

#include "mainwindow.h"
#include "monkey.h"
#include "recovery.h"
#include "settingsutil.h"
#include "sourcelistmodel.h"
#include "synopsismodel.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMap>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QRandomGenerator>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>

#include <atomic>
#include <csignal>
#include <cstring>
#include <memory>
#include <unistd.h>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define PARALLAX_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define PARALLAX_SANITIZED 1
#endif
#endif
#ifdef PARALLAX_SANITIZED
#include <sanitizer/common_interface_defs.h>
#endif

using namespace Parallax;
using namespace Parallax::Test;

namespace {

// The last steps, kept where a signal handler can print them without allocating.
constexpr int kRing = 50;
constexpr int kEntry = 240;
char g_ring[kRing][kEntry];
std::atomic<qint64> g_step{-1};
quint64 g_seed = 0;
std::atomic_bool g_printed{false};
constexpr int kSignals[] = {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};
struct sigaction g_previous[std::size(kSignals)];

void put(const char *text)
{
    const ssize_t written = write(STDERR_FILENO, text, std::strlen(text));
    (void)written;
}

void putNumber(unsigned long long n)
{
    char digits[24];
    int i = sizeof digits - 1;
    digits[i] = 0;
    do {
        digits[--i] = char('0' + n % 10);
        n /= 10;
    } while (n);
    put(digits + i);
}

// Async-signal-safe: from a signal handler or a sanitizer's death callback.
void printSteps()
{
    if (g_printed.exchange(true))
        return;
    const qint64 step = std::max<qint64>(0, g_step.load(std::memory_order_acquire));
    put("\ntst_monkey: failed at step ");
    putNumber(step);
    put(" of seed ");
    putNumber(g_seed);
    put("\n  replay: PARALLAX_MONKEY_SEED=");
    putNumber(g_seed);
    put(" PARALLAX_MONKEY_STEPS=");
    putNumber(step + 1);
    put(" tests/tst_monkey\n  the last steps:\n");
    for (qint64 s = std::max<qint64>(0, step - kRing + 1); s <= step; ++s) {
        put("    ");
        put(g_ring[s % kRing]);
        put("\n");
    }
}

void onFatalSignal(int signal)
{
    printSteps();
    for (size_t i = 0; i < std::size(kSignals); ++i) {
        if (kSignals[i] == signal)
            sigaction(signal, &g_previous[i], nullptr); // Qt Test's handler, or the default
    }
    raise(signal);
}

void installCrashHandlers()
{
    struct sigaction action = {};
    action.sa_handler = onFatalSignal;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < std::size(kSignals); ++i)
        sigaction(kSignals[i], &action, &g_previous[i]);
#ifdef PARALLAX_SANITIZED
    __sanitizer_set_death_callback(printSteps);
#endif
}

void beginStep(qint64 step)
{
    std::snprintf(g_ring[step % kRing], kEntry, "#%lld", static_cast<long long>(step));
    g_step.store(step, std::memory_order_release);
}

// Adds to the current step's line: what it does, with the choices it made.
void noteStep(const QString &what)
{
    const qint64 step = g_step.load(std::memory_order_relaxed);
    char *line = g_ring[step % kRing];
    const size_t used = std::strlen(line);
    std::snprintf(line + used, kEntry - used, " %s;",
                  what.simplified().toUtf8().left(kEntry).constData());
}

QtMessageHandler g_qtTestHandler = nullptr;

// The offscreen platform says so whenever a window's size limits change: thousands of times.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    g_qtTestHandler(type, context, message);
}

void pause(quint64 choice)
{
    const int kind = int(choice % 100);
    const int more = int((choice >> 8) % 100);
    if (kind < 50)
        QCoreApplication::processEvents();
    else if (kind < 85)
        QTest::qWait(1 + more % 4);
    else if (kind < 97)
        QTest::qWait(5 + more % 16);
    else
        QTest::qWait(30 + more * 7 / 10);
}

// What the window guarantees after any step, whatever its workers are doing.
QString checkWindow(MainWindow &window, const Monkey &monkey)
{
    if (!window.isVisible())
        return QStringLiteral("the window closed");
    SourceListModel *sources = window.sourceModel();
    const int rows = sources->rowCount();
    QSet<QString> paths;
    for (int row = 0; row < rows; ++row) {
        const QString path = sources->article(row)->path;
        if (!path.isEmpty() && paths.contains(path))
            return QStringLiteral("%1 is listed twice").arg(path);
        paths.insert(path);
    }
    if (sources->baseRow() < -1 || sources->baseRow() >= rows)
        return QStringLiteral("base row %1 of %2 rows").arg(sources->baseRow()).arg(rows);
    QSet<qsizetype> ids;
    for (const SourceInfo &source : sources->visibleSources()) {
        if (ids.contains(source.id))
            return QStringLiteral("source id %1 is listed twice").arg(source.id);
        ids.insert(source.id);
    }
    auto *list = window.findChild<QTreeView *>(QStringLiteral("sourceList"));
    if (list->currentIndex().row() >= rows)
        return QStringLiteral("current source row %1 of %2")
            .arg(list->currentIndex().row())
            .arg(rows);
    const ComparisonStatePtr state = window.state();
    if (window.synopsisModel()->state() != state)
        return QStringLiteral("the synopsis shows another comparison than the window's");
    const int columns = state ? int(state->articles.size()) : 0;
    if (window.synopsisModel()->columnCount() != columns)
        return QStringLiteral("the synopsis has %1 columns for %2 sources")
            .arg(window.synopsisModel()->columnCount())
            .arg(columns);
    const QRect screen = window.screen()->availableGeometry();
    if (monkey.sizedToScreen() && window.width() > screen.width())
        return QStringLiteral("the window is %1 pixels wide on a screen of %2")
            .arg(window.width())
            .arg(screen.width());
    return {};
}

// A comparison the window shows, checked once when it appears.
QString checkState(const ComparisonState &state)
{
    const qsizetype n = state.articles.size();
    const Comparison &c = state.comparison;
    if (state.sources.size() != n || c.firstSegment.size() != n)
        return QStringLiteral("%1 articles, %2 sources, %3 first segments")
            .arg(n)
            .arg(state.sources.size())
            .arg(c.firstSegment.size());
    if (c.cancelled)
        return QStringLiteral("a cancelled comparison is shown");
    if (c.base < -1 || c.base >= n)
        return QStringLiteral("base %1 of %2 sources").arg(c.base).arg(n);
    for (qsizetype u = 0; u < c.units.size(); ++u) {
        const Unit &unit = c.units.at(u);
        if (unit.sources.isEmpty() || unit.segments.isEmpty())
            return QStringLiteral("unit %1 is empty").arg(u);
        for (qsizetype i = 0; i < unit.sources.size(); ++i) {
            const qsizetype s = unit.sources.at(i);
            if (s < 0 || s >= n || (i > 0 && s <= unit.sources.at(i - 1)))
                return QStringLiteral("unit %1 names source %2 of %3").arg(u).arg(s).arg(n);
        }
        for (qsizetype segment : unit.segments) {
            if (!unit.sources.contains(c.sourceOf(segment)))
                return QStringLiteral("unit %1 holds segment %2 of a source it does not name")
                    .arg(u)
                    .arg(segment);
        }
    }
    for (const QList<Addition> *added : {&c.added, &c.addedVsBase}) {
        for (const Addition &a : *added) {
            if (a.source < 0 || a.source >= n || c.sourceOf(a.segment) != a.source)
                return QStringLiteral("an addition of source %1 of %2").arg(a.source).arg(n);
        }
    }
    return {};
}

// When nothing is being read or aligned (and nobody cancelled): the comparison shown is the one
// of the visible sources, in their order, with their names and base.
QString checkIdle(MainWindow &window)
{
    SourceListModel *sources = window.sourceModel();
    const QList<SourceInfo> visible = sources->visibleSources();
    const ComparisonStatePtr state = window.state();
    auto *pages = qobject_cast<QStackedWidget *>(window.centralWidget());
    const bool welcome = pages->currentWidget()->objectName() == u"welcome";
    if ((sources->rowCount() == 0) != welcome)
        return QStringLiteral("%1 sources and the welcome page %2")
            .arg(sources->rowCount())
            .arg(welcome ? "shown" : "hidden");
    if (visible.isEmpty())
        return state ? QStringLiteral("a comparison is shown with no source visible") : QString();
    if (!state)
        return QStringLiteral("idle with %1 visible sources and no comparison").arg(visible.size());
    if (state->sources.size() != visible.size())
        return QStringLiteral("idle with %1 visible sources and a comparison of %2")
            .arg(visible.size())
            .arg(state->sources.size());
    for (qsizetype s = 0; s < visible.size(); ++s) {
        const SourceInfo &shown = state->sources.at(s);
        if (shown.id != visible.at(s).id || shown.name != visible.at(s).name)
            return QStringLiteral("source %1 is \"%2\" (id %3) in the list, \"%4\" (id %5) in "
                                  "the comparison")
                .arg(s)
                .arg(visible.at(s).name)
                .arg(visible.at(s).id)
                .arg(shown.name)
                .arg(shown.id);
    }
    const qsizetype base = sources->visibleBase();
    if (base >= 0 && state->comparison.base != base)
        return QStringLiteral("base %1 chosen, %2 compared against")
            .arg(base)
            .arg(state->comparison.base);
    return {};
}

// The autosave is written whole or not at all, beside its lock; nothing was set aside as
// damaged.
QString checkAutosave(const QString &folder)
{
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
        const QString name = info.fileName();
        if (!name.startsWith(QStringLiteral("autosave-")))
            return QStringLiteral("%1 left among the autosaves").arg(name);
        if (name.endsWith(QStringLiteral(".lock")))
            continue;
        QFile file(info.filePath());
        if (!name.endsWith(QStringLiteral(".parallax")) || !file.open(QIODevice::ReadOnly) ||
            !QJsonDocument::fromJson(file.readAll()).isObject())
            return QStringLiteral("%1 is not a whole autosave").arg(name);
    }
    return {};
}

// The sample story's folder, file by file: Parallax never writes where it reads.
QMap<QString, QByteArray> sampleFolder()
{
    QMap<QString, QByteArray> files;
    const QDir dir(QStringLiteral(PARALLAX_SAMPLE_DIR));
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        files.insert(name, sha256(dir.filePath(name)));
    return files;
}

// Reports and sessions are written whole or not at all: every one is complete, and nothing else
// (no temporary file) is left once no export runs.
QString checkOutputs(const Monkey &monkey)
{
    for (const QFileInfo &info :
         QDir(monkey.reportsDir()).entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
        QFile file(info.filePath());
        if (!info.fileName().endsWith(QStringLiteral(".pdf")) || !file.open(QIODevice::ReadOnly))
            return QStringLiteral("%1 left among the reports").arg(info.fileName());
        const QByteArray pdf = file.readAll();
        if (!pdf.startsWith("%PDF-") || !pdf.right(64).contains("%%EOF"))
            return QStringLiteral("%1 is not a whole PDF").arg(info.fileName());
    }
    for (const QFileInfo &info :
         QDir(monkey.sessionsDir()).entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
        QFile file(info.filePath());
        if (!info.fileName().endsWith(QStringLiteral(".parallax")) ||
            !file.open(QIODevice::ReadOnly))
            return QStringLiteral("%1 left among the sessions").arg(info.fileName());
        if (!QJsonDocument::fromJson(file.readAll()).isObject())
            return QStringLiteral("%1 is not a whole session").arg(info.fileName());
    }
    return {};
}

} // namespace

class TestMonkey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void answersADialogShownAgain();
    void monkey();

private:
    QTemporaryDir m_settings;
};

void TestMonkey::initTestCase()
{
    Test::isolateSettings(m_settings, QStringLiteral("tst_monkey"));
    QSettings().clear();
    installCrashHandlers();
    g_qtTestHandler = qInstallMessageHandler(quietHandler);
}

// Qt's print preview keeps its print dialog for the next Print: the second time it opens, it is
// still this step's dialog and gets answered (the monkey once hung there until the watchdog).
void TestMonkey::answersADialogShownAgain()
{
    QWidget owner;
    owner.show();
    auto *preview = new QPrintPreviewDialog(&owner);
    preview->open();
    QAction *print = nullptr;
    for (QAction *a : preview->findChildren<QAction *>()) {
        if (QString(a->text()).remove(u'&') == u"Print")
            print = a;
    }
    QVERIFY(print);
    QStringList notes;
    DialogAnswerer answerer([&](const QString &note) { notes.append(note); });
    bool stuck = false;
    QTimer rescue;
    rescue.setSingleShot(true);
    connect(&rescue, &QTimer::timeout, this, [&] {
        stuck = true;
        for (QPrintDialog *dialog : preview->findChildren<QPrintDialog *>())
            dialog->reject();
    });
    for (int i = 0; i < 2; ++i) {
        rescue.start(30000);
        answerer.arm(DialogAnswers{}); // cancel everything
        print->trigger();
        answerer.disarm();
        QVERIFY2(!stuck, qPrintable(QStringLiteral("Print number %1 was not answered").arg(i + 1)));
    }
    QCOMPARE(notes, QStringList(2, QStringLiteral("dialog \"Print\": cancelled")));
    QVERIFY(preview->isVisible());
}

void TestMonkey::monkey()
{
    bool ok = false;
    // The suite replays one seed, so that it passes or fails the same way every time; "random"
    // explores (the sanitizer runs), a number replays.
    const QString seedText = qEnvironmentVariable("PARALLAX_MONKEY_SEED", QStringLiteral("2026"));
    g_seed = seedText.toULongLong(&ok);
    if (!ok)
        g_seed = QRandomGenerator::system()->generate64();
    const qint64 seconds = qEnvironmentVariableIntValue("PARALLAX_MONKEY_SECONDS");
    const bool verbose = qEnvironmentVariableIntValue("PARALLAX_MONKEY_VERBOSE") > 0;
    qint64 steps = qEnvironmentVariable("PARALLAX_MONKEY_STEPS").toLongLong(&ok);
    if (!ok)
        steps = 2000;
    std::fprintf(stderr, "tst_monkey: seed %llu, %s\n", static_cast<unsigned long long>(g_seed),
                 qPrintable(seconds > 0 ? QStringLiteral("for %1 s").arg(seconds)
                                        : QStringLiteral("%1 steps").arg(steps)));

    const QMap<QString, QByteArray> sample = sampleFolder();
    QTemporaryDir work;
    auto owner = std::make_unique<MainWindow>();
    MainWindow &window = *owner;
    // Autosaving soon after each change, so that it lands between the other steps.
    const QString autosaves = work.filePath(QStringLiteral("recovery"));
    window.startAutosave(autosaves);
    window.recovery()->setDelay(20);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    Monkey monkey(&window, work.path(), noteStep);
    QVERIFY2(
        monkey.missingActions().isEmpty(),
        qPrintable(QStringLiteral("no such action: %1").arg(monkey.missingActions().join(u','))));
    QString problem;
    connect(&window, &MainWindow::comparisonFinished, this, [&] { monkey.clearCancelled(); });
    connect(&window, &MainWindow::exportFinished, this, [&] {
        if (problem.isEmpty())
            problem = checkOutputs(monkey);
    });

    MonkeyRandom random(g_seed);
    ComparisonStatePtr checked;
    QElapsedTimer clock;
    clock.start();
    qint64 step = 0;
    for (; seconds > 0 ? clock.elapsed() < seconds * 1000 : step < steps; ++step) {
        beginStep(step);
        const quint64 parameters = random.next();
        const quint64 wait = random.next();
        monkey.step(parameters);
        if (verbose)
            std::fprintf(stderr, "%s\n", g_ring[step % kRing]);
        pause(wait);
        if (problem.isEmpty())
            problem = checkWindow(window, monkey);
        if (problem.isEmpty())
            problem = checkAutosave(autosaves);
        if (problem.isEmpty() && window.state() != checked) {
            checked = window.state();
            if (checked)
                problem = checkState(*checked);
        }
        if (window.isBusy())
            monkey.clearCancelled();
        else if (problem.isEmpty() && !monkey.cancelledSinceWork())
            problem = checkIdle(window);
        if (!problem.isEmpty()) {
            printSteps();
            QFAIL(qPrintable(problem));
        }
    }

    // The end: the workers finish, everything is consistent, and the window still works.
    beginStep(step);
    noteStep(QStringLiteral("the end: wait for the workers, open the sample, export it"));
    monkey.closeWindows();
    const bool idle = QTest::qWaitFor(
        [&] { return !window.isBusy() && QThreadPool::globalInstance()->waitForDone(10); }, 120000);
    if (!idle)
        problem = QStringLiteral("still busy two minutes after the last step");
    if (problem.isEmpty())
        problem = checkWindow(window, monkey);
    if (problem.isEmpty() && !monkey.cancelledSinceWork())
        problem = checkIdle(window);
    if (problem.isEmpty())
        problem = checkOutputs(monkey);
    DialogAnswers answers;
    answers.accept = true;
    answers.preferred = QMessageBox::Discard; // unsaved changes
    if (problem.isEmpty()) {
        QSignalSpy compared(&window, &MainWindow::comparisonFinished);
        monkey.trigger(monkey.action(QStringLiteral("Open the Sample Story")), answers);
        const bool finished = compared.wait(60000);
        if (!finished || !window.state() || window.state()->articles.size() != 4)
            problem = QStringLiteral("the sample story is not compared at the end (%1, %2 sources)")
                          .arg(finished ? u"compared" : u"no comparison in 60 s")
                          .arg(window.state() ? window.state()->articles.size() : 0);
        else
            problem = checkState(*window.state());
        if (problem.isEmpty())
            problem = checkIdle(window);
    }
    if (problem.isEmpty()) {
        QSignalSpy exported(&window, &MainWindow::exportFinished);
        answers.save = monkey.reportsDir() + QStringLiteral("/final.pdf");
        monkey.trigger(monkey.action(QStringLiteral("Export PDF Report")), answers);
        if (!exported.wait(60000) || !exported.last().first().toBool() ||
            !QFileInfo::exists(monkey.reportsDir() + QStringLiteral("/final.pdf")))
            problem = QStringLiteral("the sample story is not exported at the end");
    }
    // An orderly end leaves no autosave to offer.
    owner.reset();
    if (problem.isEmpty() && sampleFolder() != sample)
        problem = QStringLiteral("the sample story's folder changed: %1")
                      .arg(sampleFolder().keys().join(u", "));
    if (problem.isEmpty() && !QDir(autosaves).isEmpty())
        problem = QStringLiteral("the window closed and left %1")
                      .arg(QDir(autosaves).entryList(QDir::Files).join(u", "));
    if (!problem.isEmpty()) {
        printSteps();
        QFAIL(qPrintable(problem));
    }
    std::fprintf(stderr, "tst_monkey: %lld steps in %.1f s\n", static_cast<long long>(step),
                 double(clock.elapsed()) / 1000);
}

int main(int argc, char *argv[])
{
    // One test function runs the whole time: Qt Test's watchdog (which aborts a hung function,
    // and the seed and the last steps are printed then) must allow the budget.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) {
        const int seconds = qEnvironmentVariableIntValue("PARALLAX_MONKEY_SECONDS");
        qputenv("QTEST_FUNCTION_TIMEOUT",
                QByteArray::number((seconds > 0 ? seconds + 240 : 600) * 1000));
    }
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    TestMonkey test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_monkey.moc"
