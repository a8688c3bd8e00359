#include "sessiondocument.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QWidget>

namespace Parallax {

SessionDocument::SessionDocument(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_question = [this](const QString &name) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        name.isEmpty()
                            ? tr("The comparison has changes that are not saved in a session.")
                            : tr("%1 has changes that are not saved.").arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
        box.setObjectName(QStringLiteral("unsavedChanges"));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("Save them in a session before going on?"));
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            return Answer::Save;
        case QMessageBox::Discard:
            return Answer::Discard;
        default:
            return Answer::Cancel;
        }
    };
    updateTitle();
}

void SessionDocument::markModified()
{
    if (m_modified)
        return;
    m_modified = true;
    updateTitle();
    Q_EMIT modifiedChanged(true);
}

void SessionDocument::setSaved(const QString &path)
{
    m_path = path;
    const bool was = m_modified;
    m_modified = false;
    updateTitle();
    if (was)
        Q_EMIT modifiedChanged(false);
}

void SessionDocument::reset()
{
    setSaved(QString());
}

QString SessionDocument::proposedPath(const QString &title, const QString &folder) const
{
    if (!m_path.isEmpty())
        return m_path;
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    QString name = title.simplified().replace(unsafe, QStringLiteral(" ")).simplified();
    if (name.size() > 60)
        name = name.left(60).trimmed();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.isEmpty())
        name = tr("Comparison");
    return QDir(folder).filePath(name + QStringLiteral(".parallax"));
}

bool SessionDocument::confirmLoss(const std::function<bool()> &save)
{
    if (!m_modified)
        return true;
    switch (m_question(m_path.isEmpty() ? QString() : QFileInfo(m_path).fileName())) {
    case Answer::Save:
        return save();
    case Answer::Discard:
        return true;
    case Answer::Cancel:
        break;
    }
    return false;
}

void SessionDocument::updateTitle()
{
    const QString name = m_path.isEmpty() ? QString() : QFileInfo(m_path).fileName();
    // Qt draws "[*]" as "*" while the window is modified, and hides it otherwise.
    // Ending in the application's name, so that Qt does not add it again.
    m_window->setWindowTitle(name.isEmpty() ? tr("Untitled[*] - Parallax")
                                            : tr("%1[*] - Parallax").arg(name));
    m_window->setWindowModified(m_modified);
}

} // namespace Parallax
