#include "core/store/work_pipe.h"

#include <utility>

namespace ts {

WorkPipe::WorkPipe() : m_thread([this] { run(); }) {}

void WorkPipe::stop() noexcept {
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

void WorkPipe::rethrow() {
    if (m_error) std::rethrow_exception(m_error);
}

void WorkPipe::push(Task task) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_error || m_queue.size() < kDepth; });
    rethrow();
    m_queue.push_back(std::move(task));
    lock.unlock();
    m_changed.notify_all();
}

void WorkPipe::drain() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_error || (m_queue.empty() && !m_running); });
    rethrow();
}

void WorkPipe::run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop) return;
        Task task = std::move(m_queue.front());
        m_queue.pop_front();
        m_running = true;
        lock.unlock();
        m_changed.notify_all();  // a push waiting for room
        std::exception_ptr failed;
        try {
            task();
        } catch (...) {
            failed = std::current_exception();
        }
        lock.lock();
        m_running = false;
        if (failed && !m_error) {
            m_error = failed;
            m_queue.clear();
        }
        m_changed.notify_all();
    }
}

}  // namespace ts
