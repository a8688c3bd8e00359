#pragma once

#include "mainwindow.h"
#include "synopsisutil.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTest>
#include <QUrl>

namespace Parallax::Test {

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
