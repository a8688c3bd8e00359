#include "mainwindow.h"
#include "processutil.h"
#include "recovery.h"
#include "session.h"
#include "sessiondocument.h"
#include "settingsutil.h"
#include "sourcelistmodel.h"
#include "testutil.h"

#include <QApplication>
#include <QLockFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Parallax;

// Crash recovery: what is pasted is autosaved, an orderly end removes the autosave, and what a
// crashed (killed) Parallax left is offered on the next start, exactly as it was.
class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sessionKeepsPastedTextAsGiven_data();
    void sessionKeepsPastedTextAsGiven();
    void pasteIsAutosaved();
    void savedSessionRemovesTheAutosave();
    void openedSessionRemovesTheAutosave();
    void quitRemovesTheAutosave();
    void emptyComparisonRemovesTheAutosave();
    void discardRemovesTheOrphan();
    void restoreLoadsTheOrphan();
    void liveAndStaleLocks();
    void damagedAutosaveIsSetAside_data();
    void damagedAutosaveIsSetAside();
    void headlessNeverLooks();
    void killedProcessIsOfferedByteForByte();

private:
    QString folder() const { return m_data.filePath(QStringLiteral("recovery")); }
    static QStringList autosaves(const QString &folder, const QString &pattern = {});
    static bool waitForAutosave(MainWindow &window);
    void writeOrphan(const QString &name, const QString &text) const;

    QTemporaryDir m_settings;
    QTemporaryDir m_data;
};

