#pragma once

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QWidget;

namespace Parallax::Test {

// How the modal dialogs that open during one step are answered. Chosen before the step, so that
// a replay makes the same choices whatever dialogs turn up.
struct DialogAnswers
{
    bool accept = false;      // false: every dialog is cancelled
    QList<QStringList> files; // one entry per file dialog, in the order they open
    double value = 0.45;      // for the threshold
    bool yes = true;          // "replace it?" and other questions
};

// While armed, answers each modal dialog as it opens, from inside the dialog's event loop: file
// dialogs get the chosen paths, the input dialog the chosen value, message boxes their Yes or
// default button, anything else is cancelled. A dialog still open after its answer (a file
// dialog that refused a missing file) is cancelled; popup menus are closed.
class DialogAnswerer
{
public:
    DialogAnswerer();
    void arm(const DialogAnswers &answers);
    void disarm();

private:
    void poll();
    void answer(const QPointer<QWidget> &dialog);

    QTimer m_timer;
    DialogAnswers m_answers;
    qsizetype m_nextFile = 0;
    QList<QPointer<QWidget>> m_before; // windows that were open before: not this step's
};

} // namespace Parallax::Test
