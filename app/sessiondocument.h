#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace Parallax {

// The window's comparison seen as a document, as editors show one: the session file it was last
// saved to or opened from (none for a comparison of files just opened), whether it changed since
// (a rename, a paste, a new base, hidden sources, other options), a title bar that says both
// ("Name.parallax[*] - Parallax", the mark drawn by Qt when modified), and a question before the
// changes are lost.
class SessionDocument : public QObject
{
    Q_OBJECT

public:
    enum class Answer { Save, Discard, Cancel };
    using Question = std::function<Answer(const QString &name)>;

    explicit SessionDocument(QWidget *window);

    QString path() const { return m_path; }
    bool isModified() const { return m_modified; }

    // A change a session would keep.
    void markModified();
    // Saved to, or opened from, a session file: the document is that file, unmodified.
    void setSaved(const QString &path);
    // A new comparison of files: no session file, nothing to lose yet.
    void reset();

    // Where Save Session proposes to write: the session's own file, else "<title>.parallax" in
    // folder, the title made safe for a file name (at most 60 characters).
    QString proposedPath(const QString &title, const QString &folder) const;

    // Asks whether to save unsaved changes before they are lost. Save calls save() and goes on
    // only when it succeeded; Discard goes on; Cancel (or closing the question) stops. True when
    // the caller may go on. Asks nothing when nothing changed.
    bool confirmLoss(const std::function<bool()> &save);
    // Replaces the message box (tests).
    void setQuestion(Question question) { m_question = std::move(question); }

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void updateTitle();

    QWidget *m_window;
    QString m_path;
    bool m_modified = false;
    Question m_question;
};

} // namespace Parallax
