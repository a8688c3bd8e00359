#include "pairview.h"

#include "sourcecolors.h"
#include "tokenizer.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QVBoxLayout>

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
            QColor fill = c.moved ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
            fill.setAlphaF(c.moved ? 0.55f : 0.3f);
            painter.setPen(QPen(fill.darker(130), c.moved ? 1.5 : 0.8));
            painter.setBrush(fill);
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
    m_leftBox = new QComboBox(this);
    m_leftBox->setAccessibleName(tr("Left source"));
    leftLabel->setBuddy(m_leftBox);
    auto *rightLabel = new QLabel(tr("&Right:"), this);
    m_rightBox = new QComboBox(this);
    m_rightBox->setAccessibleName(tr("Right source"));
    rightLabel->setBuddy(m_rightBox);
    pickers->addWidget(leftLabel);
    pickers->addWidget(m_leftBox, 1);
    pickers->addSpacing(48);
    pickers->addWidget(rightLabel);
    pickers->addWidget(m_rightBox, 1);
    layout->addLayout(pickers);

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

    connect(m_leftBox, &QComboBox::currentIndexChanged, this, [this] { render(); });
    connect(m_rightBox, &QComboBox::currentIndexChanged, this, [this] { render(); });
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncScroll(m_left); });
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncScroll(m_right); });
}

void PairView::setState(ComparisonStatePtr state)
{
    const qsizetype left = leftSource();
    const qsizetype right = rightSource();
    m_state = std::move(state);
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
        QPixmap swatch(12, 12);
        swatch.fill(sourceColor(m_state->sources.at(s).colour, palette()));
        m_leftBox->addItem(QIcon(swatch), m_state->sourceName(s));
        m_rightBox->addItem(QIcon(swatch), m_state->sourceName(s));
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
    for (const Link &link : c.links) {
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
    m_left->setSource(state, left, m_options.showFurniture);
    m_right->setSource(state, right, m_options.showFurniture);
    if (!state || left < 0 || right < 0) {
        m_gutter->update();
        return;
    }
    const Comparison &c = state->comparison;
    // Each left sentence's counterparts on the right, from the links.
    QHash<qsizetype, QList<qsizetype>> partners;
    for (const Link &link : c.links) {
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
    if (m_options.highlight == ViewOptions::Highlight::Added) {
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
        for (const Link &link : c.links) {
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
