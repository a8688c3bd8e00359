#include "consensusmodel.h"

#include "notebook.h"
#include "sourcecolors.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Parallax {

namespace {

// internalId of an index: 0 for a unit row; unit + 1 for a variant row (its parent is the
// unit); kSourceFlag | (unit + 1) << kVariantBits | variant for a source row.
static_assert(sizeof(quintptr) == 8, "the index ids need 64 bits");
constexpr quintptr kSourceFlag = quintptr(1) << 63;
constexpr int kVariantBits = 24;
constexpr quintptr kVariantMask = (quintptr(1) << kVariantBits) - 1;

// At most this many source names in a cell; the rest are counted.
constexpr int kNamesShown = 3;
constexpr int kBadgesShown = 8; // badges are short: more of them fit
constexpr int kNamesInToolTip = 40;

// Tooltips are rich text when they look like it: article text is escaped, never interpreted.
QString plainToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

} // namespace

ConsensusModel::ConsensusModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

QString ConsensusModel::wordingKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            if (space && !key.isEmpty())
                key.append(QLatin1Char(' '));
            space = false;
            key.append(c);
        } else if (c.isSpace()) {
            space = true;
        }
        // Punctuation, quotes and dashes are left out: "re-opened" and "reopened" agree.
    }
    return key.toCaseFolded();
}

void ConsensusModel::setState(ComparisonStatePtr state)
{
    if (state && state->sameComparison(m_state.get()) && !m_onlyConflicts) {
        // The same units, now with their conflicts: the rows stay, their marks and notes change.
        m_state = std::move(state);
        m_summaries.clear();
        countConflicts();
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_state = std::move(state);
    m_summaries.clear();
    indexUnits();
    const int sources = m_state ? int(m_state->sources.size()) : 0;
    m_minimumSupport = std::clamp(m_minimumSupport, 1, std::max(1, sources));
    applyFilter();
    endResetModel();
}

void ConsensusModel::setRelativeToBase(bool relative)
{
    if (relative == m_relativeToBase)
        return;
    beginResetModel();
    m_relativeToBase = relative;
    indexUnits();
    applyFilter();
    endResetModel();
}

void ConsensusModel::setMinimumSupport(int count)
{
    const int sources = m_state ? int(m_state->sources.size()) : 0;
    count = std::clamp(count, 1, std::max(1, sources));
    if (count == m_minimumSupport)
        return;
    beginResetModel();
    m_minimumSupport = count;
    applyFilter();
    endResetModel();
}

void ConsensusModel::setOnlyAdditions(bool only)
{
    if (only == m_onlyAdditions)
        return;
    beginResetModel();
    m_onlyAdditions = only;
    applyFilter();
    endResetModel();
}

void ConsensusModel::setOnlyConflicts(bool only)
{
    if (only == m_onlyConflicts)
        return;
    beginResetModel();
    m_onlyConflicts = only;
    applyFilter();
    endResetModel();
}

void ConsensusModel::setNoteBook(const NoteBook *notes)
{
    if (m_notes)
        disconnect(m_notes, nullptr, this, nullptr);
    m_notes = notes;
    if (!m_notes)
        return;
    connect(m_notes, &NoteBook::changed, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, NotesColumn), index(int(m_rows.size()) - 1, NotesColumn));
    });
}

void ConsensusModel::indexUnits()
{
    m_addedBy.clear();
    m_conflicts.clear();
    if (!m_state)
        return;
    const Comparison &comparison = m_state->comparison;
    m_addedBy.resize(comparison.units.size());
    QHash<qsizetype, qsizetype> unitOfSegment;
    for (qsizetype u = 0; u < comparison.units.size(); ++u) {
        for (qsizetype segment : comparison.units.at(u).segments)
            unitOfSegment.insert(segment, u);
    }
    for (const Addition &a : m_state->additions(m_relativeToBase)) {
        const qsizetype u = unitOfSegment.value(a.segment, -1);
        if (u < 0)
            continue;
        QList<qsizetype> &sources = m_addedBy[u];
        const auto at = std::lower_bound(sources.begin(), sources.end(), a.source);
        if (at == sources.end() || *at != a.source)
            sources.insert(at, a.source);
    }
    countConflicts();
}

void ConsensusModel::countConflicts()
{
    m_conflicts.fill(0, m_state ? m_state->comparison.units.size() : 0);
    if (!m_state)
        return;
    for (const Conflict &c : m_state->conflicts) {
        if (c.unit >= 0 && c.unit < m_conflicts.size())
            ++m_conflicts[c.unit];
    }
}

