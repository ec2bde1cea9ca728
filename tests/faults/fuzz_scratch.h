#pragma once
// Per-process scratch space for the fuzz entries: the readers take file paths, so each input is
// written to a file first (under /dev/shm when available, so nothing touches a disk), and import
// entries share one store that lives as long as the process. Removed at exit.
#include <filesystem>
#include <string_view>

#include "core/store/store.h"

namespace ts::fuzz {

class Scratch {
public:
    static Scratch& get();

    // An empty folder `name` inside the scratch directory (emptied when it exists).
    std::filesystem::path folder(const std::string& name) const;
    Store& store() { return m_store; }

    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    ~Scratch();

private:
    explicit Scratch(std::filesystem::path dir);
    std::filesystem::path m_dir;
    Store m_store;
};

void writeFile(const std::filesystem::path& file, std::string_view bytes);

}  // namespace ts::fuzz
