// SPDX-License-Identifier: GPL-3.0-or-later
// Pool tasks (app/pooltask.h): reading and aligning run through them, so each future must carry
// its own task's result whatever order the pool runs them in, and cancelling a future must reach
// the task. Under the tsan preset these tests are also the check that the hand-off is seen: the
// back-to-back tasks reuse pool threads, which is where TSan used to report the captured copies.
#include "pooltask.h"

#include <QDeadlineTimer>
#include <QList>
#include <QStringList>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace Parallax;

class TestPoolTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachFutureCarriesItsOwnResult()
    {
        QList<QFuture<QString>> futures;
        for (int i = 0; i < 200; ++i) {
            const QStringList words{QString::number(i), QStringLiteral("x").repeated(i % 7)};
            futures.append(runInPool([words] { return words.join(QLatin1Char('-')); }));
        }
        for (int i = 0; i < futures.size(); ++i) {
            futures[i].waitForFinished();
            QCOMPARE(futures[i].result(),
                     QString::number(i) + QLatin1Char('-') + QStringLiteral("x").repeated(i % 7));
        }
    }

    void cancellingTheFutureReachesTheTask()
    {
        std::atomic_bool started = false;
        QFuture<int> future = runInPoolWithPromise<int>([&started](QPromise<int> &promise) {
            started = true;
            const QDeadlineTimer deadline(30000);
            while (!promise.isCanceled() && !deadline.hasExpired())
                QThread::msleep(1);
            promise.addResult(promise.isCanceled() ? 1 : 0);
        });
        QTRY_VERIFY(started);
        QVERIFY(!future.isFinished()); // it waits for the cancel
        future.cancel();
        future.waitForFinished();
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0); // a cancelled promise drops what it adds
    }

    void progressAndResultsFromThePromise()
    {
        QFuture<int> future = runInPoolWithPromise<int>([](QPromise<int> &promise) {
            promise.setProgressRange(0, 3);
            for (int i = 1; i <= 3; ++i) {
                promise.setProgressValue(i);
                promise.addResult(i * 10);
            }
        });
        future.waitForFinished();
        QCOMPARE(future.results(), (QList<int>{10, 20, 30}));
        QCOMPARE(future.progressValue(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPoolTask)
#include "tst_pooltask.moc"
