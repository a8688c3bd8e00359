#include "synopsismodel.h"

#include "notebook.h"
#include "sourcecolors.h"
#include "tokenizer.h"

#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QPalette>
#include <QPixmap>

namespace Parallax {

SynopsisModel::SynopsisModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SynopsisModel::setState(ComparisonStatePtr state)
{
    if (state && state->sameComparison(m_state.get())) {
        // The same rows, now with their conflicts: only the marks change.
        m_state = std::move(state);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, std::max(0, rowCount() - 1));
        return;
    }
    beginResetModel();
    m_state = std::move(state);
    rebuild();
    endResetModel();
}

void SynopsisModel::setOptions(const ViewOptions &options)
{
    if (options == m_options)
        return;
    const bool rowsChange = options.showFurniture != m_options.showFurniture;
    if (rowsChange)
        beginResetModel();
    m_options = options;
    m_highlightCache.clear();
    if (rowsChange) {
        rebuild();
        endResetModel();
    } else if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {HighlightsRole});
    }
}

void SynopsisModel::setNoteBook(const NoteBook *notes)
{
    if (m_notes)
        disconnect(m_notes, nullptr, this, nullptr);
    m_notes = notes;
    if (!m_notes)
        return;
    connect(m_notes, &NoteBook::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    });
}

void SynopsisModel::setFindText(const QString &text)
{
    if (text == m_findText)
        return;
    m_findText = text;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {FoundRole});
}

void SynopsisModel::rebuild()
{
    m_rows.clear();
    m_rowOfSegment.clear();
    m_rowOfUnit.clear();
    m_highlightCache.clear();
    m_moved.clear();
    if (!m_state)
        return;
    const ComparisonState &state = *m_state;
    const Comparison &c = state.comparison;
    const qsizetype sources = state.articles.size();
    for (qsizetype moved : c.movedSegments)
        m_moved.insert(moved);

    auto addSegment = [&](Cell &cell, qsizetype segment) {
        const Sentence *sentence = state.sentence(segment);
        if (!sentence)
            return;
        // A heading (title or subheading) stands on a line of its own beside body text: joined
        // with a space, "NATO chiefs meet" would run into the sentence after it.
        auto heading = [](const Sentence *s) {
            return s->kind == BlockKind::Title || s->kind == BlockKind::Subheading;
        };
        const Sentence *previous =
            cell.segments.isEmpty() ? nullptr : state.sentence(cell.segments.constLast());
        if (!cell.text.isEmpty() && previous && !cell.text.endsWith(QChar::LineSeparator) &&
            (heading(previous) || heading(sentence)) && previous->kind != sentence->kind)
            cell.text += QChar::LineSeparator;
        if (!cell.text.isEmpty() && !cell.text.endsWith(QChar::LineSeparator))
            cell.text += u' ';
        cell.segments.append(segment);
        cell.offsets.append(cell.text.size());
        cell.text += sentence->text;
    };

    // The first unit each story segment is in, to place furniture after it.
    QHash<qsizetype, qsizetype> unitOfSegment;
    for (qsizetype u = 0; u < c.units.size(); ++u) {
        for (qsizetype segment : c.units.at(u).segments)
            unitOfSegment.insert(segment, qMin(unitOfSegment.value(segment, u), u));
    }
    QHash<qsizetype, QList<qsizetype>> furnitureAfter; // unit (-1: top) -> furniture segments
    if (m_options.showFurniture) {
        for (qsizetype s = 0; s < sources; ++s) {
            qsizetype lastUnit = -1;
            const QList<Sentence> &sentences = state.articles.at(s).sentences;
            for (qsizetype k = 0; k < sentences.size(); ++k) {
                const qsizetype segment = c.segmentOf(s, k);
                if (isStoryText(sentences.at(k).kind))
                    lastUnit = unitOfSegment.value(segment, lastUnit);
                else
                    furnitureAfter[lastUnit].append(segment);
            }
        }
    }
    // One row for the furniture that follows a unit, each source's in its own column.
    auto addFurniture = [&](qsizetype afterUnit) {
        const QList<qsizetype> segments = furnitureAfter.value(afterUnit);
        if (segments.isEmpty())
            return;
        Row row;
        row.cells.resize(sources);
        for (qsizetype segment : segments) {
            Cell &cell = row.cells[c.sourceOf(segment)];
            if (!cell.text.isEmpty())
                cell.text += QChar::LineSeparator; // addSegment adds the space after it
            addSegment(cell, segment);
            m_rowOfSegment.insert(segment, int(m_rows.size()));
        }
        m_rows.append(row);
    };
    addFurniture(-1);
    for (qsizetype u = 0; u < c.units.size(); ++u) {
        Row row;
        row.unit = u;
        row.cells.resize(sources);
        for (qsizetype segment : c.units.at(u).segments) {
            addSegment(row.cells[c.sourceOf(segment)], segment);
            if (!m_rowOfSegment.contains(segment))
                m_rowOfSegment.insert(segment, int(m_rows.size()));
        }
        m_rowOfUnit.insert(u, int(m_rows.size()));
        m_rows.append(row);
        addFurniture(u);
    }
}

