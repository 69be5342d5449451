// Helpers for tests that need files: a scratch directory removed afterwards, copies of the
// bundled layers to break, and fingerprints to prove inputs were never written to.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>

namespace test_support {

namespace fs = std::filesystem;

inline fs::path bundled_data() { return PARKATLAS_TEST_DATA; }

class TempDir {
public:
    TempDir() {
        std::random_device rd;
        path_ = fs::temp_directory_path() / ("parkatlas-test-" + std::to_string(rd()) + std::to_string(rd()));
        fs::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& name) const { return path_ / name; }

private:
    fs::path path_;
};

// Copies every file of a bundled layer ("parks" → parks.shp, .shx, ...) into `dir`.
inline fs::path copy_bundled_layer(const std::string& stem, const fs::path& dir) {
    for (const auto& entry : fs::directory_iterator(bundled_data()))
        if (entry.path().stem() == stem) fs::copy_file(entry.path(), dir / entry.path().filename());
    return dir / (stem + ".shp");
}

inline std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void write_file(const fs::path& p, const std::string& content) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << content;
}

// Name → (size, FNV-1a hash, mtime) of every file in a directory.
inline std::map<std::string, std::string> fingerprint(const fs::path& dir) {
    std::map<std::string, std::string> out;
    for (const auto& entry : fs::directory_iterator(dir)) {
        const std::string bytes = read_file(entry.path());
        uint64_t h = 1469598103934665603ull;
        for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
        out[entry.path().filename().string()] = std::to_string(bytes.size()) + ":" + std::to_string(h) + ":" +
                                                 std::to_string(entry.last_write_time().time_since_epoch().count());
    }
    return out;
}

}  // namespace test_support
