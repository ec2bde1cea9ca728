#include "fuzz_scratch.h"

#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;

namespace ts::fuzz {

namespace {

fs::path makeDir() {
    std::error_code ec;
    fs::path base = fs::is_directory("/dev/shm", ec) && access("/dev/shm", W_OK) == 0 ? fs::path("/dev/shm")
                                                                                      : fs::temp_directory_path();
    fs::path dir = base / ("ts-fuzz-" + std::to_string(getpid()));
    fs::remove_all(dir, ec);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

Scratch::Scratch(fs::path dir) : m_dir(std::move(dir)), m_store(Store::open(m_dir / "fuzz.db")) {}

Scratch::~Scratch() {
    std::error_code ec;
    fs::remove_all(m_dir, ec);
}

Scratch& Scratch::get() {
    static Scratch s(makeDir());
    return s;
}

fs::path Scratch::folder(const std::string& name) const {
    fs::path f = m_dir / name;
    std::error_code ec;
    fs::remove_all(f, ec);
    fs::create_directories(f);
    return f;
}

void writeFile(const fs::path& file, std::string_view bytes) {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write " + file.string());
}

}  // namespace ts::fuzz
