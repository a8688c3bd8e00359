#include "detailspanel.h"

#include "earliest.h"
#include "notebook.h"
#include "plaintooltip.h"
#include "sourcecolors.h"
#include "timelineview.h"
#include "wrappingdelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Parallax {

namespace {

constexpr int kSegmentRole = Qt::UserRole + 1;

QIcon swatch(int colour, const QPalette &palette)
{
    return QIcon(sourceSwatch(colour, palette));
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Who added what, relative to:"), this);
    m_relative = new QComboBox(this);
    m_relative->addItem(tr("All other sources"));
    m_relative->addItem(tr("The base source"));
    m_relative->setAccessibleName(tr("Additions relative to"));
    heading->setBuddy(m_relative);
    layout->addWidget(heading);
    layout->addWidget(m_relative);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_additions = new QTreeWidget(splitter);
    m_additions->setHeaderHidden(true);
    m_additions->setAccessibleName(tr("Who added what"));
    WrappingDelegate::wrapItems(m_additions);

    auto *unitBox = new QWidget(splitter);
    auto *unitLayout = new QVBoxLayout(unitBox);
    unitLayout->setContentsMargins(0, 0, 0, 0);
    m_unitTitle = new QLabel(tr("Select a row to see which sources carry it."), unitBox);
    m_unitTitle->setTextFormat(Qt::PlainText);
    m_unitTitle->setWordWrap(true);
    // Source names are long and may have no space to wrap at: the title never widens the panel
    // (and with it the window); what does not fit is cut, and the tooltip has it whole.
    m_unitTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_unitTitle->setObjectName(QStringLiteral("unitTitle"));
    m_unitTitle->installEventFilter(this);
    m_unit = new QTreeWidget(unitBox);
    m_unit->setAccessibleName(tr("Sources carrying the selected row"));
    m_unit->setRootIsDecorated(false);
    m_unit->setHeaderLabels({tr("Source"), tr("Date"), tr("Score"), tr("First")});
    m_unit->header()->setStretchLastSection(false);
    m_unit->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    unitLayout->addWidget(m_unitTitle);
    auto *noteRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("N&ote:"), unitBox);
    m_noteStatus = new QComboBox(unitBox);
    m_noteStatus->setObjectName(QStringLiteral("noteStatus"));
    m_noteStatus->setAccessibleName(tr("Status of the selected row"));
    m_noteStatus->addItem(tr("No note"));
    for (NoteStatus status : {NoteStatus::Verified, NoteStatus::Disputed, NoteStatus::ToCheck})
        m_noteStatus->addItem(NoteBook::statusName(status));
    noteLabel->setBuddy(m_noteStatus);
    m_noteEdit = new QLineEdit(unitBox);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setAccessibleName(tr("Note on the selected row"));
    m_noteEdit->setPlaceholderText(tr("A short note (Enter keeps it)"));
    m_noteEdit->setMaxLength(500);
    m_noteEdit->setClearButtonEnabled(true);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_noteStatus);
    noteRow->addWidget(m_noteEdit, 1);
    unitLayout->addLayout(noteRow);
    unitLayout->addWidget(m_unit);
    connect(m_noteStatus, &QComboBox::activated, this, [this](int index) {
        if (index == 0)
            m_noteEdit->clear(); // "No note" clears it
        applyNote();
    });
    connect(m_noteEdit, &QLineEdit::editingFinished, this, &DetailsPanel::applyNote);

    auto *timelineBox = new QWidget(splitter);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    auto *timelineTitle = new QLabel(tr("In time order:"), timelineBox);
    m_timeline = new TimelineView(timelineBox);
    timelineTitle->setBuddy(m_timeline);
    timelineLayout->addWidget(timelineTitle);
    timelineLayout->addWidget(m_timeline);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);

    connect(m_relative, &QComboBox::currentIndexChanged, this, [this](int index) {
        fillAdditions();
        Q_EMIT relativeToBaseChanged(index == 1);
    });
    connect(m_additions, &QTreeWidget::itemActivated, this, &DetailsPanel::onItemActivated);
    connect(m_additions, &QTreeWidget::itemClicked, this, &DetailsPanel::onItemActivated);
    // Moving through the list with the keys moves the comparison with it.
    connect(m_additions, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && m_additions->hasFocus())
            onItemActivated(item);
    });
    connect(m_unit, &QTreeWidget::itemActivated, this, &DetailsPanel::onItemActivated);
    connect(m_timeline, &TimelineView::segmentActivated, this, &DetailsPanel::segmentActivated);
    connect(m_unit, &QTreeWidget::itemClicked, this, &DetailsPanel::onItemActivated);
    // Keys move the comparison too, once the list's own handling of the key is through (going
    // there shows the row again, which fills this list anew).
    connect(m_unit, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QVariant segment = item ? item->data(0, kSegmentRole) : QVariant();
        if (segment.isValid() && m_unit->hasFocus())
            QMetaObject::invokeMethod(
                this, [this, s = segment.value<qsizetype>()] { Q_EMIT segmentActivated(s); },
                Qt::QueuedConnection);
    });
}

