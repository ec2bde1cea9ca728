#pragma once
// Sends a study's COPY chunks to the server on a thread of its own (internal to core/store), so
// that an import reads and checks its files while the server writes the rows before: the two
// halves of an import overlap on two cores. Chunks go in the order pushed, one at a time; while
// the pipe holds the connection, its owner must not use it (drain() first).
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

namespace ts {

class CopyPipe {
public:
    // `send(table, rows)` runs on the pipe's thread; what it throws comes back from push or drain.
    using Send = std::function<void(std::size_t table, const std::string& rows)>;
    explicit CopyPipe(Send send);
    CopyPipe(const CopyPipe&) = delete;
    CopyPipe& operator=(const CopyPipe&) = delete;
    ~CopyPipe() { stop(); }
    // Stops for good: what is queued is dropped, a chunk being sent is finished first.
    void stop() noexcept;

    // Queues a chunk; waits while kDepth chunks wait already. Rethrows the first failed send's error.
    void push(std::size_t table, std::string rows);
    // Returns once every chunk pushed is sent; rethrows the first failed send's error.
    void drain();

    static constexpr std::size_t kDepth = 4;

private:
    void run();
    void rethrow();  // under m_mutex

    Send m_send;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<std::size_t, std::string>> m_queue;
    bool m_sending = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

}  // namespace ts
