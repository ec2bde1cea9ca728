#pragma once
// Which of a study's data a table answers from when it holds both subject-level records and the
// publication's aggregate table (Shi 2021: 7 illustrative ADAE records beside the paper's AE
// counts; a reconstructed ADSL with sex only beside the paper's Table 1).
namespace ts {

enum class DataSource {
    Auto,       // subject-level records when there are any, else the published table
    Subjects,   // subject-level records (the published table when there are none)
    Published,  // the published table (an AnalysisError when the study has none)
};

}  // namespace ts
