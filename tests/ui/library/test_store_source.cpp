// A study too large to load whole (ui/library/store_source.h): its survival questions read packed
// columns, and the columns read for one question serve the next (a change of grouping re-reads
// only the variables not read yet). Every answer equals the store's own slice for that question.
#include <catch2/catch.hpp>

#include "tests/core/store/slice_check.h"
#include "tests/scratch_dir.h"
#include "ui/library/library_store.h"
#include "ui/library/store_source.h"

using namespace ts;

namespace {

// kEagerSubjects + 1 subjects in two arms with SEX and SAFFL, OS and PFS for each.
StudyData largeStudy() {
    StudyData d;
    d.info.id = "LARGE";
    const std::size_t n = kEagerSubjects + 1;
    for (std::size_t i = 0; i < n; ++i) {
        const std::string id = "L-" + std::to_string(i);
        d.subjects.push_back(
            {id, {{"ARM", i % 2 ? "Drug" : "Placebo"}, {"SEX", i % 3 ? "F" : "M"}, {"SAFFL", i % 7 ? "Y" : "N"}}});
        d.tte.push_back({id, "OS", "Overall survival", static_cast<double>(1 + (i * 37) % 997), (i % 5) ? 1 : 0,
                         Provenance::Original});
        d.tte.push_back({id, "PFS", "Progression-free survival", static_cast<double>(1 + (i * 53) % 401),
                         (i % 4) ? 1 : 0, Provenance::Original});
    }
    return d;
}

}  // namespace

TEST_CASE("a large study's survival questions read columns once and answer as the store", "[ui][library]") {
    test::ScratchDir dir;
    Store::open(dir.file("large.db")).importStudy(largeStudy());
    auto library = std::make_shared<LibraryStore>(dir.file("large.db"));
    const std::shared_ptr<const StudySource> source = storeSource(library, "LARGE");
    REQUIRE(source);
    const Store store = Store::open(dir.file("large.db"));
    // A grouping, then another with a population, then another endpoint, the first again, and
    // questions about what the study does not have.
    const std::vector<std::pair<std::string, std::vector<std::string>>> questions{
        {"OS", {"ARM"}},         {"OS", {"SEX", "SAFFL"}}, {"PFS", {"SEX"}}, {"OS", {"ARM", "SEX"}},
        {"OS", {"NOPE", "ARM"}}, {"DFS", {"ARM"}},         {"OS", {"ARM"}}};
    for (const auto& [endpoint, variables] : questions) {
        INFO(endpoint << " by " << variables.front());
        test::sameColumns(source->survival(endpoint, variables), *store.survivalSlice("LARGE", endpoint, variables));
    }
    CHECK_FALSE(source->loaded());  // never loaded whole
}
