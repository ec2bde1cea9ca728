#include "store_fixture.h"

#include <fstream>
#include <sstream>

namespace ts::test {

StudyData sampleStudy(const std::string& id) {
    StudyData d;
    d.info.id = id;
    d.info.title = "A \"quoted\" title";
    d.info.citation = "Doe J. Lancet 2020";
    d.info.doi = "10.1000/xyz";
    d.info.registry = "NCT00000001";
    d.info.design = "randomised";
    d.info.population = "adults";
    d.info.timeUnit = "months";
    d.info.provenance = Provenance::Reconstructed;
    d.info.arms = {{"A", "Arm A", 10.0, "mg", "#112233"}, {"B", "Arm B", std::nullopt, "", ""}};
    d.info.populationFlags = {"SAFFL", "ITTFL"};
    d.info.labels = {{{"ADSL", "SAFFL"}, "Safety Population Flag"},
                     {{"ADSL", "AGE"}, "Age \u00e0 l'inclusion"},
                     {{"ADTTE", "AVAL"}, "Analysis Value"}};
    d.info.notes = "notes";
    d.subjects = {{"S1", {{"TRT01A", "A"}, {"SAFFL", "Y"}, {"AGE", "54"}}}, {"S2", {{"TRT01A", "B"}, {"SAFFL", "N"}}}};
    d.tte = {{"S1", "OS", "Overall survival", 12.5, 0, Provenance::Reconstructed},
             {"S2", "OS", "Overall survival", 3.25, 1, Provenance::Reconstructed},
             {"S1", "PFS", "Progression-free", 2.0, 0, Provenance::Reconstructed}};
    d.labs = {{"S1",
               "ALT",
               "Alanine aminotransferase",
               "U/L",
               "Week 2",
               2.0,
               14.0,
               40.5,
               30.0,
               10.5,
               7.0,
               55.0,
               Provenance::Original,
               true,
               false,
               true,
               "2014-01-16",
               "NORMAL",
               "LOW",
               1,
               std::nullopt,
               0,
               2},
              {"S2", "ALT", "Alanine aminotransferase", "U/L", "", std::nullopt, std::nullopt, std::nullopt,
               std::nullopt, std::nullopt, std::nullopt, std::nullopt, Provenance::Original, false}};
    d.aes = {{"S1", "Gastrointestinal disorders", "Nausea", "MILD", 1, "RELATED", false, true, Provenance::Original,
              "2014-01-20", "2014-01-25", 19.0, 24.0, "DRUG WITHDRAWN", false, "RECOVERED/RESOLVED"},
             {"S2", "Skin", "Rash", "", std::nullopt, "", std::nullopt, std::nullopt, Provenance::Original}};
    d.labSummaries = {{"A", "AST", "Aspartate aminotransferase", "U/L", "Week 12", 12, 12.0, 40, 31.5, 8.25,
                       std::nullopt, 30, 25, 37, std::nullopt, std::nullopt, true, Provenance::PublishedAggregate,
                       "Table 3"}};
    d.aeCounts = {{"A", "Infections", "Pneumonia", 3, "related", std::nullopt, 7, true, Provenance::PublishedAggregate,
                   "Table 4"}};
    d.survPoints = {{"B", "EFS", 6.0, 0.75, 20, Provenance::PublishedAggregate, "Figure 2"}};
    d.baseline = {{"Age, years", "A", "45.2 ± 9.8", "mean-sd", 1, Provenance::PublishedAggregate, "Table 1"}};
    return d;
}

std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

FreshStore::FreshStore(const std::string& backend) {
    if (backend == "postgresql") {
        m_server.emplace();
        m_location = m_server->uri();
    } else {
        m_location = m_dir.file("t.db");
    }
}

}  // namespace ts::test