int SynopsisModel::rowOfSegment(qsizetype segment) const
{
    return m_rowOfSegment.value(segment, -1);
}

int SynopsisModel::rowOfUnit(qsizetype unit) const
{
    return m_rowOfUnit.value(unit, -1);
}

qsizetype SynopsisModel::unitOfRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).unit : -1;
}

bool SynopsisModel::rowHasDifference(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).unit < 0)
        return false;
    const Row &r = m_rows.at(row);
    for (const Cell &cell : r.cells) {
        if (cell.segments.isEmpty())
            return true;
    }
    for (int column = 0; column < r.cells.size(); ++column) {
        if (!highlights(row, column).isEmpty())
            return true;
    }
    return false;
}

bool SynopsisModel::rowHasAddition(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_state)
        return false;
    for (const Cell &cell : m_rows.at(row).cells) {
        for (qsizetype segment : cell.segments) {
            for (const Addition &a : m_state->additions(m_options.relativeToBase)) {
                if (a.segment == segment)
                    return true;
            }
        }
    }
    return false;
}

bool SynopsisModel::rowHasConflict(int row) const
{
    if (row < 0 || row >= m_rows.size() || !m_state || m_rows.at(row).unit < 0)
        return false;
    return !m_state->conflictsOf(m_rows.at(row).unit).isEmpty();
}

int SynopsisModel::conflictColumn(int row, int preferred) const
{
    if (!rowHasConflict(row))
        return -1;
    const QList<const Conflict *> found = m_state->conflictsOf(m_rows.at(row).unit);
    const qsizetype base = m_state->comparison.base;
    int fallback = -1;
    for (const Conflict *c : found) {
        for (const ConflictSide &side : c->sides) {
            if (side.sources.contains(preferred))
                return preferred;
            if (fallback < 0 && !side.sources.contains(base) && !side.sources.isEmpty())
                fallback = int(side.sources.first());
        }
    }
    if (fallback < 0)
        fallback = int(found.first()->sides.first().sources.first());
    return fallback;
}

int SynopsisModel::differenceColumn(int row, int preferred) const
{
    if (row < 0 || row >= m_rows.size())
        return -1;
    const Row &r = m_rows.at(row);
    auto marked = [&](int column) {
        return column >= 0 && column < r.cells.size() && !r.cells.at(column).segments.isEmpty() &&
               !highlights(row, column).isEmpty();
    };
    if (marked(preferred))
        return preferred;
    for (int column = 0; column < r.cells.size(); ++column) {
        if (marked(column))
            return column;
    }
    for (int column = 0; column < r.cells.size(); ++column) {
        if (!r.cells.at(column).segments.isEmpty())
            return column;
    }
    return -1;
}

int SynopsisModel::additionColumn(int row, int preferred) const
{
    if (row < 0 || row >= m_rows.size() || !m_state)
        return -1;
    const Row &r = m_rows.at(row);
    auto adds = [&](int column) {
        if (column < 0 || column >= r.cells.size())
            return false;
        for (const qsizetype segment : r.cells.at(column).segments) {
            for (const Addition &a : m_state->additions(m_options.relativeToBase)) {
                if (a.segment == segment)
                    return true;
            }
        }
        return false;
    };
    if (adds(preferred))
        return preferred;
    for (int column = 0; column < r.cells.size(); ++column) {
        if (adds(column))
            return column;
    }
    return -1;
}

QList<HighlightSpan> SynopsisModel::highlights(int row, int column) const
{
    const quint64 key = (quint64(quint32(row)) << 32) | quint32(column);
    const auto cached = m_highlightCache.constFind(key);
    if (cached != m_highlightCache.constEnd())
        return *cached;
    QList<HighlightSpan> spans;
    const Row &r = m_rows.at(row);
    const Cell &cell = r.cells.at(column);
    const ComparisonState &state = *m_state;
    if (!cell.segments.isEmpty() && r.unit >= 0) {
        if (m_options.highlight == ViewOptions::Highlight::Added) {
            for (const Addition &a : state.additions(m_options.relativeToBase)) {
                const qsizetype i = cell.segments.indexOf(a.segment);
                if (i >= 0)
                    spans.append({cell.offsets.at(i) + a.start, cell.offsets.at(i) + a.end,
                                  HighlightSpan::Kind::Added});
            }
        } else if (column != state.comparison.base) {
            const Cell &base = r.cells.value(state.comparison.base);
            if (base.segments.isEmpty()) {
                spans.append({0, cell.text.size(), HighlightSpan::Kind::Inserted});
            } else {
                const Tokenizer tokenizer(state.articles.at(column).metadata.language);
                for (const DiffSpan &d : wordDiff(tokenizer.tokenize(base.text),
                                                  tokenizer.tokenize(cell.text), m_options.diff)) {
                    if (d.kind == DiffSpan::Kind::Insert || d.kind == DiffSpan::Kind::Change)
                        spans.append({d.bBegin, d.bEnd,
                                      d.kind == DiffSpan::Kind::Insert
                                          ? HighlightSpan::Kind::Inserted
                                          : HighlightSpan::Kind::Changed});
                }
            }
        }
    }
    std::sort(spans.begin(), spans.end(),
              [](const HighlightSpan &a, const HighlightSpan &b) { return a.start < b.start; });
    m_highlightCache.insert(key, spans);
    return spans;
}

int SynopsisModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SynopsisModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_state ? 0 : int(m_state->articles.size());
}

QVariant SynopsisModel::data(const QModelIndex &index, int role) const
{
    // The views ask for the current index when there is none (Ctrl+C with nothing chosen).
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Cell &cell = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::AccessibleTextRole:
        return cell.segments.isEmpty() ? tr("Not in %1").arg(m_state->sourceName(index.column()))
                                       : cell.text;
    case SegmentsRole:
        return QVariant::fromValue(cell.segments);
    case HighlightsRole:
        return QVariant::fromValue(highlights(index.row(), index.column()));
    case FoundRole: {
        QList<HighlightSpan> found;
        if (m_findText.isEmpty())
            return QVariant::fromValue(found);
        const QString text = data(index, Qt::DisplayRole).toString();
        for (qsizetype at = text.indexOf(m_findText, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(m_findText, at + m_findText.size(), Qt::CaseInsensitive))
            found.append(HighlightSpan{at, at + m_findText.size(), HighlightSpan::Kind::Added});
        return QVariant::fromValue(found);
    }
    case AbsentRole:
        return cell.segments.isEmpty() && row.unit >= 0;
    case FurnitureRole:
        return row.unit < 0;
    case ColourRole:
        return m_state->sources.at(index.column()).colour;
    case MovedRole:
        return std::any_of(cell.segments.begin(), cell.segments.end(),
                           [&](qsizetype s) { return m_moved.contains(s); });
    case SupportRole:
        return row.unit >= 0 ? int(m_state->comparison.units.at(row.unit).support()) : 0;
    case UnitRole:
        return int(row.unit);
    default:
        return {};
    }
}

QVariant SynopsisModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_state)
        return {};
    if (orientation == Qt::Horizontal && section >= 0 && section < m_state->sources.size()) {
        const SourceInfo &source = m_state->sources.at(section);
        switch (role) {
        case Qt::DisplayRole:
            return section == m_state->comparison.base ? tr("%1 (base)").arg(source.name)
                                                       : source.name;
        case Qt::DecorationRole: {
            return sourceSwatch(source.colour, QApplication::palette());
        }
        case Qt::ToolTipRole: // the whole name (the header elides it); names are plain text
            return QStringLiteral("<p>%1</p>")
                .arg(headerData(section, orientation, Qt::DisplayRole).toString().toHtmlEscaped());
        case Qt::FontRole:
            if (section == m_state->comparison.base) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_rows.size()) {
        const qsizetype unit = m_rows.at(section).unit;
        const QList<const Conflict *> conflicts =
            unit >= 0 ? m_state->conflictsOf(unit) : QList<const Conflict *>();
        const Note *note = m_notes ? m_notes->noteOf(unit) : nullptr;
        if (role == Qt::DisplayRole) {
            if (unit < 0)
                return QString();
            // A row where sources disagree carries a mark after its number, a noted row the
            // mark of its status.
            QString label =
                conflicts.isEmpty() ? QString::number(unit + 1) : tr("%1 ≠").arg(unit + 1);
            if (note)
                label += u' ' + NoteBook::statusMark(note->status);
            return label;
        }
        if (role == Qt::DecorationRole && note) {
            QPixmap badge(12, 12);
            badge.fill(Qt::transparent);
            QPainter painter(&badge);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(NoteBook::statusColor(note->status));
            painter.drawEllipse(QRectF(1, 1, 10, 10));
            return badge;
        }
        if (role == Qt::ToolTipRole && unit >= 0) {
            QString tip = tr("Carried by %n source(s)", nullptr,
                             int(m_state->comparison.units.at(unit).support()));
            for (const Conflict *c : conflicts)
                tip += u'\n' + tr("Sources disagree: %1").arg(conflictValues(*c, *m_state));
            if (!note)
                return tip;
            // The user's note is plain text: escaped, as tooltips take what looks like markup.
            tip += u'\n' + tr("Note: %1").arg(NoteBook::describe(*note));
            return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                .arg(tip.toHtmlEscaped());
        }
    }
    return {};
}

} // namespace Parallax