void ConsensusModel::applyFilter()
{
    m_rows.clear();
    m_rowOfUnit.clear();
    if (!m_state)
        return;
    const QList<Unit> &units = m_state->comparison.units;
    for (qsizetype u = 0; u < units.size(); ++u) {
        if (units.at(u).support() < m_minimumSupport)
            continue;
        if (m_onlyAdditions && !unitHasAddition(u))
            continue;
        if (m_onlyConflicts && !unitHasConflict(u))
            continue;
        m_rowOfUnit.insert(u, int(m_rows.size()));
        m_rows.append(u);
    }
}

qsizetype ConsensusModel::unitCount() const
{
    return m_state ? m_state->comparison.units.size() : 0;
}

qsizetype ConsensusModel::unitOfRow(int row) const
{
    return m_rows.value(row, -1);
}

int ConsensusModel::rowOfUnit(qsizetype unit) const
{
    return m_rowOfUnit.value(unit, -1);
}

bool ConsensusModel::unitHasAddition(qsizetype unit) const
{
    return !m_addedBy.value(unit).isEmpty();
}

bool ConsensusModel::unitHasConflict(qsizetype unit) const
{
    return m_conflicts.value(unit) > 0;
}

QString ConsensusModel::sourceText(qsizetype unit, qsizetype source) const
{
    const Unit &u = m_state->comparison.units.at(unit);
    QString text;
    for (qsizetype segment : u.segments) {
        if (m_state->comparison.sourceOf(segment) != source)
            continue;
        if (const Sentence *sentence = m_state->sentence(segment)) {
            if (!text.isEmpty())
                text.append(QLatin1Char(' '));
            text.append(sentence->text);
        }
    }
    return text;
}

namespace {

// The distinct words of a text, lower case: runs of letters and digits.
QSet<QString> distinctWords(const QString &text)
{
    QSet<QString> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        if (!inWord && start >= 0) {
            words.insert(text.mid(start, i - start).toLower());
            start = -1;
        }
    }
    return words;
}

} // namespace

QList<double> ConsensusModel::sharedWords(const QList<Variant> &variants)
{
    QList<QSet<QString>> words;
    QHash<QString, qsizetype> sources; // word -> sources whose wording holds it
    for (const Variant &v : variants) {
        words.append(distinctWords(v.text));
        for (const QString &word : std::as_const(words.last()))
            sources[word] += v.sources.size();
    }
    QList<double> shared;
    for (qsizetype i = 0; i < variants.size(); ++i) {
        qsizetype others = 0;
        for (const QString &word : std::as_const(words.at(i)))
            others += sources.value(word) - variants.at(i).sources.size();
        shared.append(words.at(i).isEmpty() ? 0.0 : double(others) / double(words.at(i).size()));
    }
    return shared;
}

QList<ConsensusModel::Variant> ConsensusModel::makeVariants(qsizetype unit) const
{
    const Unit &u = m_state->comparison.units.at(unit);
    struct Group
    {
        QList<qsizetype> sources;
        QMap<QString, int> spellings; // text -> sources writing it so
    };
    // One pass over the unit's segments (ascending, so each source's are together): the text
    // of each source, its sentences joined.
    QList<std::pair<qsizetype, QString>> texts;
    texts.reserve(u.sources.size());
    for (qsizetype segment : u.segments) {
        const Sentence *sentence = m_state->sentence(segment);
        if (!sentence)
            continue;
        const qsizetype source = m_state->comparison.sourceOf(segment);
        if (texts.isEmpty() || texts.last().first != source)
            texts.append({source, sentence->text});
        else
            texts.last().second += QLatin1Char(' ') + sentence->text;
    }
    QHash<QString, Group> groups;
    for (const auto &[source, text] : std::as_const(texts)) {
        Group &g = groups[wordingKey(text)];
        g.sources.append(source); // ascending, as the segments are
        ++g.spellings[text];
    }
    QList<Variant> variants;
    QList<QString> keys;
    variants.reserve(groups.size() + 1);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        Variant v;
        // The spelling most of the group's sources use; a tie goes to the first in sort order.
        int most = 0;
        for (auto s = it->spellings.cbegin(); s != it->spellings.cend(); ++s) {
            if (s.value() > most) {
                most = s.value();
                v.text = s.key();
            }
        }
        v.sources = it->sources;
        variants.append(v);
        keys.append(it.key());
    }
    // Among wordings as common as each other, the one closest to the others comes first: the
    // mean, over its distinct words, of how many other sources' wordings hold the word. When
    // every source words it its own way, the lead is then the wording the others share most
    // of, not one that only one source's angle gives.
    const QList<double> shared = sharedWords(variants);
    // Largest first; ties by that, then by content (the key, then the text), never by input
    // order.
    QList<qsizetype> order(variants.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const qsizetype na = variants.at(a).sources.size();
        const qsizetype nb = variants.at(b).sources.size();
        if (na != nb)
            return na > nb;
        if (shared.at(a) != shared.at(b))
            return shared.at(a) > shared.at(b);
        if (keys.at(a) != keys.at(b))
            return keys.at(a) < keys.at(b);
        return variants.at(a).text < variants.at(b).text;
    });
    QList<Variant> sorted;
    sorted.reserve(variants.size() + 1);
    for (qsizetype i : order)
        sorted.append(variants.at(i));
    if (u.sources.size() < m_state->sources.size()) {
        Variant absent;
        absent.absent = true;
        for (qsizetype s = 0; s < m_state->sources.size(); ++s) {
            if (!std::binary_search(u.sources.begin(), u.sources.end(), s))
                absent.sources.append(s);
        }
        sorted.append(absent);
    }
    return sorted;
}

