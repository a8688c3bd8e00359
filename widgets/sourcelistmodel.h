#pragma once

#include "article.h"

#include <QAbstractTableModel>

namespace Parallax {

// The loaded sources, one row each: title, outlet, date, words, file.
class SourceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OutletColumn, DateColumn, WordsColumn, FileColumn, ColumnCount };

    explicit SourceListModel(QObject *parent = nullptr);

    void setArticles(QList<Article> articles);
    const QList<Article> &articles() const { return m_articles; }
    const Article *article(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Article> m_articles;
};

} // namespace Parallax