namespace {

// Pasted text as a browser or an editor gives it: line ends of every kind, tabs, trailing
// spaces, runs of blank lines, non-Latin scripts, combining marks, emoji and text that looks
// like markup.
const QByteArray kPasted =
    "Ferry service resumes after the strike\r\n"
    "\r\n"
    "The operator said on Friday that the crossings to the island run again.  \r\n"
    "Passengers \xE2\x80\x94 some of whom had waited \t three days \xE2\x80\x94 cheered.\r"
    "\n\n\n"
    "\xD0\x9F\xD0\xB0\xD1\x80\xD0\xBE\xD0\xBC \xD1\x81\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xB0 "
    "\xD1\x85\xD0\xBE\xD0\xB4\xD0\xB8\xD1\x82. Cafe\xCC\x81 owners <b>agreed</b> & smiled "
    "\xF0\x9F\x9A\xA2.\n"
    "\xD7\x94\xD7\x9E\xD7\xA2\xD7\x91\xD7\x95\xD7\xA8\xD7\xAA "
    "\xD7\xA4\xD7\x95\xD7\xA2\xD7\x9C\xD7\xAA"
    " \xC2\xA0"
    "again.";

Recovery::Question answer(Recovery::Answer given, QList<Recovery::Autosave> *asked = nullptr)
{
    return [given, asked](const Recovery::Autosave &autosave) {
        if (asked)
            asked->append(autosave);
        return given;
    };
}

Session sessionWithText(const QString &text)
{
    Session session;
    session.sources.append(
        {ArticleLoader::fromText(text, ArticleLoader::Format::PlainText), QStringLiteral("Mine")});
    return session;
}

// A lock file as QLockFile writes it, naming another process ID.
QByteArray lockNaming(const QString &scratch, qint64 pid)
{
    QLockFile lock(scratch);
    if (!lock.tryLock(0))
        return {};
    QFile file(scratch);
    file.open(QIODevice::ReadOnly);
    QByteArray contents = file.readAll();
    lock.unlock();
    return QByteArray::number(pid) + contents.mid(contents.indexOf('\n'));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

void TestRecovery::initTestCase()
{
    // Never touch the user's settings or data folder.
    Test::isolateSettings(m_settings, QStringLiteral("tst_recovery"));
    QVERIFY(m_data.isValid());
}

void TestRecovery::init()
{
    QSettings().clear();
    QDir(folder()).removeRecursively();
}

QStringList TestRecovery::autosaves(const QString &folder, const QString &pattern)
{
    return QDir(folder).entryList(
        {pattern.isEmpty() ? QStringLiteral("autosave-*.parallax") : pattern}, QDir::Files);
}

bool TestRecovery::waitForAutosave(MainWindow &window)
{
    QSignalSpy saved(window.recovery(), &Recovery::autosaved);
    return saved.wait(10000);
}

void TestRecovery::writeOrphan(const QString &name, const QString &text) const
{
    QDir().mkpath(folder());
    QString error;
    QVERIFY2(sessionWithText(text).save(QDir(folder()).filePath(name), &error), qPrintable(error));
}

void TestRecovery::sessionKeepsPastedTextAsGiven_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ArticleLoader::Format>("format");
    QTest::newRow("plain text, every line end")
        << QString::fromUtf8(kPasted) << ArticleLoader::Format::PlainText;
    QTest::newRow("HTML from a browser")
        << QStringLiteral("<html><head><title>Ferry resumes</title></head><body><nav>Home | "
                          "News</nav><article><h1>Ferry resumes</h1><p>The operator said on "
                          "Friday that crossings run again.</p><p>Passengers cheered.</p>"
                          "</article></body></html>")
        << ArticleLoader::Format::Html;
    QTest::newRow("Markdown") << QStringLiteral("# Ferry resumes\n\nThe operator *said* on "
                                                "Friday that crossings run again.\n\n- one\n- two")
                              << ArticleLoader::Format::Markdown;
}

void TestRecovery::sessionKeepsPastedTextAsGiven()
{
    QFETCH(QString, text);
    QFETCH(ArticleLoader::Format, format);
    const Article pasted = ArticleLoader::fromText(text, format);
    QCOMPARE(pasted.givenText, text);
    Session session;
    session.sources.append({pasted, QStringLiteral("Pasted")});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.parallax"));
    QString error;
    QVERIFY2(session.save(path, &error), qPrintable(error));

    const std::optional<Session> read = Session::open(path, {}, &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->sources.size(), 1);
    const Article &back = read->sources.at(0).article;
    QCOMPARE(back.givenText.toUtf8(), text.toUtf8());
    QCOMPARE(back.givenFormat, format);
    QCOMPARE(back.metadata.title, pasted.metadata.title);
    QCOMPARE(back.paragraphs.size(), pasted.paragraphs.size());
    for (qsizetype i = 0; i < back.paragraphs.size(); ++i) {
        QCOMPARE(back.paragraphs.at(i).text, pasted.paragraphs.at(i).text);
        QCOMPARE(back.paragraphs.at(i).kind, pasted.paragraphs.at(i).kind);
    }
}

void TestRecovery::pasteIsAutosaved()
{
    MainWindow window;
    window.startAutosave(folder());
    window.recovery()->setDelay(50);
    QVERIFY(autosaves(folder()).isEmpty()); // nothing to keep yet
    window.addText(QString::fromUtf8(kPasted), ArticleLoader::Format::PlainText);
    QVERIFY(waitForAutosave(window));
    const QString path = window.recovery()->path();
    QCOMPARE(QFileInfo(path).absolutePath(), folder());
    QCOMPARE(autosaves(folder()), QStringList{QFileInfo(path).fileName()});
    QCOMPARE(autosaves(folder(), QStringLiteral("autosave-*.lock")).size(), 1);
    QCOMPARE(QFileInfo(folder()).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    QString error;
    std::optional<Session> saved = Session::open(path, {}, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->sources.size(), 1);
    QCOMPARE(saved->sources.at(0).article.givenText.toUtf8(), kPasted);

    // A rename, a hidden source, a threshold are autosaved too.
    window.sourceModel()->setName(0, QStringLiteral("My ferry"));
    window.setThreshold(0.6);
    QVERIFY(waitForAutosave(window));
    saved = Session::open(path, {}, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->sources.at(0).name, QStringLiteral("My ferry"));
    QCOMPARE(saved->threshold, 0.6);

    // A second window of the same process is no orphan of the first.
    Recovery other(nullptr);
    QVERIFY(other.start(folder(), {}));
    QVERIFY(other.orphans().isEmpty());
    QVERIFY(QFileInfo::exists(path));
}

void TestRecovery::savedSessionRemovesTheAutosave()
{
    MainWindow window;
    window.startAutosave(folder());
    window.recovery()->setDelay(50);
    window.addText(QString::fromUtf8(kPasted), ArticleLoader::Format::PlainText);
    QVERIFY(waitForAutosave(window));
    QTemporaryDir dir;
    QVERIFY(window.saveSession(dir.filePath(QStringLiteral("story.parallax"))));
    QVERIFY(autosaves(folder()).isEmpty());
    QVERIFY(autosaves(folder(), QStringLiteral("autosave-*.lock")).isEmpty());

    // A change after the save is unsaved again.
    window.sourceModel()->setName(0, QStringLiteral("Renamed"));
    QVERIFY(waitForAutosave(window));
    QCOMPARE(autosaves(folder()).size(), 1);
}

void TestRecovery::openedSessionRemovesTheAutosave()
{
    QTemporaryDir dir;
    const QString session = dir.filePath(QStringLiteral("story.parallax"));
    QString error;
    QVERIFY(sessionWithText(QStringLiteral("Ferry resumes. The operator said so."))
                .save(session, &error));
    MainWindow window;
    window.startAutosave(folder());
    window.recovery()->setDelay(50);
    window.addText(QString::fromUtf8(kPasted), ArticleLoader::Format::PlainText);
    QVERIFY(waitForAutosave(window));
    QVERIFY(window.openSession(session));
    QVERIFY(autosaves(folder()).isEmpty());
    QTest::qWait(200); // longer than the delay: nothing comes back by itself
    QVERIFY(autosaves(folder()).isEmpty());
}

void TestRecovery::quitRemovesTheAutosave()
{
    {
        MainWindow window;
        window.startAutosave(folder());
        window.recovery()->setDelay(50);
        window.show();
        window.addText(QString::fromUtf8(kPasted), ArticleLoader::Format::PlainText);
        QVERIFY(waitForAutosave(window));
        // The user is asked about the pasted text and discards it.
        window.document()->setQuestion(
            [](const QString &) { return SessionDocument::Answer::Discard; });
        QVERIFY(window.close());
        QVERIFY(autosaves(folder()).isEmpty());
        QVERIFY(autosaves(folder(), QStringLiteral("autosave-*.lock")).isEmpty());
    }
    {
        // An orderly exit that never closed the window (the session ending) cleans up too.
        MainWindow window;
        window.startAutosave(folder());
        window.recovery()->setDelay(50);
        window.addText(QString::fromUtf8(kPasted), ArticleLoader::Format::PlainText);
        QVERIFY(waitForAutosave(window));
    }
    QVERIFY(QDir(folder()).entryList(QDir::Files).isEmpty());
}

void TestRecovery::emptyComparisonRemovesTheAutosave()
{
    MainWindow window;
    window.startAutosave(folder());
    window.recovery()->setDelay(50);
    window.addText(QString::fromUtf8(kPasted), ArticleLoader::Format::PlainText);
    QVERIFY(waitForAutosave(window));
    window.sourceModel()->removeSource(0);
    QTRY_VERIFY(autosaves(folder()).isEmpty());
    QVERIFY(autosaves(folder(), QStringLiteral("autosave-*.lock")).isEmpty());
}

void TestRecovery::discardRemovesTheOrphan()
{
    writeOrphan(QStringLiteral("autosave-1-1.parallax"), QStringLiteral("Ferry resumes."));
    MainWindow window;
    window.startAutosave(folder());
    QList<Recovery::Autosave> asked;
    window.recovery()->setQuestion(answer(Recovery::Answer::Discard, &asked));
    QVERIFY(!window.offerRecovery());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).sources, 1);
    QVERIFY(QDir(folder()).entryList(QDir::Files).isEmpty());
    QCOMPARE(window.sourceModel()->rowCount(), 0);

