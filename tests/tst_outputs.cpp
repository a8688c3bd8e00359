#include "outputfile.h"
#include "processutil.h"
#include "testutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace Parallax;
using Test::Run;
using Test::runParallax;
using Test::samplePaths;

namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

// The file type bits of what is at path itself, a link not followed; 0 when nothing is there.
mode_t typeOf(const QString &path)
{
    struct stat status;
    return ::lstat(native(path).constData(), &status) == 0 ? status.st_mode & S_IFMT : 0;
}

// A character device like the system's, made in a scratch folder so that no test writes to a
// real /dev entry; 1,3 is the null device, 1,7 the full one.
bool makeDevice(const QString &path, unsigned minor)
{
    return ::mknod(native(path).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot);
}

// Reads a FIFO in a thread until its writer closes it. The read end is opened at once without
// blocking, so that a writer that never comes fails the test after a few seconds, not hangs it.
class FifoReader
{
public:
    explicit FifoReader(const QString &path)
        : m_fd(::open(native(path).constData(), O_RDONLY | O_NONBLOCK))
    {
        if (m_fd >= 0)
            m_thread = std::thread([this] { read(); });
    }
    ~FifoReader() { finish(); }
    bool isOpen() const { return m_fd >= 0; }
    QByteArray finish()
    {
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return m_data;
    }

private:
    void read()
    {
        const QDeadlineTimer deadline(10000);
        char buffer[65536];
        while (!deadline.hasExpired()) {
            pollfd ready{m_fd, POLLIN, 0};
            if (::poll(&ready, 1, int(deadline.remainingTime())) <= 0)
                return;
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n > 0)
                m_data.append(buffer, n);
            else if (n == 0 || (errno != EAGAIN && errno != EINTR))
                return; // the writer closed its end
        }
    }

    int m_fd;
    QByteArray m_data;
    std::thread m_thread;
};

QByteArray payload()
{
    QByteArray data;
    for (int i = 0; data.size() < 1024 * 1024; ++i)
        data += QByteArray::number(i) + '\n';
    return data;
}

} // namespace

class TestOutputs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regularFileReplacedAtomically();
    void missingFileCreated();
    void characterDevice();
    void fullDevice();
    void fifo();
    void socket();
    void symlinkFollowed();
    void symlinkToDevice();
    void folder();
    void missingFolder();
    void readOnlyFolder();
    void failedWriteKeepsOldFile();
    void diskFull();
    void cancelKeepsOldFile();
    void commandLineToDevice_data();
    void commandLineToDevice();
    void commandLineToFifo();
    void commandLineToFolder_data();
    void commandLineToFolder();
};

void TestOutputs::regularFileReplacedAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(writeAll(path, "old content, longer than the new"));
    struct stat before;
    QCOMPARE(::stat(native(path).constData(), &before), 0);
    QFile old(path); // a reader of the old file keeps reading the old file
    QVERIFY(old.open(QIODevice::ReadOnly));

    QString error;
    QVERIFY2(OutputFile::write(path, "new", &error), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("new"));
    struct stat after;
    QCOMPARE(::stat(native(path).constData(), &after), 0);
    QVERIFY(after.st_ino != before.st_ino); // renamed over, not rewritten in place
    QCOMPARE(old.readAll(), QByteArray("old content, longer than the new"));
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("out.json")}); // no temporary left
}

void TestOutputs::missingFileCreated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.json"));
    QString error;
    QVERIFY2(OutputFile::write(path, "{}", &error), qPrintable(error));
    QCOMPARE(typeOf(path), mode_t(S_IFREG));
    QCOMPARE(readAll(path), QByteArray("{}"));
}

void TestOutputs::characterDevice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("null"));
    if (!makeDevice(path, 3))
        QSKIP(qPrintable(QStringLiteral("cannot make a device here (needs root): %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno)))));
    OutputFile file(path);
    QVERIFY2(file.open(), qPrintable(file.errorString()));
    QVERIFY(file.isInPlace());
    QVERIFY(file.write(payload()));
    QVERIFY2(file.commit(), qPrintable(file.errorString()));
    QCOMPARE(typeOf(path), mode_t(S_IFCHR));
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("null")});
}

void TestOutputs::fullDevice()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full"));
    if (!makeDevice(path, 7))
        QSKIP("cannot make a device here (needs root)");
    QString error;
    QVERIFY(!OutputFile::write(path, payload(), &error));
    QVERIFY2(error.contains(QStringLiteral("disk is full")), qPrintable(error));
    QCOMPARE(typeOf(path), mode_t(S_IFCHR));
}

void TestOutputs::fifo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(native(path).constData(), 0600), 0);
    FifoReader reader(path);
    QVERIFY(reader.isOpen());
    // Larger than a pipe's buffer: the writer waits for the reader, as it should.
    const QByteArray data = payload();
    QString error;
    QVERIFY2(OutputFile::write(path, data, &error), qPrintable(error));
    QCOMPARE(reader.finish(), data);
    QCOMPARE(typeOf(path), mode_t(S_IFIFO));
}

void TestOutputs::socket()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("socket"));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray name = native(path);
    QVERIFY(size_t(name.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, name.constData(), name.size());
    QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);

    QString error;
    QVERIFY(!OutputFile::write(path, "data", &error));
    QVERIFY2(error.contains(QStringLiteral("socket")), qPrintable(error));
    QCOMPARE(typeOf(path), mode_t(S_IFSOCK));
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("socket")});
}