const QList<ConsensusModel::Variant> &ConsensusModel::variants(qsizetype unit) const
{
    static const QList<Variant> none;
    if (!m_state || unit < 0 || unit >= m_state->comparison.units.size())
        return none;
    return summary(unit).variants;
}

const ConsensusModel::Summary &ConsensusModel::summary(qsizetype unit) const
{
    auto it = m_summaries.find(unit);
    if (it != m_summaries.end())
        return *it;
    Summary s;
    s.variants = makeVariants(unit);
    const int wordings =
        int(s.variants.size()) - (!s.variants.isEmpty() && s.variants.last().absent ? 1 : 0);
    // One and many spelled out: the English text has no "(s)".
    s.wordings = wordings == 1 ? tr("1 wording") : tr("%n wordings", nullptr, wordings);
    // Shown with the sources' badges, as the synopsis header and the panels name them; the
    // tooltip names them.
    for (const bool badges : {true, false}) {
        const int shown = badges ? kBadgesShown : kNamesShown;
        QStringList notes;
        for (const Conflict *c : m_state->conflictsOf(unit)) {
            // conflictValues() names every source: too long a line for a thousand of them.
            QStringList sides;
            for (const ConflictSide &side : c->sides)
                sides.append(
                    tr("%1 (%2)").arg(side.value, sourceNames(side.sources, shown, badges)));
            notes.append(tr("Conflict: %1").arg(sides.join(QStringLiteral(" / "))));
        }
        const QList<qsizetype> &added = m_addedBy.value(unit);
        if (!added.isEmpty())
            notes.append(tr("Added by %1").arg(sourceNames(added, shown, badges)));
        (badges ? s.notes : s.namedNotes) = notes.join(QStringLiteral("; "));
    }
    return *m_summaries.insert(unit, s);
}

ConsensusModel::Node ConsensusModel::node(const QModelIndex &index) const
{
    const quintptr id = index.internalId();
    if (id == 0)
        return {Kind::Unit, unitOfRow(index.row()), -1};
    if (id & kSourceFlag) {
        const quintptr bits = id & ~kSourceFlag;
        return {Kind::Source, qsizetype(bits >> kVariantBits) - 1, int(bits & kVariantMask)};
    }
    return {Kind::Variant, qsizetype(id) - 1, index.row()};
}

QModelIndex ConsensusModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    const Node p = node(parent);
    if (p.kind == Kind::Unit)
        return createIndex(row, column, quintptr(p.unit + 1));
    if (p.kind == Kind::Variant) {
        const quintptr id =
            kSourceFlag | (quintptr(p.unit + 1) << kVariantBits) | quintptr(parent.row());
        return createIndex(row, column, id);
    }
    return {};
}

QModelIndex ConsensusModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node n = node(child);
    switch (n.kind) {
    case Kind::Unit:
        return {};
    case Kind::Variant:
        return createIndex(rowOfUnit(n.unit), 0, quintptr(0));
    case Kind::Source:
        return createIndex(n.variant, 0, quintptr(n.unit + 1));
    }
    return {};
}

int ConsensusModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0)
        return 0;
    const Node p = node(parent);
    if (p.kind == Kind::Unit)
        return int(variants(p.unit).size());
    if (p.kind == Kind::Variant)
        return int(variants(p.unit).value(p.variant).sources.size());
    return 0;
}

int ConsensusModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ConsensusModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_rows.isEmpty();
    if (parent.column() != 0)
        return false;
    const Node p = node(parent);
    // Every unit has a wording and every wording a source: no grouping needed to say so.
    return p.kind != Kind::Source;
}

QVariant ConsensusModel::data(const QModelIndex &index, int role) const
{
    // No checkIndex() here: it would ask for the parent's rows on every call of a paint.
    if (!m_state || !index.isValid() || index.model() != this)
        return {};
    const Node n = node(index);
    switch (role) {
    case KindRole:
        return int(n.kind);
    case UnitRole:
        return n.unit;
    case SourceCountRole:
        return int(m_state->sources.size());
    default:
        break;
    }
    switch (n.kind) {
    case Kind::Unit:
        return unitData(n.unit, index.column(), role);
    case Kind::Variant:
        return variantData(n.unit, n.variant, index.column(), role);
    case Kind::Source: {
        const Variant v = variants(n.unit).value(n.variant);
        return sourceData(n.unit, v.sources.value(index.row(), -1), index.column(), role);
    }
    }
    return {};
}

