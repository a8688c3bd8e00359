#include "dockfitter.h"

#include <QDockWidget>
#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QTabBar>
#include <QTimer>

namespace Parallax {

DockFitter::DockFitter(QMainWindow *window, const QList<QDockWidget *> &docks, double share)
    : QObject(window)
    , m_window(window)
    , m_share(share)
{
    for (QDockWidget *dock : docks) {
        m_docks.append(dock);
        dock->installEventFilter(this);
        // The window makes its tab bar once the move is through.
        connect(dock, &QDockWidget::dockLocationChanged, this,
                [this] { QTimer::singleShot(0, this, &DockFitter::keepTabLabelsWhole); });
    }
    window->installEventFilter(this);
    keepTabLabelsWhole();
}

void DockFitter::keepTabLabelsWhole()
{
    for (QTabBar *bar : m_window->findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        bar->setElideMode(Qt::ElideNone);
        bar->setUsesScrollButtons(true);
    }
}

bool DockFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Resize)
        return QObject::eventFilter(watched, event);
    if (watched == m_window) {
        QTimer::singleShot(0, this, &DockFitter::fit); // once the layout has its new size
    } else if (QGuiApplication::mouseButtons() != Qt::NoButton &&
               m_window->width() == m_windowWidth) {
        // The window kept its size and a button is down: the user is dragging the dock's edge.
        // That is their width.
        if (auto *dock = qobject_cast<QDockWidget *>(watched); dock && dock == leftDock())
            m_preferred = dock->width();
    }
    return QObject::eventFilter(watched, event);
}

QDockWidget *DockFitter::leftDock() const
{
    for (const QPointer<QDockWidget> &d : m_docks) {
        if (d && d->isVisible() && !d->isFloating() &&
            m_window->dockWidgetArea(d) == Qt::LeftDockWidgetArea)
            return d;
    }
    return nullptr;
}

void DockFitter::fit()
{
    keepTabLabelsWhole();
    m_windowWidth = m_window->width();
    QDockWidget *dock = leftDock();
    if (!dock)
        return;
    const int width = dock->width();
    if (m_preferred <= 0)
        m_preferred = width;
    // The comparison keeps room for about four readable columns; the docks take what is left,
    // up to their share, never less than their minimum.
    const int comparison = kComparisonChars * m_window->fontMetrics().averageCharWidth();
    const int cap = std::max(dock->minimumSizeHint().width(),
                             std::min(int(m_share * m_windowWidth), m_windowWidth - comparison));
    const int target = std::min(m_preferred, cap);
    if (std::abs(target - width) <= 1)
        return;
    m_window->resizeDocks({dock}, {target}, Qt::Horizontal);
}

} // namespace Parallax
