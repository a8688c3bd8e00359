#include "pairview.h"

#include "elidingcombobox.h"
#include "plaintooltip.h"
#include "sourcecolors.h"
#include "tokenizer.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QSet>

#include <QTextBlock>
#include <QVBoxLayout>
#include <tuple>

namespace Parallax {

QPainterPath Connector::path(qreal width) const
{
    QPainterPath band;
    const qreal c = width / 2;
    band.moveTo(0, leftTop);
    band.cubicTo(c, leftTop, c, rightTop, width, rightTop);
    band.lineTo(width, rightBottom);
    band.cubicTo(c, rightBottom, c, leftBottom, 0, leftBottom);
    band.closeSubpath();
    return band;
}

bool Connector::isVisible(qreal height) const
{
    return std::max(leftBottom, rightBottom) >= 0 && std::min(leftTop, rightTop) <= height;
}

QColor Connector::fillColour(const QPalette &palette, bool moved)
{
    QColor fill = palette.color(moved ? QPalette::Highlight : QPalette::Text);
    fill.setAlphaF(moved ? 0.55f : 0.22f);
    return fill;
}

QColor Connector::outlineColour(const QPalette &palette, bool moved)
{
    QColor line = palette.color(moved ? QPalette::Highlight : QPalette::Text);
    line.setAlphaF(moved ? 0.9f : 0.5f);
    return line;
}

namespace {

class Gutter : public QWidget
{
public:
    explicit Gutter(PairView *view)
        : QWidget(view)
        , m_view(view)
    {
        setFixedWidth(48);
        setAccessibleName(PairView::tr("Connections between aligned sentences"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPalette &pal = palette();
        painter.fillRect(rect(), pal.color(QPalette::Window));
        const qreal offset = m_view->leftPane()->viewport()->mapTo(m_view, QPoint()).y() -
                             mapTo(m_view, QPoint()).y();
        for (Connector c : m_view->connectors()) {
            c.leftTop += offset;
            c.leftBottom += offset;
            c.rightTop += offset;
            c.rightBottom += offset;
            if (!c.isVisible(height()))
                continue;
            painter.setPen(QPen(Connector::outlineColour(pal, c.moved), c.moved ? 1.5 : 0.8));
            painter.setBrush(Connector::fillColour(pal, c.moved));
            painter.drawPath(c.path(width()));
        }
    }

private:
    PairView *m_view;
};

QTextCharFormat highlightFormat(const QColor &background, HighlightSpan::Kind kind,
                                const QPalette &palette)
{
    QTextCharFormat format;
    format.setBackground(background);
    format.setForeground(palette.color(QPalette::Text));
    format.setFontUnderline(true);
    if (kind == HighlightSpan::Kind::Changed)
        format.setUnderlineStyle(QTextCharFormat::DotLine);
    return format;
}

} // namespace

PairPane::PairPane(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

void PairPane::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        Q_EMIT paletteChanged();
}

void PairPane::setSource(const ComparisonState *state, qsizetype source, bool showFurniture)
{
    m_ranges.clear();
    m_order.clear();
    clear();
    if (!state || source < 0 || source >= state->articles.size())
        return;
    const Article &article = state->articles.at(source);
    QTextCursor cursor(document());
    QTextCharFormat plain;
    QTextCharFormat dim;
    dim.setForeground(palette().color(QPalette::PlaceholderText));
    dim.setFontItalic(true);
    qsizetype paragraph = -1;
    bool first = true;
    for (qsizetype k = 0; k < article.sentences.size(); ++k) {
        const Sentence &sentence = article.sentences.at(k);
        const bool story = isStoryText(sentence.kind);
        if (!story && !showFurniture)
            continue;
        if (sentence.paragraph != paragraph) {
            if (!first)
                cursor.insertBlock();
            paragraph = sentence.paragraph;
        } else {
            cursor.insertText(QStringLiteral(" "), plain);
        }
        first = false;
        const int start = cursor.position();
        cursor.insertText(sentence.text, story ? plain : dim); // plain text, never markup
        const qsizetype segment = state->comparison.segmentOf(source, k);
        m_ranges.insert(segment, {start, cursor.position()});
        m_order.append(segment);
    }
    moveCursor(QTextCursor::Start);
}

std::pair<int, int> PairPane::rangeOf(qsizetype segment) const
{
    return m_ranges.value(segment, {-1, -1});
}

std::pair<qreal, qreal> PairPane::extentOf(qsizetype segment) const
{
    const auto [start, end] = rangeOf(segment);
    if (start < 0)
        return {0, -1};
    QTextCursor a(document());
    a.setPosition(start);
    QTextCursor b(document());
    b.setPosition(end);
    const QRect top = cursorRect(a);
    const QRect bottom = cursorRect(b);
    return {qreal(top.top()), qreal(bottom.bottom())};
}

qsizetype PairPane::segmentAtTop() const
{
    const int position = cursorForPosition(QPoint(4, 4)).position();
    for (qsizetype segment : m_order) {
        const auto [start, end] = m_ranges.value(segment);
        if (position <= end)
            return segment;
    }
    return m_order.isEmpty() ? -1 : m_order.last();
}

void PairPane::scrollSegmentTo(qsizetype segment, qreal y)
{
    const auto [top, bottom] = extentOf(segment);
    if (bottom < top)
        return;
    QScrollBar *bar = verticalScrollBar();
    // QPlainTextEdit scrolls by lines; move until the segment sits near y.
    for (int guard = 0; guard < 200; ++guard) {
        const qreal now = extentOf(segment).first;
        const int step = now > y + 8 ? 1 : (now < y - 8 ? -1 : 0);
        if (step == 0 || bar->value() + step < bar->minimum() ||
            bar->value() + step > bar->maximum())
            break;
        bar->setValue(bar->value() + step);
    }
}

void PairPane::setHighlights(const QList<QTextEdit::ExtraSelection> &selections)
{
    setExtraSelections(selections);
}

PairView::PairView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *pickers = new QHBoxLayout;
    auto *leftLabel = new QLabel(tr("&Left:"), this);
    m_leftBox = new ElidingComboBox(this);
    m_leftBox->setAccessibleName(tr("Left source"));
    leftLabel->setBuddy(m_leftBox);
    auto *rightLabel = new QLabel(tr("&Right:"), this);
    m_rightBox = new ElidingComboBox(this);
    m_rightBox->setAccessibleName(tr("Right source"));
    rightLabel->setBuddy(m_rightBox);
    // Their width follows the window, never the titles they hold (a style or palette change
    // recomputes a box's size from its contents, and a long title then widened the window).
    for (QComboBox *box : {m_leftBox, m_rightBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(4);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    pickers->addWidget(leftLabel);
    pickers->addWidget(m_leftBox, 1);
    pickers->addSpacing(24);
    pickers->addWidget(rightLabel);
    pickers->addWidget(m_rightBox, 1);
    auto *shownLabel = new QLabel(tr("&Show:"), this);
    m_shownBox = new QComboBox(this);
    m_shownBox->setAccessibleName(tr("What the highlights show"));
    // Short items, so the box keeps its whole text in a window 1024 pixels wide; what each
    // shows is in its tooltip.
    m_shownBox->addItem(tr("Differences"));
    m_shownBox->setItemData(0, tr("Words that differ between the two sources"), Qt::ToolTipRole);
    m_shownBox->addItem(tr("Additions"));
    m_shownBox->setItemData(
        1, tr("What each source adds relative to the base or all others, as in the synopsis"),
        Qt::ToolTipRole);
    m_shownBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    shownLabel->setBuddy(m_shownBox);
    pickers->addSpacing(12);
    pickers->addWidget(shownLabel);
    pickers->addWidget(m_shownBox);
    layout->addLayout(pickers);
    m_verdict = new ElidedLabel(this);
    m_verdict->setObjectName(QStringLiteral("pairVerdict"));
    m_verdict->setAccessibleName(tr("How the two sources compare"));
    layout->addWidget(m_verdict);

    auto *panes = new QHBoxLayout;
    panes->setSpacing(0);
    m_left = new PairPane(this);
    m_left->setAccessibleName(tr("Left source text"));
    m_right = new PairPane(this);
    m_right->setAccessibleName(tr("Right source text"));
    m_gutter = new Gutter(this);
    panes->addWidget(m_left, 1);
    panes->addWidget(m_gutter);
    panes->addWidget(m_right, 1);
    layout->addLayout(panes, 1);

    for (PairPane *pane : {m_left, m_right})
        connect(pane, &PairPane::paletteChanged, this, &PairView::schedulePaletteRender);
    connect(m_leftBox, &QComboBox::currentIndexChanged, this, [this] { render(); });
    connect(m_rightBox, &QComboBox::currentIndexChanged, this, [this] { render(); });
    connect(m_shownBox, &QComboBox::currentIndexChanged, this, [this] { render(); });
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncScroll(m_left); });
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncScroll(m_right); });
}

