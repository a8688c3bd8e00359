#pragma once

#include <QComboBox>

namespace Parallax {

// A combo box whose shown item is elided in the middle when it is wider than the box (QComboBox
// cuts it off at the edge without a mark), with the whole text of the current item as the
// tooltip. The popup list is unchanged. For source titles, which are often longer than the box.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    // The current item's text as painted at the box's present width.
    QString shownText() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int textWidth(const QStyleOptionComboBox &option) const; // pixels for the text, beside the icon
};

} // namespace Parallax
