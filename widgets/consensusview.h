#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QModelIndex;
class QSpinBox;
class QTreeView;

namespace Parallax {

class ConsensusModel;

// The consensus view: filters (minimum support, only units with additions, only units with
// conflicts) over a tree of units, their wordings and the sources of each (ConsensusModel). No
// widget per row: the tree paints the rows on screen and asks the model for nothing else.
class ConsensusView : public QWidget
{
    Q_OBJECT

public:
    explicit ConsensusView(QWidget *parent = nullptr);

    // The model shown (not owned); the filters act on it.
    void setModel(ConsensusModel *model);
    ConsensusModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }

    // The unit of the current row, of any level (-1: none).
    qsizetype currentUnit() const;

Q_SIGNALS:
    // A row was activated (double click, Enter): its unit and the source to show (the source
    // of a source row, the first source of a wording; -1 for a unit row or the sources that
    // lack the unit).
    void unitActivated(qsizetype unit, qsizetype source);
    void currentUnitChanged(qsizetype unit);

protected:
    void resizeEvent(QResizeEvent *event) override;
    // The tree's viewport resized: the columns are shared out again (a hidden tab's viewport
    // gets its size only when shown, after this view's own resize).
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    void updateFilterRange();
    void updateCount();
    void fitColumns();
    void groupAhead();

    ConsensusModel *m_model = nullptr;
    QSpinBox *m_minimumSupport = nullptr;
    QCheckBox *m_onlyAdditions = nullptr;
    QCheckBox *m_onlyConflicts = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_tree = nullptr;
    QTimer m_ahead; // groups the wordings of the rows a page above and below, one per turn
};

} // namespace Parallax
