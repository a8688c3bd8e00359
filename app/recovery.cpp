#include "recovery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include <algorithm>

namespace Parallax {

namespace {

const QString kPrefix = QStringLiteral("autosave-");
const QString kSuffix = QStringLiteral(".parallax");

QString lockPathOf(const QString &autosave)
{
    return autosave.chopped(kSuffix.size()) + QStringLiteral(".lock");
}

} // namespace

Recovery::Recovery(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelay());
    connect(&m_timer, &QTimer::timeout, this, &Recovery::saveNow);
    m_ask = [this](const Autosave &autosave) { return askWithBox(autosave); };
}

Recovery::~Recovery()
{
    clear();
}

QString Recovery::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

int Recovery::defaultDelay()
{
    bool ok = false;
    const int delay = qEnvironmentVariableIntValue("PARALLAX_AUTOSAVE_DELAY_MS", &ok);
    return ok && delay >= 0 ? delay : 3000;
}

bool Recovery::start(const QString &folder, Snapshot snapshot)
{
    clear();
    m_path.clear();
    m_lock.reset();
    if (!QFileInfo::exists(folder)) {
        // The autosaves hold what the user pasted: theirs alone to read.
        if (!QDir().mkpath(folder) ||
            !QFile::setPermissions(folder,
                                   QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            qWarning("Parallax: no autosave, %s cannot be made", qPrintable(folder));
            return false;
        }
    }
    m_folder = folder;
    m_snapshot = std::move(snapshot);
    // The process ID names the file; the start time keeps apart two processes that were given
    // the same ID.
    m_path = QDir(folder).filePath(kPrefix +
                                   QStringLiteral("%1-%2")
                                       .arg(QCoreApplication::applicationPid())
                                       .arg(QDateTime::currentMSecsSinceEpoch()) +
                                   kSuffix);
    m_lock = std::make_unique<QLockFile>(lockPathOf(m_path));
    m_lock->setStaleLockTime(0); // held for as long as Parallax runs
    return true;
}

void Recovery::scheduleSave()
{
    if (isActive())
        m_timer.start();
}

bool Recovery::saveNow()
{
    m_timer.stop();
    if (!isActive() || !m_snapshot)
        return false;
    const Session session = m_snapshot();
    if (session.sources.isEmpty()) {
        clear();
        return true;
    }
    // Locked before the autosave exists and released after it is gone: an autosave without a
    // held lock is always an orphan.
    if (!m_lock->isLocked() && !m_lock->tryLock(0)) {
        Q_EMIT message(tr("Autosave failed: %1 cannot be created.")
                           .arg(QDir::toNativeSeparators(m_lock->fileName())));
        return false;
    }
    QString error;
    if (!session.save(m_path, &error)) {
        Q_EMIT message(tr("Autosave failed: %1: %2").arg(QDir::toNativeSeparators(m_path), error));
        return false;
    }
    Q_EMIT autosaved();
    return true;
}

void Recovery::clear()
{
    m_timer.stop();
    if (!isActive())
        return;
    QFile::remove(m_path);
    m_lock->unlock();
}

std::unique_ptr<QLockFile> Recovery::claim(const QString &lockPath) const
{
    auto lock = std::make_unique<QLockFile>(lockPath);
    lock->setStaleLockTime(0); // a live Parallax may hold its lock for days
    if (lock->tryLock(0))
        return lock; // no lock, or the process that held it is gone
    qint64 pid = 0;
    // QLockFile takes a lock naming this very process for a live one. It is not ours (that one is
    // never claimed): left by an earlier process that had the same ID. The file lock (flock) keeps
    // removeStaleLockFile() from taking one that another Recovery still holds.
    if (lock->error() == QLockFile::LockFailedError && lock->getLockInfo(&pid, nullptr, nullptr) &&
        pid == QCoreApplication::applicationPid() && lock->removeStaleLockFile() &&
        lock->tryLock(0))
        return lock;
    return nullptr;
}

void Recovery::setAside(const QString &path, const QString &reason)
{
    const QString aside = path + QStringLiteral(".damaged");
    QFile::remove(aside);
    QFile::rename(path, aside);
    qWarning("Parallax: damaged autosave set aside as %s: %s", qPrintable(aside),
             qPrintable(reason));
    Q_EMIT message(tr("An autosave could not be read and was set aside as %1 (%2).")
                       .arg(QDir::toNativeSeparators(aside), reason));
}

QList<Recovery::Autosave> Recovery::orphans()
{
    if (!isActive())
        return {};
    const QDir dir(m_folder);
    QList<Autosave> found;
    for (const QFileInfo &info : dir.entryInfoList({kPrefix + u'*' + kSuffix}, QDir::Files)) {
        const QString path = info.absoluteFilePath();
        if (path == m_path || m_claimed.count(path))
            continue;
        std::unique_ptr<QLockFile> lock = claim(lockPathOf(path));
        if (!lock)
            continue; // its process is running
        QString error;
        const int sources = Session::countSources(path, &error);
        if (sources < 0) {
            setAside(path, error);
            continue; // the lock goes with it
        }
        found.append({path, info.lastModified(), sources});
        m_claimed[path] = std::move(lock);
    }
    // Locks of processes that ended before they autosaved anything.
    for (const QFileInfo &info : dir.entryInfoList({kPrefix + QStringLiteral("*.lock")})) {
        const QString autosave = info.absoluteFilePath().chopped(5) + kSuffix;
        if (!QFileInfo::exists(autosave) && info.absoluteFilePath() != m_lock->fileName())
            claim(info.absoluteFilePath()); // unlocked (and so removed) right away when stale
    }
    std::sort(found.begin(), found.end(),
              [](const Autosave &a, const Autosave &b) { return a.saved > b.saved; });
    return found;
}

std::optional<Session> Recovery::open(const Autosave &autosave, const Session::Locator &locate,
                                      QString *error) const
{
    return Session::open(autosave.path, locate, error);
}

void Recovery::discard(const Autosave &autosave)
{
    QFile::remove(autosave.path);
    m_claimed.erase(autosave.path); // unlocks: the lock file goes too
}

void Recovery::release()
{
    m_claimed.clear();
}

QString Recovery::questionText(const Autosave &autosave)
{
    return tr("Parallax did not close properly last time. It autosaved the comparison at %1: "
              "%n source(s).",
              nullptr, autosave.sources)
        .arg(QLocale().toString(autosave.saved, QLocale::ShortFormat));
}

Recovery::Answer Recovery::askWithBox(const Autosave &autosave) const
{
    QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Comparison"), questionText(autosave),
                    QMessageBox::NoButton, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Restore opens it again. Discard deletes it for good."));
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore)
        return Answer::Restore;
    return box.clickedButton() == discard ? Answer::Discard : Answer::Later;
}

bool Recovery::offer(const Session::Locator &locate,
                     const std::function<void(const Session &)> &restore)
{
    bool restored = false;
    const QList<Autosave> found = orphans();
    for (const Autosave &autosave : found) {
        const Answer answer = m_ask(autosave);
        if (answer == Answer::Discard) {
            discard(autosave);
        } else if (answer == Answer::Restore) {
            QString error;
            const std::optional<Session> session = open(autosave, locate, &error);
            if (!session) {
                m_claimed.erase(autosave.path);
                setAside(autosave.path, error);
                continue;
            }
            restore(*session);
            // Kept until it is this process's autosave: a crash right now loses nothing.
            if (saveNow())
                discard(autosave);
            restored = true;
            break;
        }
    }
    release();
    return restored;
}

} // namespace Parallax
