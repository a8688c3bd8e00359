#include "outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Parallax {

namespace {

enum class Kind { Atomic, InPlace, Folder, Socket };

// What is at the path, links followed. Anything that is not a device, a FIFO, a socket or a folder
// (a regular file, nothing, a broken link) is written atomically.
Kind kindOf(const QString &path)
{
    if (QFileInfo(path).isDir())
        return Kind::Folder;
#ifdef Q_OS_UNIX
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) == 0) {
        if (S_ISSOCK(status.st_mode))
            return Kind::Socket;
        if (S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode) || S_ISFIFO(status.st_mode))
            return Kind::InPlace;
    }
#endif
    return Kind::Atomic;
}

} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{}

OutputFile::~OutputFile()
{
    cancel();
}

bool OutputFile::open()
{
    cancel();
    m_error.clear();
    m_failed = false;
    const Kind kind = kindOf(m_path);
    m_inPlace = kind == Kind::InPlace;
    switch (kind) {
    case Kind::Folder:
        fail(tr("it is a folder, not a file"));
        return false;
    case Kind::Socket:
        fail(tr("it is a socket, which cannot be opened for writing"));
        return false;
    case Kind::InPlace: {
        // Unbuffered, so that a failing write says so at once; ExistingOnly, so that a device
        // that vanished since it was looked at is not replaced by a new regular file.
        m_file = std::make_unique<QFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::ExistingOnly | QIODevice::Unbuffered)) {
            fail(m_file->errorString());
            return false;
        }
        return true;
    }
    case Kind::Atomic:
        break;
    }
    // Unbuffered: a buffered QSaveFile learns of a failed last write only in commit(), too late.
    m_file = std::make_unique<QSaveFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        fail(openFailure());
        return false;
    }
    return true;
}

bool OutputFile::write(const QByteArray &data)
{
    if (m_failed)
        return false;
    if (!m_file || !m_file->isOpen()) {
        fail(tr("it was not opened"));
        return false;
    }
    // A short write is retried: it is how a disk that fills up half-way shows first, and only the
    // next write says why.
    for (qint64 done = 0; done < data.size();) {
        const qint64 written = m_file->write(data.constData() + done, data.size() - done);
        if (written <= 0) {
            fail(writeFailure());
            return false;
        }
        done += written;
    }
    return true;
}

bool OutputFile::commit()
{
    if (m_failed)
        return false;
    if (!m_file || !m_file->isOpen()) {
        fail(tr("it was not opened"));
        return false;
    }
    bool ok = true;
    if (auto *save = qobject_cast<QSaveFile *>(m_file.get())) {
        ok = save->commit(); // removes the temporary file when it fails
    } else {
        m_file->close();
        ok = m_file->error() == QFileDevice::NoError;
    }
    if (!ok) {
        fail(writeFailure());
        return false;
    }
    m_file.reset();
    return true;
}

void OutputFile::cancel()
{
    if (auto *save = qobject_cast<QSaveFile *>(m_file.get()); save && save->isOpen())
        save->cancelWriting(); // QSaveFile removes the temporary file when destroyed
    m_file.reset();
}

bool OutputFile::write(const QString &path, const QByteArray &data, QString *error)
{
    OutputFile file(path);
    if (file.open() && file.write(data) && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

void OutputFile::fail(const QString &reason)
{
    m_error = reason;
    m_failed = true;
    cancel();
}

QString OutputFile::writeFailure() const
{
    // Qt reports ENOSPC (and EDQUOT) as a ResourceError.
    if (m_file->error() == QFileDevice::ResourceError)
        return m_inPlace
                   ? tr("the disk is full (%1)").arg(m_file->errorString())
                   : tr("the disk is full (%1); nothing was written").arg(m_file->errorString());
    const QString reason = m_file->error() == QFileDevice::NoError
                               ? tr("the data could not all be written")
                               : m_file->errorString();
    return m_inPlace ? reason : tr("%1; nothing was written").arg(reason);
}

QString OutputFile::openFailure() const
{
    // QSaveFile writes its temporary file beside the final target of links.
    QFileInfo target(m_path);
    for (int depth = 0; depth < 32 && target.isSymLink(); ++depth)
        target.setFile(target.symLinkTarget());
    const QString folder = target.absolutePath();
    const QFileInfo folderInfo(folder);
    const QString shown = QDir::toNativeSeparators(folder);
    if (!folderInfo.exists())
        return tr("the folder %1 does not exist").arg(shown);
    if (!folderInfo.isDir())
        return tr("%1 is not a folder").arg(shown);
#ifdef Q_OS_UNIX
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return errno == EROFS ? tr("the folder %1 is on a read-only file system").arg(shown)
                              : tr("no permission to write in the folder %1").arg(shown);
    if (target.exists() && ::access(QFile::encodeName(target.filePath()).constData(), W_OK) != 0)
        return tr("no permission to write to the file");
#endif
    return m_file->errorString();
}

} // namespace Parallax
