#include "core/reconstruct/generate_samples.h"

#include "core/reconstruct/adam_csv_writer.h"
#include "core/reconstruct/li2023_sample.h"
#include "core/reconstruct/qin2024_sample.h"
#include "core/reconstruct/shi2021_sample.h"

namespace ts {

void generateSamples(const std::filesystem::path& root) {
    writeAdamCsv(shi2021Sample().study, root / "shi2021");
    writeAdamCsv(qin2024Sample(), root / "qin2024");
    writeAdamCsv(li2023Sample().study, root / "li2023");
}

}  // namespace ts