void PairView::setState(ComparisonStatePtr state)
{
    if (state && state->sameComparison(m_state.get())) { // its findings are found: the relations
        m_state = std::move(state);
        m_relations = m_state->relations;
        updateVerdict();
        return;
    }
    const qsizetype left = leftSource();
    const qsizetype right = rightSource();
    m_state = std::move(state);
    m_relations = m_state ? m_state->relations : QList<SourceRelation>();
    fillSourceBoxes();
    const qsizetype count = m_state ? m_state->articles.size() : 0;
    const qsizetype base = m_state ? std::max<qsizetype>(0, m_state->comparison.base) : 0;
    const qsizetype newLeft = left >= 0 && left < count ? left : base;
    qsizetype newRight = right >= 0 && right < count && right != newLeft ? right : -1;
    for (qsizetype s = 0; newRight < 0 && s < count; ++s) {
        if (s != newLeft)
            newRight = s; // the first other source
    }
    setSources(count ? newLeft : -1, newRight); // renders
}

void PairView::setOptions(const ViewOptions &options)
{
    m_options = options;
    render();
}

void PairView::fillSourceBoxes()
{
    const QSignalBlocker a(m_leftBox);
    const QSignalBlocker b(m_rightBox);
    m_leftBox->clear();
    m_rightBox->clear();
    if (!m_state)
        return;
    for (qsizetype s = 0; s < m_state->articles.size(); ++s) {
        const QIcon swatch(sourceSwatch(m_state->sources.at(s).colour, palette()));
        m_leftBox->addItem(swatch, m_state->sourceName(s));
        m_rightBox->addItem(swatch, m_state->sourceName(s));
    }
}

