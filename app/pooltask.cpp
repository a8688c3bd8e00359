// SPDX-License-Identifier: GPL-3.0-or-later
#include "pooltask.h"

#include <QRunnable>
#include <QThreadPool>
#include <deque>
#include <mutex>

namespace Parallax::PoolTask {

namespace {

std::mutex &queueMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::deque<std::unique_ptr<Job>> &queue()
{
    static std::deque<std::unique_ptr<Job>> jobs;
    return jobs;
}

/// Carries no data: the pool thread reads nothing the starting thread wrote before it locks
/// queueMutex(), so every read of the job happens after that lock.
class NextJob final : public QRunnable
{
public:
    void run() override
    {
        std::unique_ptr<Job> job;
        {
            const std::lock_guard lock(queueMutex());
            if (queue().empty())
                return;
            job = std::move(queue().front());
            queue().pop_front();
        }
        job->run();
    }
};

} // namespace

void start(std::unique_ptr<Job> job)
{
    {
        const std::lock_guard lock(queueMutex());
        queue().push_back(std::move(job));
    }
    QThreadPool::globalInstance()->start(new NextJob);
}

} // namespace Parallax::PoolTask