void DetailsPanel::setState(ComparisonStatePtr state)
{
    const bool same = state && state->sameComparison(m_state.get());
    m_state = std::move(state);
    if (same)
        return; // only findings were added: the additions and the chosen row stay
    fillAdditions();
    showUnit(-1);
}

void DetailsPanel::setRelativeToBase(bool relative)
{
    m_relative->setCurrentIndex(relative ? 1 : 0);
}

bool DetailsPanel::relativeToBase() const
{
    return m_relative->currentIndex() == 1;
}

void DetailsPanel::fillAdditions()
{
    m_additions->clear();
    if (!m_state)
        return;
    const ComparisonState &state = *m_state;
    const bool toBase = relativeToBase();
    for (qsizetype s = 0; s < state.articles.size(); ++s) {
        auto *top = new QTreeWidgetItem(m_additions);
        top->setIcon(0, swatch(state.sources.at(s).colour, palette()));
        if (toBase && s == state.comparison.base) {
            top->setText(0, tr("%1: the base source").arg(state.sourceName(s)));
            continue;
        }
        int sentences = 0;
        int phrases = 0;
        for (const Addition &a : state.additions(toBase)) {
            if (a.source != s)
                continue;
            const Sentence *sentence = state.sentence(a.segment);
            const bool whole = sentence && a.start == 0 && a.end == sentence->text.size();
            whole ? ++sentences : ++phrases;
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, whole ? tr("Sentence: %1").arg(a.text) : tr("Adds: %1").arg(a.text));
            item->setData(0, kSegmentRole, QVariant::fromValue(a.segment));
        }
        // Relative to the base, a sentence may be in other sources too: the base lacks it.
        const QString whole = toBase ? tr("%n sentence(s) the base lacks", nullptr, sentences)
                                     : tr("%n sentence(s) only it carries", nullptr, sentences);
        top->setText(
            0, tr("%1: %2, %3")
                   .arg(state.sourceName(s), whole, tr("%n added phrase(s)", nullptr, phrases)));
        top->setExpanded(state.articles.size() <= 8);
    }
    m_additions->doItemsLayout();
}

void DetailsPanel::setNoteBook(NoteBook *notes)
{
    if (m_notes)
        disconnect(m_notes, nullptr, this, nullptr);
    m_notes = notes;
    if (m_notes)
        connect(m_notes, &NoteBook::changed, this, &DetailsPanel::showNote);
    showNote();
}

void DetailsPanel::showNote()
{
    const bool valid =
        m_notes && m_state && m_shownUnit >= 0 && m_shownUnit < m_state->comparison.units.size();
    m_noteStatus->setEnabled(valid);
    m_noteEdit->setEnabled(valid);
    const Note *note = valid ? m_notes->noteOf(m_shownUnit) : nullptr;
    m_noteStatus->setCurrentIndex(note ? int(note->status) + 1 : 0);
    // What the user is typing stays until Enter or leaving the field applies it.
    if (!m_noteEdit->hasFocus() || !valid)
        m_noteEdit->setText(note ? note->text : QString());
}

void DetailsPanel::applyNote()
{
    if (!m_notes || !m_state || m_shownUnit < 0)
        return;
    const int index = m_noteStatus->currentIndex();
    const QString text = m_noteEdit->text().simplified();
    if (index <= 0 && text.isEmpty()) {
        m_notes->clearNote(m_shownUnit);
        return;
    }
    // A note typed without a status is one to check.
    const NoteStatus status = index <= 0 ? NoteStatus::ToCheck : NoteStatus(index - 1);
    m_notes->setNote(m_shownUnit, status, text);
    showNote();
}

bool DetailsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_unitTitle && event->type() == QEvent::Resize)
        fitUnitTitle();
    return QWidget::eventFilter(watched, event);
}

void DetailsPanel::setUnitTitle(const QString &title)
{
    m_unitTitle->setText(title);
    m_unitTitle->setToolTip(plainToolTip(title));
    fitUnitTitle();
}

