#include "core/store/piped_sink.h"

#include <utility>
#include <variant>
#include <vector>

#include "core/store/work_pipe.h"

namespace ts {

namespace {

using Row = std::variant<Subject, TteRecord, LabRecord, AdverseEvent, LabSummary, AeCount, SurvPoint, BaselineCell>;

// Rows per batch: 4,096 lab rows are about 2 MB, so the queue (WorkPipe::kDepth batches) holds the
// memory of a large import flat.
constexpr std::size_t kBatchRows = 4096;

class PipedSink final : public RowSink {
public:
    explicit PipedSink(std::unique_ptr<RowSink> inner) : m_inner(std::move(inner)) { m_batch.reserve(kBatchRows); }

    void subject(const Subject& s) override { add(s); }
    void tte(const TteRecord& r) override { add(r); }
    void lab(const LabRecord& r) override { add(r); }
    void ae(const AdverseEvent& e) override { add(e); }
    void labSummary(const LabSummary& s) override { add(s); }
    void aeCount(const AeCount& c) override { add(c); }
    void survPoint(const SurvPoint& p) override { add(p); }
    void baseline(const BaselineCell& c) override { add(c); }
    void setTimeUnit(const std::string& unit) override {
        flush();
        m_pipe.push([this, unit] { m_inner->setTimeUnit(unit); });
    }
    void setDataSha256(const std::string& digest) override {
        flush();
        m_pipe.push([this, digest] { m_inner->setDataSha256(digest); });
    }
    void finish(const StudyTotals& totals) override {
        flush();
        m_pipe.drain();
        m_inner->finish(totals);
    }
    void abandon() noexcept override {
        m_pipe.stop();  // a batch on its way is finished before the rollback
        m_inner->abandon();
    }

private:
    template <class R>
    void add(const R& row) {
        m_batch.emplace_back(row);
        if (m_batch.size() >= kBatchRows) flush();
    }
    void flush() {
        if (m_batch.empty()) return;
        m_pipe.push([this, rows = std::move(m_batch)] {
            for (const Row& row : rows) std::visit([this](const auto& r) { write(r); }, row);
        });
        m_batch = {};
        m_batch.reserve(kBatchRows);
    }
    // On the pipe's thread: one row into the inner sink.
    void write(const Subject& s) { m_inner->subject(s); }
    void write(const TteRecord& r) { m_inner->tte(r); }
    void write(const LabRecord& r) { m_inner->lab(r); }
    void write(const AdverseEvent& e) { m_inner->ae(e); }
    void write(const LabSummary& s) { m_inner->labSummary(s); }
    void write(const AeCount& c) { m_inner->aeCount(c); }
    void write(const SurvPoint& p) { m_inner->survPoint(p); }
    void write(const BaselineCell& c) { m_inner->baseline(c); }

    std::unique_ptr<RowSink> m_inner;
    std::vector<Row> m_batch;
    WorkPipe m_pipe;  // last: it stops before the inner sink goes
};

}  // namespace

std::unique_ptr<RowSink> pipedSink(std::unique_ptr<RowSink> inner) {
    return std::make_unique<PipedSink>(std::move(inner));
}

}  // namespace ts