    // Asked again next time when the answer was neither.
    writeOrphan(QStringLiteral("autosave-2-2.parallax"), QStringLiteral("Ferry resumes."));
    window.recovery()->setQuestion(answer(Recovery::Answer::Later, &asked));
    QVERIFY(!window.offerRecovery());
    QVERIFY(!window.offerRecovery());
    QCOMPARE(asked.size(), 3);
    QCOMPARE(autosaves(folder()), QStringList{QStringLiteral("autosave-2-2.parallax")});
    QVERIFY(autosaves(folder(), QStringLiteral("autosave-*.lock")).isEmpty()); // not held
}

void TestRecovery::restoreLoadsTheOrphan()
{
    writeOrphan(QStringLiteral("autosave-1-1.parallax"), QStringLiteral("An older one."));
    QTest::qWait(20); // a later modification time
    writeOrphan(QStringLiteral("autosave-2-2.parallax"), QString::fromUtf8(kPasted));
    const QDateTime newest =
        QFileInfo(QDir(folder()).filePath(QStringLiteral("autosave-2-2.parallax"))).lastModified();
    MainWindow window;
    window.startAutosave(folder());
    QList<Recovery::Autosave> asked;
    window.recovery()->setQuestion(answer(Recovery::Answer::Restore, &asked));
    QSignalSpy compared(&window, &MainWindow::comparisonFinished);
    QVERIFY(window.offerRecovery());
    QCOMPARE(asked.size(), 1); // the newest, and no more once one is restored
    QCOMPARE(asked.at(0).saved, newest);
    const QString question = Recovery::questionText(asked.at(0));
    QVERIFY2(question.contains(QStringLiteral("1 source")), qPrintable(question));
    QVERIFY2(question.contains(QLocale().toString(newest, QLocale::ShortFormat)),
             qPrintable(question));

    QCOMPARE(window.sourceModel()->rowCount(), 1);
    QCOMPARE(window.sourceModel()->name(0), QStringLiteral("Mine"));
    QCOMPARE(window.sourceModel()->article(0)->givenText.toUtf8(), kPasted);
    QVERIFY(compared.wait(30000));
    // It is this process's autosave now; the older one waits for the next start.
    QVERIFY(QFileInfo::exists(window.recovery()->path()));
    QCOMPARE(autosaves(folder()), QStringList({QStringLiteral("autosave-1-1.parallax"),
                                               QFileInfo(window.recovery()->path()).fileName()}));
    QString error;
    const std::optional<Session> own = Session::open(window.recovery()->path(), {}, &error);
    QVERIFY2(own, qPrintable(error));
    QCOMPARE(own->sources.at(0).article.givenText.toUtf8(), kPasted);
}

