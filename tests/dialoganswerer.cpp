#include "dialoganswerer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace Parallax::Test {

DialogAnswerer::DialogAnswerer()
{
    m_timer.setInterval(0);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { poll(); });
}

void DialogAnswerer::arm(const DialogAnswers &answers)
{
    m_answers = answers;
    m_nextFile = 0;
    m_before.clear();
    for (QWidget *w : QApplication::topLevelWidgets())
        m_before.append(w);
    m_timer.start();
}

void DialogAnswerer::disarm()
{
    m_timer.stop();
}

void DialogAnswerer::poll()
{
    if (QWidget *popup = QApplication::activePopupWidget()) {
        popup->close();
        return;
    }
    QWidget *modal = QApplication::activeModalWidget();
    if (!modal || m_before.contains(modal) || modal->property("monkeyPending").toBool())
        return;
    // Answered from a posted call, not from this timer: the answer may open another dialog
    // (a "replace it?" question) that this timer must be free to answer.
    modal->setProperty("monkeyPending", true);
    const QPointer<QWidget> target(modal);
    QMetaObject::invokeMethod(
        &m_timer, [this, target] { answer(target); }, Qt::QueuedConnection);
}

void DialogAnswerer::answer(const QPointer<QWidget> &target)
{
    if (!target)
        return;
    const int tries = target->property("monkeyTries").toInt();
    target->setProperty("monkeyTries", tries + 1);
    target->setProperty("monkeyPending", false);
    auto *dialog = qobject_cast<QDialog *>(target);
    if (!dialog) {
        target->close();
        return;
    }
    if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
        QAbstractButton *button = box->button(m_answers.yes ? QMessageBox::Yes : QMessageBox::No);
        if (!button)
            button = box->defaultButton();
        if (!button)
            button = box->escapeButton();
        if (button && tries == 0)
            button->click();
        else
            box->done(QMessageBox::Cancel);
        return;
    }
    if (tries > 0 || !m_answers.accept) {
        dialog->reject();
        return;
    }
    if (auto *files = qobject_cast<QFileDialog *>(dialog)) {
        const QStringList paths = m_answers.files.value(m_nextFile++);
        if (paths.isEmpty()) {
            files->reject();
            return;
        }
        files->setDirectory(QFileInfo(paths.constFirst()).absolutePath());
        QStringList names;
        for (const QString &path : paths)
            names.append(u'"' + QFileInfo(path).fileName() + u'"');
        if (auto *edit = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            edit->setText(paths.size() == 1 ? QFileInfo(paths.constFirst()).fileName()
                                            : names.join(u' '));
        dialog->accept(); // QFileDialog's, protected there
        return;
    }
    if (auto *input = qobject_cast<QInputDialog *>(dialog);
        input && input->inputMode() == QInputDialog::DoubleInput) {
        input->setDoubleValue(m_answers.value);
        input->accept();
        return;
    }
    dialog->reject();
}

} // namespace Parallax::Test
