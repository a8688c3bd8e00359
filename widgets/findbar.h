#pragma once

#include <QModelIndex>
#include <QPoint>
#include <QWidget>

class QLineEdit;

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

Q_SIGNALS:
    void hitChosen(const QModelIndex &cell);
    void closed();

private:
    SynopsisModel *m_model;
    QLineEdit *m_edit = nullptr;
    ElidedLabel *m_result = nullptr;
    QList<QPoint> m_hits; // x: column, y: row
    int m_current = -1;
};

} // namespace Parallax
