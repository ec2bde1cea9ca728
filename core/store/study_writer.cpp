// StudyWriter: what every backend's import shares. It counts each dataset's rows, lists the
// endpoints and lab parameters in first-seen order and packs the analysis columns while the rows
// stream to the backend's RowSink, which writes them all at commit.
#include <set>
#include <utility>

#include "core/store/backend.h"
#include "core/store/column_cache.h"
#include "core/store/store.h"

namespace ts {

namespace {

// First-seen list of (PARAMCD, PARAM) for the study library.
class ParamList {
public:
    void add(const std::string& code, const std::string& label) {
        if (m_seen.insert(code).second) m_items.emplace_back(code, label);
    }
    const ParamItems& items() const { return m_items; }

private:
    std::set<std::string> m_seen;
    ParamItems m_items;
};

}  // namespace

struct StudyWriter::Impl {
    std::unique_ptr<RowSink> sink;
    std::string location;
    std::string study;
    Provenance adslProvenance = Provenance::Original;
    bool open = true;
    std::map<std::pair<std::string, Provenance>, long long> rows;
    ParamList endpoints, labParams;
    ColumnCacheBuilder columns;
    VariableLabels labels;

    void count(const char* domain, Provenance p) { ++rows[{domain, p}]; }
    Impl& live() {
        if (!open) throw StoreError(location + ": study " + study + " was already committed");
        return *this;
    }
};

StudyWriter StudyWriter::create(std::unique_ptr<RowSink> sink, const std::string& location, const StudyInfo& info) {
    auto impl = std::make_unique<Impl>();
    impl->sink = std::move(sink);
    impl->location = location;
    impl->study = info.id;
    impl->adslProvenance = info.adslProvenance;
    return StudyWriter(std::move(impl));
}

StudyWriter::StudyWriter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
StudyWriter::StudyWriter(StudyWriter&&) noexcept = default;

StudyWriter::~StudyWriter() {
    if (m_impl && m_impl->open) m_impl->sink->abandon();
}

void StudyWriter::setTimeUnit(const std::string& unit) { m_impl->live().sink->setTimeUnit(unit); }

void StudyWriter::setDataSha256(const std::string& digest) { m_impl->live().sink->setDataSha256(digest); }

void StudyWriter::setLabels(VariableLabels labels) { m_impl->live().labels = std::move(labels); }

void StudyWriter::subject(const Subject& s) {
    auto& w = m_impl->live();
    w.sink->subject(s);
    w.columns.subject(s);
    w.count("adsl", w.adslProvenance);
}

void StudyWriter::tte(const TteRecord& r) {
    auto& w = m_impl->live();
    w.sink->tte(r);
    w.endpoints.add(r.paramcd, r.param);
    w.columns.tte(r);
    w.count("adtte", r.provenance);
}

void StudyWriter::lab(const LabRecord& r) {
    auto& w = m_impl->live();
    w.sink->lab(r);
    w.labParams.add(r.paramcd, r.param);
    w.count("adlb", r.provenance);
}

void StudyWriter::ae(const AdverseEvent& e) {
    auto& w = m_impl->live();
    w.sink->ae(e);
    w.count("adae", e.provenance);
}

void StudyWriter::labSummary(const LabSummary& s) {
    auto& w = m_impl->live();
    w.sink->labSummary(s);
    w.labParams.add(s.paramcd, s.param);
    w.count("lab_summary", s.provenance);
}

void StudyWriter::aeCount(const AeCount& c) {
    auto& w = m_impl->live();
    w.sink->aeCount(c);
    w.count("ae_counts", c.provenance);
}

void StudyWriter::survPoint(const SurvPoint& p) {
    auto& w = m_impl->live();
    w.sink->survPoint(p);
    w.endpoints.add(p.endpoint, p.endpoint);
    w.count("survival_points", p.provenance);
}

void StudyWriter::baseline(const BaselineCell& c) {
    auto& w = m_impl->live();
    w.sink->baseline(c);
    w.count("baseline", c.provenance);
}

void StudyWriter::commit() {
    auto& w = m_impl->live();
    StudyTotals totals{std::move(w.rows), w.endpoints.items(), w.labParams.items(), w.columns.pack(),
                       std::move(w.labels)};
    // A failed commit rolls back (the destructor) like any other failure.
    w.sink->finish(totals);
    w.open = false;
}

}  // namespace ts
