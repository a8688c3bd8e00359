#include "sourcelistmodel.h"

#include "datefinder.h"
#include "derivation.h"
#include "sourcecolors.h"

#include <QApplication>
#include <QFileInfo>
#include <QFont>
#include <QHeaderView>
#include <QLocale>
#include <QTreeView>

namespace Parallax {

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourceListModel::setArticles(QList<Article> articles)
{
    m_shownNames.clear();
    beginResetModel();
    m_entries.clear();
    m_baseRow = -1;
    m_defaultBaseId = -1;
    m_nextColour = 0; // a new set: colours start again, ids do not (the views tell sets apart)
    for (const Article &article : articles)
        m_entries.append(entryFor(article));
    endResetModel();
    Q_EMIT sourcesChanged();
}

void SourceListModel::addArticles(const QList<Article> &articles)
{
    m_shownNames.clear();
    beginResetModel();
    for (const Article &article : articles) {
        auto same = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) {
            return !article.path.isEmpty() && e.article.path == article.path;
        });
        if (same != m_entries.end()) {
            // Read again: the user's entries stay.
            same->read = article.metadata;
            same->article = article;
            same->article.metadata = withUserMetadata(same->read, same->user);
            continue;
        }
        m_entries.append(entryFor(article));
    }
    endResetModel();
    Q_EMIT sourcesChanged();
}

SourceListModel::Entry SourceListModel::entryFor(const Article &article)
{
    Entry entry;
    entry.article = article;
    entry.read = article.metadata;
    entry.id = m_nextId++;
    entry.colour = m_nextColour++;
    return entry;
}

QList<Article> SourceListModel::articles() const
{
    QList<Article> out;
    for (const Entry &e : m_entries)
        out.append(e.article);
    return out;
}

const Article *SourceListModel::article(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row).article : nullptr;
}

void SourceListModel::moveSource(int from, int to)
{
    m_shownNames.clear();
    if (from < 0 || from >= m_entries.size() || to < 0 || to >= m_entries.size() || from == to)
        return;
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    const qsizetype baseId = m_baseRow >= 0 ? m_entries.at(m_baseRow).id : -1;
    m_entries.move(from, to);
    m_baseRow = baseId >= 0 ? rowOfId(baseId) : -1;
    endMoveRows();
    Q_EMIT sourcesChanged();
}

void SourceListModel::removeSource(int row)
{
    m_shownNames.clear();
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    const qsizetype baseId = m_baseRow >= 0 ? m_entries.at(m_baseRow).id : -1;
    m_entries.removeAt(row);
    m_baseRow = baseId >= 0 ? rowOfId(baseId) : -1;
    endRemoveRows();
    Q_EMIT sourcesChanged();
}

void SourceListModel::setHidden(int row, bool hidden)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).hidden == hidden)
        return;
    m_entries[row].hidden = hidden;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT sourcesChanged();
}

bool SourceListModel::isHidden(int row) const
{
    return row >= 0 && row < m_entries.size() && m_entries.at(row).hidden;
}

void SourceListModel::setName(int row, const QString &name)
{
    m_shownNames.clear();
    if (row < 0 || row >= m_entries.size())
        return;
    const QString trimmed = name.trimmed();
    m_entries[row].name = trimmed == m_entries.at(row).article.displayName() ? QString() : trimmed;
    Q_EMIT dataChanged(index(row, 0), index(row, 0));
    Q_EMIT sourcesChanged();
}

void SourceListModel::setUserMetadata(int row, const UserMetadata &user)
{
    m_shownNames.clear();
    if (row < 0 || row >= m_entries.size())
        return;
    Entry &e = m_entries[row];
    UserMetadata kept = user;
    kept.outlet = kept.outlet.trimmed();
    if (kept.outlet == e.read.outlet)
        kept.outlet.clear();
    if (kept.date == e.read.date && (!kept.time.isValid() || kept.time == e.read.time)) {
        kept.date = QDate();
        if (kept.time == e.read.time)
            kept.time = QTime();
    }
    if (kept == e.user)
        return;
    e.user = kept;
    e.article.metadata = withUserMetadata(e.read, e.user);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT sourcesChanged();
}

UserMetadata SourceListModel::userMetadata(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).user : UserMetadata();
}

