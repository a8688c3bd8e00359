#pragma once

#include <QModelIndex>
#include <QPoint>
#include <QWidget>

class QLineEdit;
class QMenu;
class QToolButton;

namespace Parallax {

class ElidedLabel;
class SynopsisModel;

// Find in all sources at once: counts the hits per source and steps through the cells that hold
// them (Enter, F3 and Shift+F3 in the window).
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(SynopsisModel *model, QWidget *parent = nullptr);

    void open();                   // shown, with the focus in the field
    void dismiss();                // hidden (Esc, Close); emits closed()
    int find(const QString &text); // hits in all; goes to the first
    void findNext(int direction);  // +1 next, -1 previous
    void refresh();                // the comparison changed: find again if shown
    QString summary() const;
    // The hits grouped by source (its name, outlet and date as a section, then each hit's
    // sentence); choosing one goes there. Rebuilt each time the list button opens it.
    QMenu *hitsMenu() const { return m_hitsMenu; }

Q_SIGNALS:
    void hitChosen(const QModelIndex &cell);
    void closed();

private:
    SynopsisModel *m_model;
    QLineEdit *m_edit = nullptr;
    ElidedLabel *m_result = nullptr;
    void fillHitsMenu();

    QToolButton *m_list = nullptr;
    QMenu *m_hitsMenu = nullptr;
    QList<QPoint> m_hits; // x: column, y: row
    int m_current = -1;
};

} // namespace Parallax
