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

DialogAnswerer::DialogAnswerer(std::function<void(const QString &)> note)
    : m_note(std::move(note))
{
    m_timer.setInterval(0);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { poll(); });
}

void DialogAnswerer::arm(const DialogAnswers &answers)
{
    m_answers = answers;
    m_nextFile = 0;
    m_before.clear();
    // Only those shown now: a hidden dialog kept for reuse (the print preview's print dialog) is
    // this step's when it opens again.
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w->isVisible())
            m_before.append(w);
    }
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
    const QString title = QStringLiteral("dialog \"%1\"").arg(target->windowTitle());
    if (!dialog) {
        m_note(title + QStringLiteral(": closed"));
        target->close();
        return;
    }
    if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
        const QList<QAbstractButton *> buttons = box->buttons();
        QAbstractButton *button = box->escapeButton();
        if (m_answers.accept && box->button(m_answers.preferred))
            button = box->button(m_answers.preferred);
        else if (m_answers.accept && !buttons.isEmpty())
            button = buttons.at(m_answers.button % buttons.size());
        if (button && tries == 0) {
            m_note(title + QStringLiteral(": ") + button->text().remove(u'&'));
            button->click();
        } else {
            m_note(title + QStringLiteral(": closed"));
            box->done(QMessageBox::Cancel);
        }
        return;
    }
    if (tries > 0 || !m_answers.accept) {
        m_note(title + QStringLiteral(": cancelled"));
        dialog->reject();
        return;
    }
    if (auto *files = qobject_cast<QFileDialog *>(dialog)) {
        const QStringList paths = files->acceptMode() == QFileDialog::AcceptSave
                                      ? QStringList{m_answers.save}
                                      : m_answers.open.value(m_nextFile++);
        if (paths.isEmpty() || paths.constFirst().isEmpty()) {
            m_note(title + QStringLiteral(": cancelled"));
            files->reject();
            return;
        }
        QStringList shown;
        for (const QString &path : paths)
            shown.append(QFileInfo(path).fileName());
        m_note(title + QStringLiteral(": ") + shown.join(u','));
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
        m_note(title + QStringLiteral(": %1").arg(m_answers.value));
        input->setDoubleValue(m_answers.value);
        input->accept();
        return;
    }
    m_note(title + QStringLiteral(": cancelled"));
    dialog->reject();
}

} // namespace Parallax::Test
