#include "quotationspanel.h"

#include "sourcecolors.h"

#include <QLabel>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Parallax {

namespace {

constexpr int SegmentRole = Qt::UserRole + 1; // qsizetype: the sentence an entry shows

// A tooltip that shows article text as it is: escaped, inside a paragraph, so that Qt never
// reads the text itself as markup.
QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace

QuotationsPanel::QuotationsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("quotationsTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Quotations compared across sources"));
    m_tree->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, &QuotationsPanel::onItemActivated);
    connect(m_tree, &QTreeWidget::itemClicked, this, &QuotationsPanel::onItemActivated);
    // The keyboard moves the view as well as the selection.
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onItemActivated(current); });
    setState({});
}

QTreeWidgetItem *QuotationsPanel::addSide(QTreeWidgetItem *parent, const QuotationSide &side)
{
    QStringList names;
    for (const qsizetype s : side.sources)
        names.append(m_state->sourceName(s));
    auto *item = new QTreeWidgetItem(parent);
    item->setText(0,
                  tr("\u201C%1\u201D \u2014 %2").arg(side.text, names.join(QStringLiteral(", "))));
    item->setToolTip(0, plainToolTip(side.text));
    if (!side.sources.isEmpty()) {
        QPixmap swatch(12, 12);
        swatch.fill(sourceColor(m_state->sources.value(side.sources.first()).colour, palette()));
        item->setIcon(0, swatch);
    }
    if (!side.segments.isEmpty())
        item->setData(0, SegmentRole, QVariant::fromValue(side.segments.first()));
    return item;
}

void QuotationsPanel::setState(ComparisonStatePtr state)
{
    m_state = std::move(state);
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    if (!m_state) {
        m_summary->setText(tr("No comparison yet."));
        return;
    }
    QList<const QuotationFinding *> changed, single, alike;
    for (const QuotationFinding &f : m_state->quotations) {
        switch (f.kind) {
        case QuotationFinding::Kind::Altered:
        case QuotationFinding::Kind::Partial:
            changed.append(&f);
            break;
        case QuotationFinding::Kind::Single:
            single.append(&f);
            break;
        case QuotationFinding::Kind::Agree:
            alike.append(&f);
            break;
        }
    }
    m_summary->setText(
        changed.isEmpty()
            ? tr("No quotation is worded differently between sources.")
            : tr("%n quotations are worded differently between sources, or printed in part.",
                 nullptr, int(changed.size())));
    for (const QuotationFinding *f : std::as_const(changed)) {
        auto *top = new QTreeWidgetItem(m_tree);
        const QString speaker = f->sides.isEmpty() || f->sides.first().speaker.isEmpty()
                                    ? tr("speaker not named")
                                    : f->sides.first().speaker;
        top->setText(0, f->kind == QuotationFinding::Kind::Altered
                            ? tr("Row %1 · altered quotation · %2").arg(f->unit + 1).arg(speaker)
                            : tr("Row %1 · quoted in part · %2").arg(f->unit + 1).arg(speaker));
        for (const QuotationSide &side : f->sides)
            addSide(top, side);
        if (top->childCount() > 0)
            top->setData(0, SegmentRole, top->child(0)->data(0, SegmentRole));
        top->setExpanded(true);
    }
    auto group = [&](const QList<const QuotationFinding *> &findings, const QString &title) {
        if (findings.isEmpty())
            return;
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, title);
        for (const QuotationFinding *f : findings) {
            for (const QuotationSide &side : f->sides) {
                QTreeWidgetItem *item = addSide(top, side);
                item->setText(0, tr("Row %1 · %2").arg(f->unit + 1).arg(item->text(0)));
            }
        }
    };
    group(single, tr("Printed by one source only: %n", nullptr, int(single.size())));
    group(alike, tr("Printed alike by several sources: %n", nullptr, int(alike.size())));
}

void QuotationsPanel::onItemActivated(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QVariant segment = item->data(0, SegmentRole);
    if (segment.isValid())
        Q_EMIT segmentActivated(segment.value<qsizetype>());
}

} // namespace Parallax
