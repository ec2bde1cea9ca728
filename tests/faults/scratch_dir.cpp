#include "scratch_dir.h"

#include <random>
#include <string>

namespace ts::fault {

ScratchDir::ScratchDir() {
    std::random_device rd;
    m_path = std::filesystem::temp_directory_path() / ("ts-faults-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(m_path);
}

ScratchDir::~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

}  // namespace ts::fault