bool SourceListModel::setDateText(int row, const QString &text)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    UserMetadata user = userMetadata(row);
    QDate date;
    QTime time;
    if (!parseDateInput(text, QLocale(), &date, &time))
        return false;
    if (!date.isValid() && time.isValid()) {
        // A time alone is the time of the date shown; there must be one.
        date = m_entries.at(row).article.metadata.date;
        if (!date.isValid())
            return false;
    }
    user.date = date; // both invalid for an empty text: back to what the file says
    user.time = time;
    setUserMetadata(row, user);
    return true;
}

QVariant SourceListModel::editedTip(const Entry &entry, int column) const
{
    const QLocale locale;
    auto when = [&](const ArticleMetadata &m) {
        if (!m.date.isValid())
            return QString();
        const QString date = locale.toString(m.date, QLocale::LongFormat);
        return m.time.isValid() ? date + u' ' + locale.toString(m.time, QLocale::ShortFormat)
                                : date;
    };
    QString entered;
    QString fileSays;
    if (column == OutletColumn && !entry.user.outlet.isEmpty()) {
        entered = entry.article.metadata.outlet;
        fileSays = entry.read.outlet;
    } else if (column == DateColumn && (entry.user.date.isValid() || entry.user.time.isValid())) {
        entered = when(entry.article.metadata);
        fileSays = when(entry.read);
    } else {
        return {};
    }
    const QString tip = fileSays.isEmpty()
                            ? tr("%1: entered by you; the file states none.").arg(entered)
                            : tr("%1: entered by you; the file says %2.").arg(entered, fileSays);
    return QStringLiteral("<p>%1</p>").arg(tip.toHtmlEscaped());
}

QString SourceListModel::name(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(row);
    if (!e.name.isEmpty())
        return e.name;
    const QString own = e.article.displayName();
    return own.isEmpty() ? tr("Untitled source %1").arg(e.colour + 1) : own;
}

QString SourceListModel::shownName(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    if (m_shownNames.size() != m_entries.size()) {
        QList<SourceInfo> sources;
        QList<Article> articles;
        for (int r = 0; r < m_entries.size(); ++r) {
            sources.append(SourceInfo{m_entries.at(r).id, name(r), m_entries.at(r).colour});
            articles.append(m_entries.at(r).article);
        }
        distinguishNames(sources, articles);
        m_shownNames.clear();
        for (const SourceInfo &source : std::as_const(sources))
            m_shownNames.append(source.name);
    }
    return m_shownNames.at(row);
}

