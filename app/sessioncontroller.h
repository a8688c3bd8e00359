#pragma once

#include "recovery.h"
#include "session.h"

#include <QObject>

class QMenu;
class QWidget;

namespace Parallax {

class MainActions;
class SessionDocument;
class SourceListModel;

// Sessions as the window offers them: Save Session and Open Session with their dialogs and
// errors, Open Recent (sessions and sets of articles), and the question before unsaved changes
// are lost. It owns the comparison seen as a document (SessionDocument: the title bar, modified
// or not) and its autosave (Recovery), which a saved or opened session makes unneeded. It also
// keeps the folder the window's file dialogs start in.
class SessionController : public QObject
{
    Q_OBJECT

public:
    // window: the dialogs' parent, whose title bar names the session. sources: what the
    // comparison holds (a change marks the document modified and schedules an autosave).
    // snapshot: the comparison as a session, for Save. locate: asked for an article a session
    // names that is no longer where it was (see Session::open).
    SessionController(QWidget *window, SourceListModel *sources, Recovery::Snapshot snapshot,
                      Session::Locator locate);

    SessionDocument *document() const { return m_document; }
    Recovery *recovery() const { return m_recovery; }
    // Where the file dialogs start: the folder articles were last opened from.
    QString folder() const { return m_folder; }
    void setFolder(const QString &folder) { m_folder = folder; }

    // Writes the comparison to path; it becomes the document, no autosave is kept and the
    // session is recent. False and *error set when it cannot be written.
    bool save(const QString &path, QString *error);
    // Reads the session at path; opened() shows it, then it becomes the document as save() says.
    // False and *error set when it cannot be read.
    bool open(const QString &path, QString *error);
    // Asks where to save (proposing a name from the base's title, the one the comparison shows
    // as base) and saves; says why when it cannot. True when saved.
    bool showSaveDialog();
    // Saves to the session's file without asking; a comparison never saved asks where
    // (showSaveDialog()). True when saved.
    bool saveSession();
    // Open Session, Save Session and Save Session As do what their names say.
    void connectActions(const MainActions &actions);
    // Asks before unsaved changes are lost, then for a session file, and opens it.
    void showOpenDialog();
    // Asks before unsaved changes are lost; false: the user cancelled (or saving failed).
    bool mayDiscard();

    // Fills menu with the recent comparisons, newest first: sessions, and sets of articles
    // (chosen: recentSetChosen()).
    void fillRecentMenu(QMenu *menu);
    // Puts these paths (one session, or the articles of a comparison) first in the recent list;
    // the sample story is never listed.
    void remember(const QStringList &paths);

Q_SIGNALS:
    // A session was read: the window shows it (before it becomes the document).
    void opened(const Session &session);
    // A recent set of articles was chosen, and the user may lose what the window shows.
    void recentSetChosen(const QStringList &paths);

private:
    void tellNotSaved(const QString &path, const QString &error);
    void openWithMessage(const QString &path);

    QWidget *m_window;
    SourceListModel *m_sources;
    SessionDocument *m_document;
    Recovery *m_recovery;
    Recovery::Snapshot m_snapshot;
    Session::Locator m_locate;
    QString m_folder;
};

} // namespace Parallax
