#pragma once
// Runs a writer's tasks on a thread of its own, in the order pushed (internal to core/store), so
// that an import reads and checks its files while the rows before go into the store: the two
// halves of an import overlap on two cores. The PostgreSQL writer pushes its COPY chunks, the
// SQLite writer its batches of rows. One task at a time; while the pipe holds the connection, its
// owner must not use it (drain() first).
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace ts {

class WorkPipe {
public:
    using Task = std::function<void()>;
    WorkPipe();
    WorkPipe(const WorkPipe&) = delete;
    WorkPipe& operator=(const WorkPipe&) = delete;
    ~WorkPipe() { stop(); }
    // Stops for good: what is queued is dropped, a task being run is finished first.
    void stop() noexcept;

    // Queues a task; waits while kDepth tasks wait already. Rethrows the first failed task's error
    // (after a failure the queue is dropped: the transaction takes nothing more).
    void push(Task task);
    // Returns once every task pushed has run; rethrows the first failed task's error.
    void drain();

    static constexpr std::size_t kDepth = 4;

private:
    void run();
    void rethrow();  // under m_mutex

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Task> m_queue;
    bool m_running = false;
    bool m_stop = false;
    std::exception_ptr m_error;
    std::thread m_thread;
};

}  // namespace ts