void PairView::setSources(qsizetype left, qsizetype right)
{
    {
        const QSignalBlocker a(m_leftBox);
        const QSignalBlocker b(m_rightBox);
        m_leftBox->setCurrentIndex(int(left));
        m_rightBox->setCurrentIndex(int(right));
    }
    render();
}

void PairView::setShown(Shown shown)
{
    m_shownBox->setCurrentIndex(shown == Shown::Additions ? 1 : 0); // renders
}

PairView::Shown PairView::shown() const
{
    return m_shownBox->currentIndex() == 1 ? Shown::Additions : Shown::PairDifferences;
}

QString PairView::verdict() const
{
    return m_verdict->text();
}

void PairView::updateVerdict()
{
    const qsizetype left = leftSource();
    const qsizetype right = rightSource();
    if (!m_state || left < 0 || right < 0 || left >= m_state->articles.size() ||
        right >= m_state->articles.size()) {
        m_verdict->clear();
        return;
    }
    const Comparison &c = m_state->comparison;
    // Story sentences of `source` with a counterpart in `other`.
    auto matched = [&](qsizetype source, qsizetype other) {
        QSet<qsizetype> linked;
        for (const Link &link : std::as_const(m_pairLinks)) {
            if (c.sourceOf(link.a) == source && c.sourceOf(link.b) == other)
                linked.insert(link.a);
            else if (c.sourceOf(link.b) == source && c.sourceOf(link.a) == other)
                linked.insert(link.b);
        }
        qsizetype story = 0, found = 0;
        const Article &article = m_state->articles.at(source);
        for (qsizetype k = 0; k < article.sentences.size(); ++k) {
            if (!isStoryText(article.sentences.at(k).kind))
                continue;
            ++story;
            found += linked.contains(c.segmentOf(source, k));
        }
        return std::pair{found, story};
    };
    if (left == right) {
        m_verdict->setText(
            tr("The same source on both sides: choose another on the left or right."));
        return;
    }
    // Named by their badges (the boxes above hold the titles), so that the counts stay in view.
    const QString leftName = sourceBadge(m_state->sources.value(left).colour);
    const QString rightName = sourceBadge(m_state->sources.value(right).colour);
    const auto [leftFound, leftStory] = matched(left, right);
    const auto [rightFound, rightStory] = matched(right, left);
    QStringList parts;
    // How each is derived from the other, if it is.
    auto label = [&](qsizetype source, qsizetype other) {
        for (const SourceRelation &r : m_relations) {
            if (r.source == source && r.other == other)
                return r.label;
        }
        return SourceRelation::Label::None;
    };
    const SourceRelation::Label rightOfLeft = label(right, left);
    const SourceRelation::Label leftOfRight = label(left, right);
    auto derived = [](SourceRelation::Label l) {
        return l == SourceRelation::Label::CopyOf || l == SourceRelation::Label::RewordingOf;
    };
    // Derived both ways with no date to tell, whether or not each names the other as closest.
    auto mutualTo = [&](qsizetype source, qsizetype other) {
        const SourceRelation r = m_relations.value(source);
        return r.other == other && r.mutual;
    };
    if ((derived(rightOfLeft) && rightOfLeft == leftOfRight) ||
        (derived(rightOfLeft) && mutualTo(right, left)) ||
        (derived(leftOfRight) && mutualTo(left, right))) {
        const SourceRelation::Label l = derived(rightOfLeft) ? rightOfLeft : leftOfRight;
        parts.append(l == SourceRelation::Label::CopyOf
                         ? tr("copies of each other; the dates do not tell which came first")
                         : tr("rewordings of each other; the dates do not tell which came first"));
    } else {
        for (const auto &[l, copy, original] : {std::tuple{rightOfLeft, rightName, leftName},
                                                std::tuple{leftOfRight, leftName, rightName}}) {
            if (l == SourceRelation::Label::CopyOf)
                parts.append(tr("%1 is a copy of %2").arg(copy, original));
            else if (l == SourceRelation::Label::RewordingOf)
                parts.append(tr("%1 is a rewording of %2").arg(copy, original));
        }
    }
    // The relation first (it is the verdict), then the counts; the names are in the boxes above.
    parts.append(tr("left: %1 of %2 sentences matched on the right").arg(leftFound).arg(leftStory));
    parts.append(tr("right: %1 of %2 matched on the left").arg(rightFound).arg(rightStory));
    // Additions are not a comparison of these two: say against what they are.
    if (shown() == Shown::Additions)
        parts.append(m_options.relativeToBase
                         ? tr("highlighted: what each adds relative to the base")
                         : tr("highlighted: what each adds relative to all other sources"));
    m_verdict->setText(parts.join(QStringLiteral(" · ")));
    m_verdict->setToolTip(plainToolTip(
        m_verdict->text() + u'\n' +
        tr("%1: %2\n%3: %4")
            .arg(leftName, m_state->sourceName(left), rightName, m_state->sourceName(right))));
}