void TestRecovery::liveAndStaleLocks()
{
    QDir().mkpath(folder());
    // Live: another Recovery of this process holds its lock.
    Recovery live(nullptr);
    QVERIFY(live.start(folder(), [] { return sessionWithText(QStringLiteral("Live one.")); }));
    QVERIFY(live.saveNow());
    Recovery observer(nullptr);
    QVERIFY(observer.start(folder(), {}));
    QVERIFY(observer.orphans().isEmpty());
    QVERIFY(QFileInfo::exists(live.path()));

    // Stale: the process that held it is gone.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished());
    const QString scratch = m_data.filePath(QStringLiteral("scratch.lock"));
    writeOrphan(QStringLiteral("autosave-7-7.parallax"), QStringLiteral("Dead one."));
    QVERIFY(writeFile(QDir(folder()).filePath(QStringLiteral("autosave-7-7.lock")),
                      lockNaming(scratch, deadPid)));
    // Stale: it names this process ID but nobody holds it (a sandbox restarted with the same ID).
    writeOrphan(QStringLiteral("autosave-8-8.parallax"), QStringLiteral("Same ID."));
    QVERIFY(writeFile(QDir(folder()).filePath(QStringLiteral("autosave-8-8.lock")),
                      lockNaming(scratch, QCoreApplication::applicationPid())));
    // No autosave at all next to a stale lock: the lock is cleaned up.
    QVERIFY(writeFile(QDir(folder()).filePath(QStringLiteral("autosave-9-9.lock")),
                      lockNaming(scratch, deadPid)));

    const QList<Recovery::Autosave> found = observer.orphans();
    QStringList names;
    for (const Recovery::Autosave &autosave : found)
        names.append(QFileInfo(autosave.path).fileName());
    names.sort();
    QCOMPARE(names, QStringList({QStringLiteral("autosave-7-7.parallax"),
                                 QStringLiteral("autosave-8-8.parallax")}));
    QVERIFY(!QFileInfo::exists(QDir(folder()).filePath(QStringLiteral("autosave-9-9.lock"))));

    // Claimed by the observer while it decides: a third one does not offer them as well.
    Recovery third(nullptr);
    QVERIFY(third.start(folder(), {}));
    QVERIFY(third.orphans().isEmpty());
    observer.release();
    QCOMPARE(third.orphans().size(), 2);
}

void TestRecovery::damagedAutosaveIsSetAside_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0garbage", 18);
    QTest::newRow("cut short") << QByteArray(
        "{\"format\": \"parallax-session\", \"sources\": [{\"te");
    QTest::newRow("another format") << QByteArray("{\"format\": \"something-else\"}");
}

void TestRecovery::damagedAutosaveIsSetAside()
{
    QFETCH(QByteArray, contents);
    QDir().mkpath(folder());
    const QString path = QDir(folder()).filePath(QStringLiteral("autosave-5-5.parallax"));
    QVERIFY(writeFile(path, contents));
    MainWindow window;
    window.startAutosave(folder());
    bool asked = false;
    window.recovery()->setQuestion([&](const Recovery::Autosave &) {
        asked = true;
        return Recovery::Answer::Restore;
    });
    QSignalSpy reported(window.recovery(), &Recovery::message);
    QVERIFY(!window.offerRecovery());
    QVERIFY(!asked);
    QCOMPARE(reported.size(), 1);
    QVERIFY2(reported.at(0).at(0).toString().contains(QStringLiteral("autosave-5-5.parallax")),
             qPrintable(reported.at(0).at(0).toString()));
    QVERIFY(!QFileInfo::exists(path));
    QFile aside(path + QStringLiteral(".damaged"));
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), contents); // kept as it was, for whoever wants to look
    QVERIFY(!window.offerRecovery());    // and not offered again
    QCOMPARE(reported.size(), 1);
}

