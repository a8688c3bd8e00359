#pragma once

#include <QFrame>
#include <QString>

namespace Parallax {

// One line of plain text that never asks for more width than it is given: the text is elided
// at the end to fit, and the whole of it is the tooltip. For summaries that grow with the number
// of sources, which a QLabel would let widen the window.
class ElidedLabel : public QFrame
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void clear() { setText({}); }
    // What is painted at the current width.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace Parallax