QString ConsensusModel::sourceNames(const QList<qsizetype> &sources, int shown, bool badges) const
{
    QStringList names;
    for (qsizetype i = 0; i < std::min<qsizetype>(shown, sources.size()); ++i) {
        const qsizetype s = sources.at(i);
        names.append(badges ? sourceBadge(m_state->sources.at(s).colour) : m_state->sourceName(s));
    }
    const QString list = names.join(tr(", "));
    const int rest = int(sources.size() - names.size());
    return rest > 0 ? tr("%1 and %n more", nullptr, rest).arg(list) : list;
}

QVariant ConsensusModel::unitData(qsizetype unit, int column, int role) const
{
    const Unit &u = m_state->comparison.units.at(unit);
    const int total = int(m_state->sources.size());
    switch (role) {
    case SupportRole:
        return int(u.support());
    case MajorityRole:
        return int(variants(unit).value(0).sources.size());
    case SourceRole:
        return qsizetype(-1);
    case AbsentRole:
        return false;
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const Summary &summary = this->summary(unit);
        QString text;
        switch (column) {
        case WordingColumn:
            text = summary.variants.value(0).text;
            break;
        case SupportColumn:
            text = tr("%1 of %2").arg(u.support()).arg(total);
            break;
        case SourcesColumn:
            // In how many wordings, and which sources carry it, by badge (the count first: it
            // stays in view when the list is cut).
            text = tr("%1: %2").arg(summary.wordings,
                                    role == Qt::ToolTipRole
                                        ? sourceNames(u.sources, kNamesInToolTip)
                                        : sourceNames(u.sources, kBadgesShown, true));
            break;
        case NotesColumn:
            text = role == Qt::ToolTipRole ? summary.namedNotes : summary.notes;
            if (const Note *note = m_notes ? m_notes->noteOf(unit) : nullptr) {
                const QString mark =
                    NoteBook::statusMark(note->status) + u' ' + NoteBook::describe(*note);
                text = text.isEmpty() ? mark : mark + QStringLiteral("; ") + text;
            }
            break;
        default:
            break;
        }
        if (role == Qt::ToolTipRole)
            return text.isEmpty() ? QVariant() : QVariant(plainToolTip(text));
        return text;
    }
    default:
        return {};
    }
}

QVariant ConsensusModel::variantData(qsizetype unit, int variant, int column, int role) const
{
    const QList<Variant> &vs = variants(unit);
    const Variant v = vs.value(variant);
    const int total = int(m_state->sources.size());
    switch (role) {
    case SupportRole:
        return int(v.sources.size());
    case MajorityRole:
        return variant == 0 && !v.absent ? int(v.sources.size()) : 0;
    case SourceRole:
        return qsizetype(-1);
    case AbsentRole:
        return v.absent;
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        QString text;
        switch (column) {
        case WordingColumn:
            text = v.absent ? tr("Not carried") : v.text;
            break;
        case SupportColumn:
            text = tr("%1 of %2").arg(v.sources.size()).arg(total);
            break;
        case SourcesColumn:
            text = role == Qt::ToolTipRole ? sourceNames(v.sources, kNamesInToolTip)
                                           : sourceNames(v.sources, kBadgesShown, true);
            break;
        case NotesColumn:
            if (variant == 0 && !v.absent && vs.size() > 1 && !vs.at(1).absent)
                text = tr("Most common wording");
            break;
        default:
            break;
        }
        if (role == Qt::ToolTipRole)
            return text.isEmpty() ? QVariant() : QVariant(plainToolTip(text));
        return text;
    }
    default:
        return {};
    }
}

QVariant ConsensusModel::sourceData(qsizetype unit, qsizetype source, int column, int role) const
{
    if (source < 0)
        return {};
    switch (role) {
    case SourceRole:
        return source;
    case ColourRole:
        return m_state->sources.at(source).colour;
    case SupportRole:
        return 0;
    case Qt::DisplayRole:
        return column == WordingColumn ? m_state->sourceName(source) : QString();
    case Qt::ToolTipRole: {
        if (column != WordingColumn)
            return {};
        const QString text = sourceText(unit, source);
        return plainToolTip(text.isEmpty() ? m_state->sourceName(source)
                                           : m_state->sourceName(source) + u'\n' + text);
    }
    default:
        return {};
    }
}

QVariant ConsensusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WordingColumn:
        return tr("Most Common Wording");
    case SupportColumn:
        return tr("Support");
    case SourcesColumn:
        return tr("Sources");
    case NotesColumn:
        return tr("Conflicts and Additions");
    default:
        return {};
    }
}

} // namespace Parallax