qsizetype PairView::leftSource() const
{
    return m_leftBox->currentIndex();
}

qsizetype PairView::rightSource() const
{
    return m_rightBox->currentIndex();
}

QList<Connector> PairView::connectors() const
{
    QList<Connector> result;
    if (!m_state)
        return result;
    const Comparison &c = m_state->comparison;
    const qsizetype left = leftSource();
    const qsizetype right = rightSource();
    for (const Link &link : m_pairLinks) {
        qsizetype a = link.a;
        qsizetype b = link.b;
        if (c.sourceOf(a) == right && c.sourceOf(b) == left)
            std::swap(a, b);
        if (c.sourceOf(a) != left || c.sourceOf(b) != right)
            continue;
        const auto [lt, lb] = m_left->extentOf(a);
        const auto [rt, rb] = m_right->extentOf(b);
        if (lb < lt || rb < rt)
            continue;
        Connector connector{lt, lb, rt, rb,
                            c.movedSegments.contains(a) || c.movedSegments.contains(b)};
        result.append(connector);
    }
    return result;
}

void PairView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        render();
}

void PairView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange || !m_state)
        return;
    for (int i = 0; i < m_leftBox->count() && i < m_state->sources.size(); ++i) {
        const QIcon swatch(sourceSwatch(m_state->sources.at(i).colour, palette()));
        m_leftBox->setItemIcon(i, swatch);
        m_rightBox->setItemIcon(i, swatch);
    }
    schedulePaletteRender();
}

