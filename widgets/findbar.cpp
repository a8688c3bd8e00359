#include "findbar.h"

#include "elidedlabel.h"
#include "synopsismodel.h"
#include "textcleanup.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QToolButton>

namespace Parallax {

FindBar::FindBar(SynopsisModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *label = new QLabel(tr("F&ind:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setAccessibleName(tr("Find in all sources"));
    m_edit->setClearButtonEnabled(true);
    label->setBuddy(m_edit);
    m_result = new ElidedLabel(this); // names every source: never widens the window
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_result, 2);
    layout->addWidget(close);
    hide();
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) { find(text); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] { findNext(+1); });
    connect(close, &QToolButton::clicked, this, &FindBar::dismiss);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &FindBar::dismiss,
                                 Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(escape);
}

void FindBar::dismiss()
{
    hide();
    Q_EMIT closed();
}

void FindBar::open()
{
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void FindBar::refresh()
{
    m_hits.clear();
    if (isVisible())
        find(m_edit->text());
}

int FindBar::find(const QString &text)
{
    m_hits.clear();
    m_current = -1;
    const ComparisonStatePtr &state = m_model->state();
    if (text.isEmpty() || !state) {
        m_result->clear();
        return 0;
    }
    // The texts are in NFC without invisible characters (TextRules::normalizedText): so is what
    // is looked for, however it was typed or pasted.
    const QString needle = TextRules::normalizedText(text);
    QList<int> perSource(m_model->columnCount(), 0);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QString cell = m_model->index(row, column).data().toString();
            const int hits = int(cell.count(needle, Qt::CaseInsensitive));
            if (hits > 0) {
                perSource[column] += hits;
                m_hits.append(QPoint(column, row));
            }
        }
    }
    int total = 0;
    QStringList parts;
    for (int column = 0; column < perSource.size(); ++column) {
        total += perSource.at(column);
        parts.append(
            tr("%1: %2").arg(state->sourceName(column), QString::number(perSource.at(column))));
    }
    m_result->setText(total ? tr("%n hit(s). %1", nullptr, total).arg(parts.join(u"; "))
                            : tr("Not found"));
    if (!m_hits.isEmpty())
        findNext(+1);
    return total;
}

QString FindBar::summary() const
{
    return m_result->text();
}

void FindBar::findNext(int direction)
{
    if (m_hits.isEmpty())
        return;
    m_current = int((m_current + direction + m_hits.size()) % m_hits.size());
    const QPoint hit = m_hits.at(m_current);
    Q_EMIT hitChosen(m_model->index(hit.y(), hit.x()));
}

} // namespace Parallax