void TestRecovery::headlessNeverLooks()
{
    // An orphan in the data folder: the command line neither asks nor touches it.
    QTemporaryDir home;
    const QString recovery = home.filePath(QStringLiteral("data/Parallax/parallax/recovery"));
    QVERIFY(QDir().mkpath(recovery));
    const QString orphan = QDir(recovery).filePath(QStringLiteral("autosave-1-1.parallax"));
    QString error;
    QVERIFY(sessionWithText(QStringLiteral("Ferry resumes.")).save(orphan, &error));
    const QByteArray before = Test::sha256(orphan);
    const Test::Run run = Test::runParallax(
        QStringList{QStringLiteral("--json"), QStringLiteral("-")} + Test::samplePaths(),
        {{QStringLiteral("HOME"), home.path()},
         {QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data"))},
         {QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config"))}});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(Test::sha256(orphan), before);
    QCOMPARE(QDir(recovery).entryList(QDir::Files), QStringList{QFileInfo(orphan).fileName()});
}

void TestRecovery::killedProcessIsOfferedByteForByte()
{
    QTemporaryDir home;
    const QString pasteFile = home.filePath(QStringLiteral("clipboard.txt"));
    QVERIFY(writeFile(pasteFile, kPasted));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("PARALLAX_AUTOSAVE_DELAY_MS"), QStringLiteral("100"));
    env.insert(QStringLiteral("PARALLAX_TEST_PASTE_FILE"), pasteFile); // see main.cpp
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    app.start(QStringLiteral(PARALLAX_BINARY), QStringList());
    QVERIFY(app.waitForStarted());

    // Where the README says: the user's data folder.
    const QString recovery = home.filePath(QStringLiteral("data/Parallax/parallax/recovery"));
    QTRY_VERIFY_WITH_TIMEOUT(!autosaves(recovery).isEmpty(), 30000);
    QCOMPARE(app.state(), QProcess::Running);
    const QStringList written = autosaves(recovery);
    QCOMPARE(written.size(), 1);
    QVERIFY2(written.at(0).startsWith(QStringLiteral("autosave-%1-").arg(app.processId())),
             qPrintable(written.at(0)));

    // While it runs, its autosave is nobody's to restore.
    Recovery observer(nullptr);
    QVERIFY(observer.start(recovery, {}));
    QVERIFY(observer.orphans().isEmpty());

    app.kill(); // SIGKILL: no destructor, no cleanup
    QVERIFY(app.waitForFinished());
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    QCOMPARE(autosaves(recovery), written);

    // The next start finds it, and it holds the pasted text byte for byte.
    const QList<Recovery::Autosave> found = observer.orphans();
    QCOMPARE(found.size(), 1);
    QCOMPARE(QFileInfo(found.at(0).path).fileName(), written.at(0));
    QCOMPARE(found.at(0).sources, 1);
    QVERIFY(Recovery::questionText(found.at(0)).contains(QStringLiteral("1 source")));
    QString error;
    const std::optional<Session> session = observer.open(found.at(0), {}, &error);
    QVERIFY2(session, qPrintable(error));
    QCOMPARE(session->sources.size(), 1);
    QCOMPARE(session->sources.at(0).article.givenText.toUtf8(), kPasted);
    observer.release();

    // Restored in a window: the same article as the one pasted.
    MainWindow window;
    window.startAutosave(recovery);
    window.recovery()->setQuestion(answer(Recovery::Answer::Restore));
    QVERIFY(window.offerRecovery());
    QCOMPARE(window.sourceModel()->rowCount(), 1);
    const Article &restored = *window.sourceModel()->article(0);
    const Article pasted =
        ArticleLoader::fromText(QString::fromUtf8(kPasted), ArticleLoader::Format::PlainText);
    QCOMPARE(restored.givenText.toUtf8(), kPasted);
    QCOMPARE(restored.paragraphs.size(), pasted.paragraphs.size());
    for (qsizetype i = 0; i < pasted.paragraphs.size(); ++i)
        QCOMPARE(restored.paragraphs.at(i).text, pasted.paragraphs.at(i).text);
    QCOMPARE(window.sourceModel()->name(0),
             QStringLiteral("Ferry service resumes after the strike"));
    QVERIFY(!QFileInfo::exists(found.at(0).path)); // taken over by this process
    QCOMPARE(autosaves(recovery), QStringList{QFileInfo(window.recovery()->path()).fileName()});
}

QTEST_MAIN(TestRecovery)
#include "tst_recovery.moc"
