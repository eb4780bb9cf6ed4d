#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace Alli::Demo
{

// Runs callbacks at steady-clock deadlines, on a thread of its own started by the first at(),
// never early and about 0.15 ms late (2-core VM). Qt's timers round their wait up to the next
// millisecond: the demo's 50 ms answers went out 50.7-50.9 ms after their requests, 1.5 % more
// than the latency it was asked for. A callback runs on the clock's thread and should only hand
// work over (a queued call); callbacks due at the same time run in the order they were given.
class DeadlineClock
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    DeadlineClock() = default;
    ~DeadlineClock();
    DeadlineClock(const DeadlineClock&) = delete;
    DeadlineClock& operator=(const DeadlineClock&) = delete;

    void at(TimePoint deadline, std::function<void()> callback);
    // Ends the thread; callbacks not run yet are dropped. at() does nothing afterwards.
    void stop();

private:
    struct Entry {
        TimePoint deadline;
        unsigned long long order;
        std::function<void()> callback;
    };
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Entry> m_heap; // the earliest deadline on top (std::push_heap, std::pop_heap)
    unsigned long long m_nextOrder = 0;
    bool m_stopped = false;
    std::thread m_thread;
};

} // namespace Alli::Demo
