#pragma once

#include "session.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QLockFile;
class QWidget;

namespace Parallax {

// Crash recovery, as editors do it. While the comparison holds something no session file holds
// (pasted text above all), it is autosaved a few seconds after each change as a session, into one
// file of this process in the recovery folder, written atomically. A lock file beside it is held
// for as long as the autosave exists. A saved or opened session, an empty comparison and an
// orderly exit remove both.
//
// An autosave whose lock no running process holds was left by a crash, a kill or a power cut: the
// next start offers to restore it. QLockFile tells: the lock names the process and the boot, and
// a lock of a process that is gone is stale. A lock naming this very process ID (a sandbox that
// gives every start the same ID) is stale too unless someone still holds its file lock.
class Recovery : public QObject
{
    Q_OBJECT

public:
    // An autosave that a process that is gone left behind.
    struct Autosave
    {
        QString path;
        QDateTime saved;
        int sources = 0;
    };
    enum class Answer { Restore, Discard, Later };
    using Snapshot = std::function<Session()>;
    using Question = std::function<Answer(const Autosave &)>;

    // Inactive (autosaves nothing) until start(). Questions are asked over window.
    explicit Recovery(QWidget *window);
    ~Recovery() override; // an orderly exit: the autosave is removed

    // The user's data folder: QStandardPaths::AppDataLocation + "/recovery".
    static QString defaultFolder();
    // PARALLAX_AUTOSAVE_DELAY_MS, else 3 s.
    static int defaultDelay();

    // Autosaves what snapshot gives into folder from now on. False, and inactive, when the folder
    // cannot be made.
    bool start(const QString &folder, Snapshot snapshot);
    bool isActive() const { return !m_path.isEmpty(); }
    QString folder() const { return m_folder; }
    QString path() const { return m_path; } // this process's autosave (when there is one)
    void setDelay(int msec) { m_timer.setInterval(msec); }

    // The comparison changed: it is autosaved once no change came for the delay.
    void scheduleSave();
    // Autosaves now; with no sources, removes the autosave instead. False (and message()) when
    // it cannot be written.
    bool saveNow();
    // Nothing to recover any more (saved, opened from a file, or an orderly exit).
    void clear();

    // The autosaves of processes that are gone, newest first (none before start()). Each is locked
    // for this process until discarded, restored or released, so that a second Parallax starting
    // now does not offer it as well. A damaged one is set aside (renamed to *.damaged), never
    // offered, and reported by message().
    QList<Autosave> orphans();
    std::optional<Session> open(const Autosave &autosave, const Session::Locator &locate,
                                QString *error) const;
    void discard(const Autosave &autosave); // removes it for good
    void release();                         // leaves the others for the next start

    // The default asks with a message box (Restore or Discard).
    void setQuestion(Question ask) { m_ask = std::move(ask); }
    static QString questionText(const Autosave &autosave);
    // Asks about each orphan, newest first, until one is restored: restore() gets its session,
    // which becomes this process's autosave. Discarded ones are removed, the rest stay for the
    // next start. True when one was restored.
    bool offer(const Session::Locator &locate, const std::function<void(const Session &)> &restore);

Q_SIGNALS:
    void autosaved();
    void message(const QString &text); // for the status bar

private:
    Answer askWithBox(const Autosave &autosave) const;
    std::unique_ptr<QLockFile> claim(const QString &lockPath) const;
    void setAside(const QString &path, const QString &reason);

    QWidget *m_window = nullptr;
    QString m_folder;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    Snapshot m_snapshot;
    Question m_ask;
    QTimer m_timer;
    std::map<QString, std::unique_ptr<QLockFile>> m_claimed; // orphan path -> its lock
};

} // namespace Parallax
