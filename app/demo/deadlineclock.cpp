#include "deadlineclock.h"

#include <algorithm>

#ifdef __linux__
#include <sys/prctl.h>
#endif

namespace Alli::Demo
{

namespace
{
    // std::push_heap keeps the greatest on top: the latest deadline is the "smallest".
    template<typename Entry> bool later(const Entry& a, const Entry& b)
    {
        return a.deadline != b.deadline ? a.deadline > b.deadline : a.order > b.order;
    }
} // namespace

DeadlineClock::~DeadlineClock()
{
    stop();
}

void DeadlineClock::at(TimePoint deadline, std::function<void()> callback)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return;
        m_heap.push_back({ deadline, m_nextOrder++, std::move(callback) });
        std::push_heap(m_heap.begin(), m_heap.end(), later<Entry>);
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_wake.notify_one();
}

void DeadlineClock::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_heap.clear();
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

void DeadlineClock::run()
{
#ifdef __linux__
    // Linux lets a sleeping thread wake up to 50 us late by default, to group wake-ups.
    prctl(PR_SET_TIMERSLACK, 1UL, 0UL, 0UL, 0UL);
#endif
    std::unique_lock lock(m_mutex);
    while (!m_stopped) {
        if (m_heap.empty()) {
            m_wake.wait(lock);
            continue;
        }
        const TimePoint next = m_heap.front().deadline;
        if (std::chrono::steady_clock::now() < next) {
            // Woken early by an earlier deadline or stop(): looked at again.
            m_wake.wait_until(lock, next);
            continue;
        }
        std::pop_heap(m_heap.begin(), m_heap.end(), later<Entry>);
        std::function<void()> callback = std::move(m_heap.back().callback);
        m_heap.pop_back();
        lock.unlock();
        callback();
        lock.lock();
    }
}

} // namespace Alli::Demo
