#pragma once

#include "article.h"
#include "comparisonstate.h"

#include <QAbstractTableModel>

class QTreeView;

namespace Parallax {

// The loaded sources in the user's order, one row each: colour and title (checkable: shown or
// hidden; editable: a name of the user's), outlet and date with its time of day (editable: the
// user's in place of the file's, shown in italics), words, share of words that are additions,
// file. The base source is shown in bold.
class SourceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        OutletColumn,
        DateColumn,
        WordsColumn,
        AddedColumn,
        RelationColumn, // who copied whom: "rewording of ...", "copy of ...", "shares most with
                        // ..."
        FileColumn,
        ColumnCount
    };

    explicit SourceListModel(QObject *parent = nullptr);

    // Replaces all sources, or adds to them (a file already loaded is read again in its place).
    void setArticles(QList<Article> articles);
    void addArticles(const QList<Article> &articles);
    QList<Article> articles() const;
    const Article *article(int row) const;

    void moveSource(int from, int to);
    void removeSource(int row);
    void setHidden(int row, bool hidden);
    bool isHidden(int row) const;
    void setName(int row, const QString &name); // empty: the article's own name
    QString name(int row) const;
    // The name shown in the Title column: sources that share a name are told apart by their
    // outlet, else their file name, else a number ("Bridge (AP)"; see distinguishNames()).
    QString shownName(int row) const;
    // What the user entered for the source's date, time and outlet; the article's metadata
    // (article(), visibleArticles()) is the file's with these in place. An entry equal to what
    // the file says is not kept. Emits sourcesChanged when it changes.
    void setUserMetadata(int row, const UserMetadata &user);
    UserMetadata userMetadata(int row) const; // empty for a row out of range

    void setBaseRow(int row); // -1: the earliest dated visible source
    int baseRow() const { return m_baseRow; }
    // The row shown as the base: the one chosen, else the one the last comparison took (the
    // earliest dated); -1 when there is none.
    int shownBaseRow() const { return m_baseRow >= 0 ? m_baseRow : rowOfId(m_defaultBaseId); }

    // The visible sources in order, as the comparison takes them, and the base among them.
    QList<Article> visibleArticles() const;
    QList<SourceInfo> visibleSources() const;
    qsizetype visibleBase() const; // -1: default
    int rowOfId(qsizetype id) const;

    void setState(ComparisonStatePtr state, bool relativeToBase);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The set, order, names or base changed: the comparison must be made again.
    void sourcesChanged();

private:
    struct Entry
    {
        Article article;      // metadata: `read` with `user` in place
        ArticleMetadata read; // what the file says
        UserMetadata user;
        qsizetype id = 0; // unique while the model lives: another Open gives new ids
        int colour = 0;   // the place in its set: 0 for the first source opened with it
        QString name;     // the user's, or empty
        bool hidden = false;
        double added = -1;   // share of words added; -1 unknown
        QString relation;    // the Relation column's text, empty for none
        QString relationTip; // what it rests on
    };

    Entry entryFor(const Article &article);
    bool setDateText(int row, const QString &text);
    QVariant editedTip(const Entry &entry, int column) const;

    QList<Entry> m_entries;
    mutable QStringList m_shownNames; // shownName() of each row; empty once an entry changes
    qsizetype m_nextId = 0;
    int m_nextColour = 0;
    int m_baseRow = -1;
    qsizetype m_defaultBaseId = -1; // the base the last comparison chose itself
};

// Sizes the columns of a view of a SourceListModel so that titles stay readable in a narrow
// dock: the title gets 12 to 36 average characters (long ones elided in the middle, the whole
// in the tooltip), the outlet and the relation at most 14 and 24, the figures what they need;
// the file name takes the rest, and the view scrolls sideways when the dock is narrower.
void fitSourceColumns(QTreeView *view);
// The widths in pixels of such a view's columns, the last (stretched) one included.
QList<int> sourceColumnWidths(const QTreeView *view);
// Gives the columns the widths sourceColumnWidths() returned (as fitSourceColumns() sets up the
// view, but without fitting), each at least two average characters; false
// (nothing changed) when `widths` does not have one width per column.
bool restoreSourceColumns(QTreeView *view, const QList<int> &widths);

} // namespace Parallax