void DetailsPanel::fitUnitTitle()
{
    // Wrapped at the label's width; a word longer than the width (a file name) is cut, and the
    // tooltip has it whole.
    const int width = std::max(1, m_unitTitle->contentsRect().width());
    const QRect wrapped = m_unitTitle->fontMetrics().boundingRect(
        QRect(0, 0, width, QWIDGETSIZE_MAX), Qt::TextWordWrap, m_unitTitle->text());
    const QMargins margins = m_unitTitle->contentsMargins();
    m_unitTitle->setMinimumHeight(wrapped.height() + margins.top() + margins.bottom());
}

void DetailsPanel::showUnit(qsizetype unit)
{
    // Shown again for the cell the keys moved to: the source the user is on stays current.
    const QTreeWidgetItem *was = unit == m_shownUnit ? m_unit->currentItem() : nullptr;
    const QVariant wasSegment = was ? was->data(0, kSegmentRole) : QVariant();
    m_shownUnit = unit;
    showNote();
    m_unit->clear();
    m_timeline->showUnit(m_state.get(), unit);
    if (!m_state || unit < 0 || unit >= m_state->comparison.units.size()) {
        setUnitTitle(tr("Select a row to see which sources carry it."));
        return;
    }
    const ComparisonState &state = *m_state;
    const Unit &u = state.comparison.units.at(unit);
    // Which source published it first: the earliest date (and time) among those carrying it.
    const Earliest first = earliest(state.articles, u.sources);
    const QLocale locale;
    auto when = [&](const QDate &date, const QTime &time) {
        const QString day = locale.toString(date, QLocale::ShortFormat);
        return time.isValid() ? day + u' ' + locale.toString(time, QLocale::ShortFormat) : day;
    };
    QString title =
        tr("Row %1 is carried by %n source(s).", nullptr, int(u.support())).arg(unit + 1);
    if (!first.sources.isEmpty()) {
        // By their badges, the first few only: the list below marks each of them "first".
        constexpr qsizetype kNamed = 4;
        QStringList names;
        for (qsizetype s : first.sources.mid(0, kNamed))
            names.append(sourceBadge(state.sources.at(s).colour));
        QString list = names.join(QStringLiteral(", "));
        if (first.sources.size() > kNamed)
            list = tr("%1 and %n more", nullptr, int(first.sources.size() - kNamed)).arg(list);
        title += u'\n' + tr("First: %1, %2").arg(list, when(first.date, first.time));
        const QString caveat = uncertainDatesNote(state.articles, first, [&](qsizetype s) {
            return sourceBadge(state.sources.at(s).colour);
        });
        if (!caveat.isEmpty())
            title += QStringLiteral(" (%1)").arg(caveat);
    }
    if (first.undated > 0)
        title += (first.sources.isEmpty() ? QStringLiteral("\n") : QStringLiteral("; ")) +
                 tr("%n of %1 sources undated", nullptr, int(first.undated)).arg(first.total);
    setUnitTitle(title);
    // Each segment's best link score within the unit.
    QHash<qsizetype, double> best;
    for (const Link &link : state.comparison.links) {
        if (u.segments.contains(link.a) && u.segments.contains(link.b)) {
            best[link.a] = std::max(best.value(link.a), link.score);
            best[link.b] = std::max(best.value(link.b), link.score);
        }
    }
    for (qsizetype segment : u.segments) {
        const qsizetype s = state.comparison.sourceOf(segment);
        const ArticleMetadata &meta = state.articles.at(s).metadata;
        auto *item = new QTreeWidgetItem(m_unit);
        item->setIcon(0, swatch(state.sources.at(s).colour, palette()));
        item->setText(0, state.sourceName(s));
        item->setText(1, meta.date.isValid() ? when(meta.date, meta.time) : tr("undated"));
        item->setToolTip(1, plainToolTip(describeDateOrigin(meta.dateOrigin)));
        if (isUncertain(meta.dateOrigin))
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        item->setText(2, best.contains(segment) ? QLocale().toString(best.value(segment), 'f', 2)
                                                : QString());
        item->setText(3, first.sources.contains(s) ? tr("first") : QString());
        item->setData(0, kSegmentRole, QVariant::fromValue(segment));
        if (wasSegment.isValid() && wasSegment.value<qsizetype>() == segment) {
            const QSignalBlocker quiet(m_unit);
            m_unit->setCurrentItem(item);
        }
    }
    m_unit->resizeColumnToContents(1);
}

QString DetailsPanel::unitSummary() const
{
    return m_unitTitle->text();
}

void DetailsPanel::onItemActivated(QTreeWidgetItem *item)
{
    const QVariant segment = item ? item->data(0, kSegmentRole) : QVariant();
    if (segment.isValid())
        Q_EMIT segmentActivated(segment.value<qsizetype>());
}

} // namespace Parallax
