// A message about one input file, for the user: what is wrong and where.
#pragma once

#include <string>
#include <vector>

namespace data {

enum class Severity { Info, Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Info;
    std::string file;     // the path the user gave, or the file inside a data set
    std::string message;  // one sentence, in plain words

    std::string to_string() const {
        const char* tag = severity == Severity::Error ? "error" : severity == Severity::Warning ? "warning" : "note";
        return file + ": " + tag + ": " + message;
    }
};

using Diagnostics = std::vector<Diagnostic>;

inline bool has_errors(const Diagnostics& d) {
    for (const auto& x : d)
        if (x.severity == Severity::Error) return true;
    return false;
}

}  // namespace data
