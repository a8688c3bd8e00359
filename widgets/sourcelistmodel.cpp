#include "sourcelistmodel.h"

#include <QFileInfo>
#include <QLocale>

namespace Parallax {

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SourceListModel::setArticles(QList<Article> articles)
{
    beginResetModel();
    m_articles = std::move(articles);
    endResetModel();
}

const Article *SourceListModel::article(int row) const
{
    return row >= 0 && row < m_articles.size() ? &m_articles.at(row) : nullptr;
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Article &article = m_articles.at(index.row());
    const ArticleMetadata &meta = article.metadata;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn:
            return article.displayName();
        case OutletColumn:
            return meta.outlet;
        case DateColumn:
            return meta.date.isValid() ? QLocale().toString(meta.date, QLocale::ShortFormat)
                                       : QString();
        case WordsColumn:
            return QVariant::fromValue(article.words);
        case FileColumn:
            return QFileInfo(article.path).fileName();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return article.path;
    if (role == Qt::TextAlignmentRole && index.column() == WordsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
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
    case FileColumn:
        return tr("File");
    default:
        return {};
    }
}

} // namespace Parallax
