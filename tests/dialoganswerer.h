#pragma once

#include <QList>
#include <QMessageBox>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>

class QWidget;

namespace Parallax::Test {

// How the modal dialogs that open during one step are answered. Chosen before the step, so that
// a replay makes the same choices whatever dialogs turn up.
struct DialogAnswers
{
    bool accept = false;     // false: every dialog is cancelled
    QList<QStringList> open; // for the file dialogs that open files, in the order they come
    QString save;            // for every file dialog that saves
    double value = 0.45;     // for the threshold
    int button = 0;          // of a question's buttons ("Replace it?", "Unsaved changes")
    QMessageBox::StandardButton preferred = QMessageBox::NoButton; // before button, if offered
};

// While armed, answers each modal dialog as it opens, from inside the dialog's event loop: file
// dialogs get the chosen paths, the input dialog the chosen value, a message box the chosen one
// of its buttons, anything else is cancelled. A dialog still open after its answer (a file
// dialog that refused a missing file) is cancelled; popup menus are closed.
class DialogAnswerer
{
public:
    explicit DialogAnswerer(std::function<void(const QString &)> note);
    void arm(const DialogAnswers &answers);
    void disarm();

private:
    void poll();
    void answer(const QPointer<QWidget> &dialog);

    std::function<void(const QString &)> m_note; // what was answered, for the log
    QTimer m_timer;
    DialogAnswers m_answers;
    qsizetype m_nextFile = 0;
    QList<QPointer<QWidget>> m_before; // windows shown before: not this step's
};

} // namespace Parallax::Test