void PairView::schedulePaletteRender()
{
    // Once every widget has its new palette: the panes may get theirs after this view (a hidden
    // pane only when it is shown), and their text is laid out in their colours.
    if (m_paletteRender || !m_state)
        return;
    m_paletteRender = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_paletteRender = false;
            render();
        },
        Qt::QueuedConnection);
}

void PairView::render()
{
    // Big sources are laid out only when the view is shown (it often sits in a hidden tab).
    if (!isVisible() && m_state) {
        qsizetype characters = 0;
        for (qsizetype s : {leftSource(), rightSource()}) {
            if (s >= 0 && s < m_state->articles.size()) {
                for (const Paragraph &p : m_state->articles.at(s).paragraphs)
                    characters += p.text.size();
            }
        }
        if (characters > 200 * 1024) {
            m_dirty = true;
            return;
        }
    }
    m_dirty = false;
    const qsizetype left = leftSource();
    const qsizetype right = rightSource();
    const ComparisonState *state = m_state.get();
    m_pairLinks = state && left >= 0 && right >= 0 && left != right
                      ? state->comparison.linksBetween(left, right)
                      : QList<Link>{};
    m_left->setSource(state, left, m_options.showFurniture);
    m_right->setSource(state, right, m_options.showFurniture);
    updateVerdict();
    if (!state || left < 0 || right < 0) {
        m_gutter->update();
        return;
    }
    const Comparison &c = state->comparison;
    // Each left sentence's counterparts on the right, from the links.
    QHash<qsizetype, QList<qsizetype>> partners;
    for (const Link &link : std::as_const(m_pairLinks)) {
        if (c.sourceOf(link.a) == left && c.sourceOf(link.b) == right) {
            partners[link.a].append(link.b);
            partners[link.b].append(link.a);
        } else if (c.sourceOf(link.a) == right && c.sourceOf(link.b) == left) {
            partners[link.a].append(link.b);
            partners[link.b].append(link.a);
        }
    }
    QList<QTextEdit::ExtraSelection> leftMarks, rightMarks;
    const QColor leftColour = sourceHighlight(state->sources.at(left).colour, palette());
    const QColor rightColour = sourceHighlight(state->sources.at(right).colour, palette());
    auto mark = [&](PairPane *pane, QList<QTextEdit::ExtraSelection> &marks, qsizetype segment,
                    qsizetype from, qsizetype to, HighlightSpan::Kind kind, const QColor &colour) {
        const auto [start, end] = pane->rangeOf(segment);
        if (start < 0 || to <= from)
            return;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(pane->document());
        selection.cursor.setPosition(start + int(from));
        selection.cursor.setPosition(std::min(end, start + int(to)), QTextCursor::KeepAnchor);
        selection.format = highlightFormat(colour, kind, palette());
        marks.append(selection);
    };
    const Tokenizer tokenizer(state->articles.at(left).metadata.language);
    auto sentenceText = [&](qsizetype segment) {
        const Sentence *s = state->sentence(segment);
        return s ? s->text : QString();
    };
    if (shown() == Shown::Additions && m_options.highlight == ViewOptions::Highlight::Added) {
        for (const Addition &a : state->additions(m_options.relativeToBase)) {
            if (a.source == left)
                mark(m_left, leftMarks, a.segment, a.start, a.end, HighlightSpan::Kind::Added,
                     leftColour);
            else if (a.source == right)
                mark(m_right, rightMarks, a.segment, a.start, a.end, HighlightSpan::Kind::Added,
                     rightColour);
        }
    } else {
        for (qsizetype segment : m_left->segments()) {
            const Sentence *s = state->sentence(segment);
            if (!s || !isStoryText(s->kind))
                continue;
            const QList<qsizetype> others = partners.value(segment);
            if (others.isEmpty()) {
                mark(m_left, leftMarks, segment, 0, s->text.size(), HighlightSpan::Kind::Inserted,
                     leftColour);
                continue;
            }
            const QString &text = s->text;
            const QString other = sentenceText(others.first());
            for (const DiffSpan &d :
                 wordDiff(tokenizer.tokenize(text), tokenizer.tokenize(other), m_options.diff)) {
                const HighlightSpan::Kind kind = d.kind == DiffSpan::Kind::Change
                                                     ? HighlightSpan::Kind::Changed
                                                     : HighlightSpan::Kind::Inserted;
                if (d.kind == DiffSpan::Kind::Delete || d.kind == DiffSpan::Kind::Change)
                    mark(m_left, leftMarks, segment, d.aBegin, d.aEnd, kind, leftColour);
                if (d.kind == DiffSpan::Kind::Insert || d.kind == DiffSpan::Kind::Change)
                    mark(m_right, rightMarks, others.first(), d.bBegin, d.bEnd, kind, rightColour);
            }
        }
        for (qsizetype segment : m_right->segments()) {
            const Sentence *s = state->sentence(segment);
            if (s && isStoryText(s->kind) && !partners.contains(segment))
                mark(m_right, rightMarks, segment, 0, s->text.size(), HighlightSpan::Kind::Inserted,
                     rightColour);
        }
    }
    m_left->setHighlights(leftMarks);
    m_right->setHighlights(rightMarks);
    m_gutter->update();
}

