// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QPromise>
#include <memory>
#include <type_traits>

namespace Parallax {

/// Starting work on QThreadPool::globalInstance() with a hand-off ThreadSanitizer can see.
///
/// QThreadPool passes a task to a pool thread under its own QMutex, inside libQt6Core, which
/// Debian does not build for ThreadSanitizer. When a pool thread takes the next task from the
/// queue itself, TSan sees the task's captured copies (built on the starting thread) read on the
/// pool thread with no synchronisation it knows of, and reports a race where there is none;
/// tests/tsan.supp matches that case only when TSan still has the starting thread's stack. The
/// functions below hand the task over through a std::mutex that Parallax's own code locks on
/// both sides, so the hand-off is seen and nothing needs suppressing: the task and its QPromise
/// go into a queue under that mutex, and the pool runs a runnable without data of its own that
/// takes the next task from the queue under the same mutex.
namespace PoolTask {

/// One queued task: run() runs it on the pool thread and fulfils its promise.
class Job
{
public:
    virtual ~Job() = default;
    virtual void run() = 0;
};

/// Queues `job` and starts one pool runnable that takes the next queued job and runs it. Jobs
/// may run in any order and at the same time; each one fulfils its own promise.
void start(std::unique_ptr<Job> job);

template<typename Result, typename Task>
class PromiseJob final : public Job
{
public:
    explicit PromiseJob(Task task)
        : m_task(std::move(task))
    {}
    QFuture<Result> future() { return m_promise.future(); }
    void run() override
    {
        m_promise.start();
        m_task(m_promise);
        m_promise.finish();
    }

private:
    Task m_task;
    QPromise<Result> m_promise;
};

} // namespace PoolTask

/// Runs `task(promise)` on QThreadPool::globalInstance(), as QtConcurrent::run does for a callable
/// that takes a QPromise<Result>&: the task adds its results, reports progress and checks
/// cancellation through the promise. Returns the promise's future at once; cancelling that future
/// is seen by promise.isCanceled(). `task` is moved into the queue and destroyed on the pool
/// thread after it ran.
template<typename Result, typename Task>
QFuture<Result> runInPoolWithPromise(Task task)
{
    auto job = std::make_unique<PoolTask::PromiseJob<Result, Task>>(std::move(task));
    QFuture<Result> future = job->future();
    PoolTask::start(std::move(job));
    return future;
}

/// Runs `task()` on QThreadPool::globalInstance() and returns the future of its result, as
/// QtConcurrent::run does for a callable without arguments.
template<typename Task>
auto runInPool(Task task) -> QFuture<std::invoke_result_t<Task &>>
{
    using Result = std::invoke_result_t<Task &>;
    return runInPoolWithPromise<Result>(
        [task = std::move(task)](QPromise<Result> &promise) mutable { promise.addResult(task()); });
}

} // namespace Parallax
