#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;

namespace Parallax {

// Docks give way to the comparison: when the window gets narrower, the docks on its left side
// shrink to at most `share` of the window's width and leave the comparison at least
// kComparisonChars average characters (never below their own minimum), and they grow
// back to the width the user gave them, up to that share, when the window widens again.
// Docks tabbed together keep their tab labels whole: when the tabs do not fit, the tab bar
// scrolls (arrow buttons) instead of cutting each label to a letter or two.
class DockFitter : public QObject
{
    Q_OBJECT

public:
    // Watches window (its parent) and fits the docks of its left area among docks.
    DockFitter(QMainWindow *window, const QList<QDockWidget *> &docks, double share = 0.35);

    void fit();
    // Sets every dock tab bar of the window to whole labels and scroll buttons; the window makes
    // a tab bar whenever docks are tabbed together, so this runs again after each dock move.
    void keepTabLabelsWhole();

    static constexpr int kComparisonChars = 120; // about four synopsis columns

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDockWidget *leftDock() const; // the first visible, docked one on the left

    QMainWindow *m_window;
    QList<QPointer<QDockWidget>> m_docks;
    double m_share;
    int m_preferred = 0;   // the docks' width as the user left it (0: not known yet)
    int m_windowWidth = 0; // the window's width when the docks were last fitted
};

} // namespace Parallax
