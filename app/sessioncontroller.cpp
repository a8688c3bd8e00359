#include "sessioncontroller.h"

#include "appsettings.h"
#include "comparisoncontroller.h"
#include "mainactions.h"
#include "sessiondocument.h"
#include "sourcelistmodel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>

namespace Parallax {

namespace {

bool isSessionFile(const QStringList &paths)
{
    return paths.size() == 1 && paths.first().endsWith(QStringLiteral(".parallax"));
}

} // namespace

SessionController::SessionController(QWidget *window, SourceListModel *sources,
                                     Recovery::Snapshot snapshot, Session::Locator locate)
    : QObject(window)
    , m_window(window)
    , m_sources(sources)
    , m_document(new SessionDocument(window))
    , m_recovery(new Recovery(window))
    , m_snapshot(std::move(snapshot))
    , m_locate(std::move(locate))
{
    connect(m_sources, &SourceListModel::sourcesChanged, m_recovery, &Recovery::scheduleSave);
    connect(m_sources, &SourceListModel::sourcesChanged, m_document,
            &SessionDocument::markModified);
}

bool SessionController::save(const QString &path, QString *error)
{
    if (!m_snapshot().save(path, error))
        return false;
    m_recovery->clear(); // the session file holds it now
    m_document->setSaved(path);
    remember({path});
    return true;
}

bool SessionController::open(const QString &path, QString *error)
{
    const std::optional<Session> session = Session::open(path, m_locate, error);
    if (!session)
        return false;
    Q_EMIT opened(*session);
    m_recovery->clear(); // the comparison is that of a file
    m_document->setSaved(path);
    remember({path});
    return true;
}

void SessionController::tellNotSaved(const QString &path, const QString &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Session not saved"),
                    tr("%1: %2").arg(QDir::toNativeSeparators(path), error), QMessageBox::Ok,
                    m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void SessionController::connectActions(const MainActions &actions)
{
    using Id = MainActions::Id;
    connect(actions.action(Id::OpenSession), &QAction::triggered, this,
            [this] { showOpenDialog(); });
    connect(actions.action(Id::SaveSession), &QAction::triggered, this, [this] { saveSession(); });
    connect(actions.action(Id::SaveSessionAs), &QAction::triggered, this,
            [this] { showSaveDialog(); });
}

bool SessionController::saveSession()
{
    const QString path = m_document->path();
    if (path.isEmpty())
        return showSaveDialog();
    QString error;
    if (save(path, &error))
        return true;
    tellNotSaved(path, error);
    return false;
}

bool SessionController::showSaveDialog()
{
    const int base = m_sources->shownBaseRow();
    const QString title = base >= 0 ? m_sources->name(base) : QString();
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Session"),
                                                m_document->proposedPath(title, m_folder),
                                                tr("Parallax sessions (*.parallax)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QStringLiteral(".parallax")))
        path += QStringLiteral(".parallax");
    QString error;
    if (!save(path, &error)) {
        tellNotSaved(path, error);
        return false;
    }
    return true;
}

void SessionController::openWithMessage(const QString &path)
{
    QString error;
    if (!open(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Session not opened"),
                        tr("%1: %2").arg(QDir::toNativeSeparators(path), error), QMessageBox::Ok,
                        m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void SessionController::showOpenDialog()
{
    if (!mayDiscard())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Session"), m_folder,
                                                      tr("Parallax sessions (*.parallax)"));
    if (!path.isEmpty())
        openWithMessage(path);
}

bool SessionController::mayDiscard()
{
    if (m_sources->rowCount() == 0)
        return true; // nothing to lose
    return m_document->confirmLoss([this] { return saveSession(); });
}

void SessionController::remember(const QStringList &paths)
{
    if (paths != ComparisonController::sampleStoryPaths())
        AppSettings::rememberSet(paths);
}

void SessionController::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = AppSettings::recentSets();
    for (const QString &entry : recent) {
        const QStringList paths = entry.split(u'\n');
        QString first = QFileInfo(paths.first()).fileName();
        first.replace(u'&', QStringLiteral("&&")); // not a shortcut mark
        const QString label = paths.size() == 1
                                  ? first
                                  : tr("%1 and %n more", nullptr, int(paths.size() - 1)).arg(first);
        if (isSessionFile(paths)) {
            QAction *action = menu->addAction(tr("%1 (session)").arg(first), this, [this, paths] {
                if (mayDiscard())
                    openWithMessage(paths.first());
            });
            action->setStatusTip(paths.first());
            continue;
        }
        QAction *action = menu->addAction(label, this, [this, paths] {
            if (mayDiscard())
                Q_EMIT recentSetChosen(paths);
        });
        action->setStatusTip(paths.join(QStringLiteral(", ")));
    }
    if (recent.isEmpty())
        menu->addAction(tr("No recent comparisons"))->setEnabled(false);
}

} // namespace Parallax