void SourceListModel::setBaseRow(int row)
{
    const int base = row >= 0 && row < m_entries.size() ? row : -1;
    if (base == m_baseRow)
        return;
    const int old = m_baseRow;
    m_baseRow = base;
    for (int r : {old, base}) {
        if (r >= 0)
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
    Q_EMIT sourcesChanged();
}

QList<Article> SourceListModel::visibleArticles() const
{
    QList<Article> out;
    for (const Entry &e : m_entries) {
        if (!e.hidden)
            out.append(e.article);
    }
    return out;
}

QList<SourceInfo> SourceListModel::visibleSources() const
{
    QList<SourceInfo> out;
    QList<Article> articles;
    for (int row = 0; row < m_entries.size(); ++row) {
        const Entry &e = m_entries.at(row);
        if (!e.hidden) {
            out.append(SourceInfo{e.id, name(row), e.colour});
            articles.append(e.article);
        }
    }
    distinguishNames(out, articles); // copies with one headline
    return out;
}

qsizetype SourceListModel::visibleBase() const
{
    if (m_baseRow < 0 || m_entries.at(m_baseRow).hidden)
        return -1;
    qsizetype visible = 0;
    for (int row = 0; row < m_baseRow; ++row)
        visible += !m_entries.at(row).hidden;
    return visible;
}

int SourceListModel::rowOfId(qsizetype id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

void SourceListModel::setState(ComparisonStatePtr state, bool relativeToBase)
{
    for (Entry &e : m_entries) {
        e.added = -1;
        e.relation.clear();
        e.relationTip.clear();
    }
    m_defaultBaseId = -1;
    if (state) {
        for (qsizetype s = 0; s < state->sources.size(); ++s) {
            const int row = rowOfId(state->sources.at(s).id);
            if (row >= 0)
                m_entries[row].added = state->addedShare(s, relativeToBase);
        }
        for (const SourceRelation &r : state->relations) {
            const int row = rowOfId(state->sources.value(r.source).id);
            if (row < 0 || r.label == SourceRelation::Label::None)
                continue;
            // The other source by its badge, which the Title column shows beside every title
            // (titles are long; the column is narrow); by badge and title in the tooltip.
            const QString badge = sourceBadge(state->sources.value(r.other).colour);
            const QString other = tr("%1 (%2)").arg(badge, state->sourceName(r.other));
            Entry &e = m_entries[row];
            switch (r.label) {
            case SourceRelation::Label::CopyOf:
                e.relation = r.mutual ? tr("copy of %1, or the reverse").arg(badge)
                                      : tr("copy of %1").arg(badge);
                break;
            case SourceRelation::Label::RewordingOf:
                e.relation = r.mutual ? tr("rewording of %1, or the reverse").arg(badge)
                                      : tr("rewording of %1").arg(badge);
                break;
            default:
                e.relation = tr("shares most with %1").arg(badge);
                break;
            }
            const QLocale locale;
            e.relationTip =
                tr("%1 of its units are in %2; %3 of those in the same order; %4 of the aligned "
                   "sentences word for word. %5 of the units of %2 are in it.")
                    .arg(locale.toString(r.coverage * 100, 'f', 0) + u'%', other,
                         locale.toString(r.order * 100, 'f', 0) + u'%',
                         locale.toString(r.sameWording * 100, 'f', 0) + u'%',
                         locale.toString(r.reverse * 100, 'f', 0) + u'%');
            if (r.mutual)
                e.relationTip += u' ' + tr("Each carries most of the other, and no date tells "
                                           "which came first.");
        }
        // The base actually used, shown in bold even when chosen by default.
        const qsizetype base = state->comparison.base;
        if (m_baseRow < 0 && base >= 0 && base < state->sources.size())
            m_defaultBaseId = state->sources.at(base).id;
    }
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    // The views ask for the current index when there is none (Ctrl+C with nothing chosen).
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    const Article &article = entry.article;
    const ArticleMetadata &meta = article.metadata;
    const bool isBase = m_baseRow >= 0 ? index.row() == m_baseRow : entry.id == m_defaultBaseId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return isBase ? tr("%1 (base)").arg(shownName(index.row())) : shownName(index.row());
        case OutletColumn:
            return meta.outlet;
        case DateColumn:
            if (!meta.date.isValid())
                return tr("undated");
            return meta.time.isValid()
                       ? QLocale().toString(meta.date, QLocale::ShortFormat) + u' ' +
                             QLocale().toString(meta.time, QLocale::ShortFormat)
                       : QLocale().toString(meta.date, QLocale::ShortFormat);
        case WordsColumn:
            return QVariant::fromValue(article.words);
        case AddedColumn:
            return entry.added < 0 || entry.hidden
                       ? QString()
                       : QLocale().toString(entry.added * 100, 'f', 0) + u'%';
        case RelationColumn:
            return entry.hidden ? QString() : entry.relation;
        case FileColumn:
            return QFileInfo(article.path).fileName();
        default:
            return {};
        }
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return name(index.row());
        case DateColumn:
            // ISO in the editor: unambiguous whatever the locale (which it also reads).
            if (!meta.date.isValid())
                return QString();
            return meta.time.isValid() ? meta.date.toString(Qt::ISODate) + u' ' +
                                             meta.time.toString(QStringLiteral("HH:mm"))
                                       : meta.date.toString(Qt::ISODate);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == TitleColumn)
            return sourceSwatch(entry.colour, QApplication::palette());
        return {};
    case Qt::CheckStateRole:
        if (index.column() == TitleColumn)
            return entry.hidden ? Qt::Unchecked : Qt::Checked;
        return {};
    case Qt::FontRole: {
        const bool edited = (index.column() == OutletColumn && !entry.user.outlet.isEmpty()) ||
                            (index.column() == DateColumn &&
                             (entry.user.date.isValid() || entry.user.time.isValid()));
        if (!isBase && !edited)
            return {};
        QFont font;
        font.setBold(isBase);
        font.setItalic(edited);
        return font;
    }
    case Qt::ToolTipRole:
        if (const QVariant tip = editedTip(entry, index.column()); tip.isValid())
            return tip;
        if (index.column() == DateColumn) {
            // Where the date was read: a caption's date is the photo's, not the story's.
            const QString origin = article.metadata.date.isValid()
                                       ? describeDateOrigin(article.metadata.dateOrigin)
                                       : tr("The file states no date: F2 enters one.");
            return QStringLiteral("<p>%1</p>").arg(origin.toHtmlEscaped());
        }
        if (index.column() == RelationColumn && !entry.relationTip.isEmpty() && !entry.hidden)
            return QStringLiteral("<p>%1</p>").arg(entry.relationTip.toHtmlEscaped());
        if (index.column() == TitleColumn) {
            // The whole name, where it comes from, and the file: titles are elided in the view.
            QStringList lines{name(index.row())};
            if (!article.metadata.outlet.isEmpty())
                lines.append(article.metadata.outlet);
            if (article.metadata.date.isValid())
                lines.append(QLocale().toString(article.metadata.date, QLocale::LongFormat));
            if (!article.path.isEmpty())
                lines.append(article.path);
            for (QString &line : lines)
                line = line.toHtmlEscaped();
            return QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
        }
        // A path is not article text, but escape it all the same: tooltips read rich text.
        return article.path.isEmpty()
                   ? QString()
                   : QStringLiteral("<p>%1</p>").arg(article.path.toHtmlEscaped());
    case Qt::AccessibleTextRole:
        return name(index.row());
    case Qt::ForegroundRole:
        // "undated", and a date that may not be the publication date (a photo's, a web
        // address's, a file's), are shown dimmed; the tooltip says why.
        if (index.column() == DateColumn &&
            (!article.metadata.date.isValid() || isUncertain(article.metadata.dateOrigin)))
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == WordsColumn || index.column() == AddedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool SourceListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (role == Qt::EditRole && index.column() == OutletColumn) {
        UserMetadata user = userMetadata(index.row());
        user.outlet = value.toString().simplified();
        setUserMetadata(index.row(), user);
        return true;
    }
    if (role == Qt::EditRole && index.column() == DateColumn)
        return setDateText(index.row(), value.toString());
    if (index.column() != TitleColumn)
        return false;
    if (role == Qt::CheckStateRole) {
        setHidden(index.row(), value.value<Qt::CheckState>() != Qt::Checked);
        return true;
    }
    if (role == Qt::EditRole) {
        setName(index.row(), value.toString());
        return true;
    }
    return false;
}

