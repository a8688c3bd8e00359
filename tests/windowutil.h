#pragma once

#include "mainwindow.h"
#include "settingsutil.h"
#include "synopsisutil.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

namespace Parallax::Test {

// Waits for the window's comparison to finish; false when it has not after 30 s.
inline bool compared(MainWindow &window)
{
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    return finished.wait(30000);
}

// Opens the files in the window, as File > Open does, and waits for their comparison; false
// when it has not finished after 30 s.
inline bool load(MainWindow &window, const QStringList &paths)
{
    QSignalSpy finished(&window, &MainWindow::comparisonFinished);
    window.openFiles(paths);
    return finished.wait(30000);
}

// Files as a file manager's drag carries them.
inline QMimeData *filesMime(const QStringList &paths)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime->setUrls(urls);
    return mime;
}

// Drops the data onto the window as a user's drag would.
inline void drop(MainWindow &window, QMimeData *mime)
{
    const QPoint where = window.rect().center();
    QDragEnterEvent enter(where, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent dropEvent(where, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &dropEvent);
    QVERIFY(dropEvent.isAccepted());
    delete mime;
}

} // namespace Parallax::Test