void PairView::showSegment(qsizetype segment)
{
    if (!m_state)
        return;
    const qsizetype source = m_state->comparison.sourceOf(segment);
    PairPane *pane =
        source == leftSource() ? m_left : (source == rightSource() ? m_right : nullptr);
    if (!pane) {
        setSources(source, source == leftSource() ? rightSource() : leftSource());
        pane = m_left;
    }
    const auto [start, end] = pane->rangeOf(segment);
    if (start < 0)
        return;
    QTextCursor cursor(pane->document());
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    pane->setTextCursor(cursor);
    pane->centerCursor();
}

void PairView::syncScroll(PairPane *from)
{
    if (m_syncing || !m_state)
        return;
    m_syncing = true; // the one guarded place: the other pane's scrolling lands back here
    PairPane *to = from == m_left ? m_right : m_left;
    const Comparison &c = m_state->comparison;
    const qsizetype target = to == m_left ? leftSource() : rightSource();
    // The first sentence at the top of the scrolled pane that has a counterpart in the other.
    const QList<qsizetype> &order = from->segments();
    const qsizetype top = from->segmentAtTop();
    for (qsizetype i = std::max<qsizetype>(0, order.indexOf(top)); i < order.size(); ++i) {
        const qsizetype segment = order.at(i);
        qsizetype partner = -1;
        for (const Link &link : std::as_const(m_pairLinks)) {
            if (link.a == segment && c.sourceOf(link.b) == target)
                partner = link.b;
            else if (link.b == segment && c.sourceOf(link.a) == target)
                partner = link.a;
            if (partner >= 0)
                break;
        }
        if (partner >= 0) {
            to->scrollSegmentTo(partner, from->extentOf(segment).first);
            break;
        }
    }
    m_gutter->update();
    m_syncing = false;
}

} // namespace Parallax
