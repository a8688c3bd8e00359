#pragma once

#include <QtGlobal>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace Parallax {

// The number of threads worth starting for CPU-bound work on this machine: its hardware
// threads, at least 1 and at most 8.
inline int workerThreads()
{
    return int(std::clamp(std::thread::hardware_concurrency(), 1u, 8u));
}

// Calls work(i, thread) once for every i in [0, count), on `threads` threads (the calling
// thread is thread 0; at most count are started), and returns when all calls have returned.
// `thread` in [0, threads) lets a caller keep state per thread (a tokenizer). Each thread takes
// the next index as it finishes one, so uneven items still share out. work must be safe to call
// from several threads at once on different indices; which thread runs which index is
// unspecified, so results must not depend on it.
template<typename Work>
void parallelFor(qsizetype count, int threads, Work &&work)
{
    if (count <= 0)
        return;
    std::atomic<qsizetype> next{0};
    auto run = [&](int thread) {
        for (qsizetype i = next++; i < count; i = next++)
            work(i, thread);
    };
    const qsizetype started = std::clamp<qsizetype>(threads, 1, count);
    std::vector<std::thread> helpers;
    helpers.reserve(size_t(started - 1));
    for (qsizetype t = 1; t < started; ++t)
        helpers.emplace_back(run, int(t));
    run(0);
    for (std::thread &helper : helpers)
        helper.join();
}

} // namespace Parallax