void TestOutputs::symlinkFollowed()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("target.json"));
    const QString link = dir.filePath(QStringLiteral("link.json"));
    QVERIFY(writeAll(target, "old"));
    QVERIFY(QFile::link(target, link));
    QString error;
    QVERIFY2(OutputFile::write(link, "new", &error), qPrintable(error));
    QCOMPARE(typeOf(link), mode_t(S_IFLNK));
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QCOMPARE(readAll(target), QByteArray("new"));
    QCOMPARE(entriesOf(dir.path()).size(), 2);
}

void TestOutputs::symlinkToDevice()
{
    QTemporaryDir dir;
    const QString device = dir.filePath(QStringLiteral("null"));
    const QString link = dir.filePath(QStringLiteral("link"));
    if (!makeDevice(device, 3))
        QSKIP("cannot make a device here (needs root)");
    QVERIFY(QFile::link(device, link));
    QString error;
    QVERIFY2(OutputFile::write(link, "data", &error), qPrintable(error));
    QCOMPARE(typeOf(link), mode_t(S_IFLNK));
    QCOMPARE(typeOf(device), mode_t(S_IFCHR));
}

void TestOutputs::folder()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QString path = dir.filePath(QStringLiteral("folder"));
    QString error;
    QVERIFY(!OutputFile::write(path, "data", &error));
    QVERIFY2(error.contains(QStringLiteral("folder")), qPrintable(error));
    QCOMPARE(typeOf(path), mode_t(S_IFDIR));
    QVERIFY(entriesOf(path).isEmpty());
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("folder")});
}

void TestOutputs::missingFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("missing"));
    QString error;
    QVERIFY(!OutputFile::write(folder + QStringLiteral("/out.json"), "data", &error));
    QVERIFY2(error.contains(folder) && error.contains(QStringLiteral("does not exist")),
             qPrintable(error));
    QVERIFY(entriesOf(dir.path()).isEmpty());
}

void TestOutputs::readOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("root writes in read-only folders: this case cannot be tested as root");
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("readonly")));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    QString error;
    QVERIFY(!OutputFile::write(folder + QStringLiteral("/out.json"), "data", &error));
    QVERIFY2(error.contains(QStringLiteral("permission")) && error.contains(folder),
             qPrintable(error));
    QVERIFY(entriesOf(folder).isEmpty());
}

void TestOutputs::failedWriteKeepsOldFile()
{
    // A file size limit makes the write fail half-way, as a full disk would.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(writeAll(path, "old"));
    rlimit old;
    QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
    rlimit small = old;
    small.rlim_cur = 64 * 1024;
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
    QString error;
    const bool written = OutputFile::write(path, payload(), &error);
    ::setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previous);

    QVERIFY(!written);
    QVERIFY2(error.contains(QStringLiteral("nothing was written")), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("out.json")});
}

void TestOutputs::diskFull()
{
    QTemporaryDir dir;
    const QByteArray mountPoint = native(dir.path());
    if (::geteuid() != 0 ||
        ::mount("tmpfs", mountPoint.constData(), "tmpfs", 0, "size=256k,mode=0700") != 0)
        QSKIP("cannot mount a small file system here (needs root)");
    const auto unmount = qScopeGuard([&] { ::umount2(mountPoint.constData(), MNT_DETACH); });
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QVERIFY(writeAll(path, "old"));
    QString error;
    QVERIFY(!OutputFile::write(path, payload(), &error));
    QVERIFY2(error.contains(QStringLiteral("disk is full")) &&
                 error.contains(QStringLiteral("nothing was written")),
             qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("out.json")});
}

void TestOutputs::cancelKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.pdf"));
    QVERIFY(writeAll(path, "old"));
    {
        OutputFile file(path);
        QVERIFY(file.open());
        QVERIFY(!file.isInPlace());
        QVERIFY(file.write("new"));
        file.cancel();
        QVERIFY(!file.commit());
    }
    {
        OutputFile file(path);
        QVERIFY(file.open());
        QVERIFY(file.write("new")); // destroyed without commit()
    }
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("out.pdf")});
}

void TestOutputs::commandLineToDevice_data()
{
    QTest::addColumn<QString>("option");
    QTest::newRow("json") << QStringLiteral("--json");
    QTest::newRow("pdf") << QStringLiteral("--pdf");
}

void TestOutputs::commandLineToDevice()
{
    QFETCH(QString, option);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("null"));
    if (!makeDevice(path, 3))
        QSKIP("cannot make a device here (needs root)");
    const Run run = runParallax(QStringList{option, path} + samplePaths());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(typeOf(path), mode_t(S_IFCHR));
    QCOMPARE(entriesOf(dir.path()), QStringList{QStringLiteral("null")});
}

void TestOutputs::commandLineToFifo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(native(path).constData(), 0600), 0);
    FifoReader reader(path);
    QVERIFY(reader.isOpen());
    const Run run = runParallax(QStringList{QStringLiteral("--json"), path} + samplePaths());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject root = QJsonDocument::fromJson(reader.finish()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QStringLiteral("parallax-comparison"));
    QCOMPARE(typeOf(path), mode_t(S_IFIFO));
}

void TestOutputs::commandLineToFolder_data()
{
    commandLineToDevice_data();
}

void TestOutputs::commandLineToFolder()
{
    QFETCH(QString, option);
    QTemporaryDir dir;
    const Run run = runParallax(
        QStringList{QStringLiteral("--lang"), QStringLiteral("en"), option, dir.path()} +
        samplePaths());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(dir.path()) && run.err.contains(QStringLiteral("folder")),
             qPrintable(run.err));
    QVERIFY(entriesOf(dir.path()).isEmpty());
    QVERIFY(entriesOf(QFileInfo(dir.path()).absolutePath())
                .filter(QFileInfo(dir.path()).fileName())
                .size() == 1); // nothing beside it either
}

QTEST_GUILESS_MAIN(TestOutputs)
#include "tst_outputs.moc"
