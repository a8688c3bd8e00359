#pragma once

#include "comparisonstate.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Parallax {

class NoteBook;
class TimelineView;

// "Who added what": per source, the sentences only it carries and the phrases it adds inside
// shared sentences, relative to all sources or to the base; and, for the selected unit, the
// sources that carry it, their dates and scores, which published it first and how many are
// undated, the user's note on it (a status and a one-line note, edited here), and below them
// the same sources in time order (TimelineView).
class DetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void setState(ComparisonStatePtr state);
    void setRelativeToBase(bool relative);
    bool relativeToBase() const;
    void showUnit(qsizetype unit);
    // The notes the note editors show and change (not owned); null: the editors stay disabled.
    void setNoteBook(NoteBook *notes);

    QComboBox *noteStatusBox() const { return m_noteStatus; }
    QLineEdit *noteEdit() const { return m_noteEdit; }
    QTreeWidget *additionsTree() const { return m_additions; }
    QTreeWidget *unitTree() const { return m_unit; }
    TimelineView *timeline() const { return m_timeline; }
    QString unitSummary() const; // "Row 3 is carried by 3 sources. First: ..."

Q_SIGNALS:
    void segmentActivated(qsizetype segment);
    void relativeToBaseChanged(bool relative);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The row's title, whole: as many lines as it wraps to at the panel's width (the panel
    // gives the lists below it the height it takes).
    void setUnitTitle(const QString &title);
    void fitUnitTitle();
    void fillAdditions();
    void onItemActivated(QTreeWidgetItem *item);
    void showNote();
    void applyNote();

    ComparisonStatePtr m_state;
    QComboBox *m_relative = nullptr;
    QTreeWidget *m_additions = nullptr;
    QLabel *m_unitTitle = nullptr;
    QTreeWidget *m_unit = nullptr;
    QComboBox *m_noteStatus = nullptr; // no note, then the statuses in NoteStatus order
    QLineEdit *m_noteEdit = nullptr;
    NoteBook *m_notes = nullptr;
    qsizetype m_shownUnit = -1;
    TimelineView *m_timeline = nullptr;
};

} // namespace Parallax