Qt::ItemFlags SourceListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn)
        flags |= Qt::ItemIsUserCheckable | Qt::ItemIsEditable;
    if (index.isValid() && (index.column() == OutletColumn || index.column() == DateColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Date");
    case WordsColumn:
        return tr("Words");
    case AddedColumn:
        return tr("Added");
    case RelationColumn:
        return tr("Relation");
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

void fitSourceColumns(QTreeView *view)
{
    QHeaderView *header = view->header();
    const int character = view->fontMetrics().averageCharWidth();
    view->setTextElideMode(Qt::ElideMiddle);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    auto fit = [&](int column, int least, int most) {
        view->resizeColumnToContents(column);
        view->setColumnWidth(column, std::clamp(view->columnWidth(column), least * character,
                                                std::max(least, most) * character));
    };
    fit(SourceListModel::TitleColumn, 12, 26); // the date stays in view in a 380-pixel dock
    fit(SourceListModel::OutletColumn, 4, 14);
    fit(SourceListModel::DateColumn, 4, 16);
    fit(SourceListModel::WordsColumn, 3, 8);
    fit(SourceListModel::AddedColumn, 3, 8);
    fit(SourceListModel::RelationColumn, 6, 24);
}

QList<int> sourceColumnWidths(const QTreeView *view)
{
    QList<int> widths;
    for (int column = 0; column < view->header()->count(); ++column)
        widths.append(view->columnWidth(column));
    return widths;
}

bool restoreSourceColumns(QTreeView *view, const QList<int> &widths)
{
    if (widths.size() != view->header()->count() || widths.size() != SourceListModel::ColumnCount)
        return false;
    view->setTextElideMode(Qt::ElideMiddle);
    view->header()->setStretchLastSection(true);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    const int least = 2 * view->fontMetrics().averageCharWidth();
    for (int column = 0; column < widths.size(); ++column)
        view->setColumnWidth(column, std::max(least, widths.at(column)));
    return true;
}

} // namespace Parallax
