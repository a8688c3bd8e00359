#include "findbar.h"

#include "elidedlabel.h"
#include "synopsismodel.h"
#include "textcleanup.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
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
    m_list = new QToolButton(this);
    m_list->setText(tr("&Hits"));
    m_list->setAccessibleName(tr("List of hits by source"));
    m_list->setPopupMode(QToolButton::InstantPopup);
    m_hitsMenu = new QMenu(m_list);
    m_list->setMenu(m_hitsMenu);
    m_list->setEnabled(false);
    connect(m_hitsMenu, &QMenu::aboutToShow, this, &FindBar::fillHitsMenu);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("findClose"));
    close->setText(tr("Close"));
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_result, 2);
    layout->addWidget(m_list);
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
    m_model->setFindText({});
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
        m_list->setEnabled(false);
        m_model->setFindText({});
        m_result->clear();
        return 0;
    }
    // The texts are in NFC without invisible characters (TextRules::normalizedText): so is what
    // is looked for, however it was typed or pasted.
    const QString needle = TextRules::normalizedText(text);
    m_model->setFindText(needle); // the hits are marked in the cells
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
    m_list->setEnabled(!m_hits.isEmpty());
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

namespace {

// The words around text[at, at + length): about `context` characters on each side, cut between
// words, with an ellipsis where text is left out; as plain text on one line.
QString excerptAround(const QString &text, qsizetype at, qsizetype length, qsizetype context = 30)
{
    // Start at a word's beginning and end at a word's end, the hit's own word whole.
    qsizetype start = std::max<qsizetype>(0, at - context);
    if (start > 0 && !text.at(start - 1).isSpace()) {
        const qsizetype space = text.indexOf(u' ', start);
        start = space >= 0 && space < at ? space + 1 : text.lastIndexOf(u' ', at) + 1;
    }
    qsizetype end = std::min(text.size(), at + length + context);
    if (end < text.size() && !text.at(end).isSpace()) {
        const qsizetype space = text.lastIndexOf(u' ', end);
        const qsizetype after = text.indexOf(u' ', at + length);
        end = space >= at + length ? space : after < 0 ? text.size() : after;
    }
    QString out = text.mid(start, end - start).simplified();
    if (start > 0)
        out.prepend(u'\u2026');
    if (end < text.size())
        out.append(u'\u2026');
    return out;
}

} // namespace

void FindBar::fillHitsMenu()
{
    m_hitsMenu->clear();
    const ComparisonStatePtr &state = m_model->state();
    if (!state)
        return;
    constexpr int kPerSource = 40; // more are reached with F3
    const QString needle = m_model->findText();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QList<int> hits; // indices into m_hits
        for (int h = 0; h < m_hits.size(); ++h) {
            if (m_hits.at(h).x() == column)
                hits.append(h);
        }
        if (hits.isEmpty())
            continue;
        const Article &article = state->articles.at(column);
        QStringList about{state->sourceName(column)};
        if (!article.metadata.outlet.isEmpty())
            about.append(article.metadata.outlet);
        if (article.metadata.date.isValid())
            about.append(QLocale().toString(article.metadata.date, QLocale::ShortFormat));
        // A long title would widen the menu past the screen: its middle is left out.
        const QFontMetrics metrics(m_hitsMenu->font());
        m_hitsMenu->addSection(metrics.elidedText(
            about.join(QStringLiteral(" · ")), Qt::ElideMiddle, metrics.averageCharWidth() * 70));
        for (int k = 0; k < std::min<int>(int(hits.size()), kPerSource); ++k) {
            const int h = hits.at(k);
            const QPoint hit = m_hits.at(h);
            // The words around the hit, as plain text (a menu item never reads markup).
            const QString cell = m_model->index(hit.y(), hit.x()).data().toString();
            const qsizetype at =
                std::max<qsizetype>(0, cell.indexOf(needle, 0, Qt::CaseInsensitive));
            QString excerpt = excerptAround(cell, at, needle.size());
            excerpt.replace(u'&', QStringLiteral("&&"));
            QAction *action = m_hitsMenu->addAction(
                tr("Row %1: %2")
                    .arg(m_model->headerData(hit.y(), Qt::Vertical).toString(), excerpt));
            connect(action, &QAction::triggered, this, [this, h] {
                m_current = h;
                const QPoint chosen = m_hits.at(h);
                Q_EMIT hitChosen(m_model->index(chosen.y(), chosen.x()));
            });
        }
        if (hits.size() > kPerSource)
            m_hitsMenu->addAction(tr("%1 more (F3)").arg(hits.size() - kPerSource))
                ->setEnabled(false);
    }
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
