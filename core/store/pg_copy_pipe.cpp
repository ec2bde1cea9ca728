#include "core/store/pg_copy_pipe.h"

namespace ts {

CopyPipe::CopyPipe(Send send) : m_send(std::move(send)), m_thread([this] { run(); }) {}

void CopyPipe::stop() noexcept {
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

void CopyPipe::rethrow() {
    if (m_error) std::rethrow_exception(m_error);
}

void CopyPipe::push(std::size_t table, std::string rows) {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_error || m_queue.size() < kDepth; });
    rethrow();
    m_queue.emplace_back(table, std::move(rows));
    lock.unlock();
    m_changed.notify_all();
}

void CopyPipe::drain() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_error || (m_queue.empty() && !m_sending); });
    rethrow();
}

void CopyPipe::run() {
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop) return;
        auto [table, rows] = std::move(m_queue.front());
        m_queue.pop_front();
        m_sending = true;
        lock.unlock();
        m_changed.notify_all();  // a push waiting for room
        std::exception_ptr failed;
        try {
            m_send(table, rows);
        } catch (...) {
            failed = std::current_exception();
        }
        lock.lock();
        m_sending = false;
        if (failed && !m_error) {
            m_error = failed;
            m_queue.clear();  // after a failed COPY the transaction takes nothing more
        }
        m_changed.notify_all();
    }
}

}  // namespace ts
