// A message about one input file, for the user: what is wrong and where. Its text is a
// catalogue entry with {0}, {1}... for what varies (a layer's name, a count), so that it reads
// in the user's language; `message` holds it in English, for logs and tests.
#pragma once

#include <string>
#include <vector>

#include "i18n/catalogue.h"

namespace data {

enum class Severity { Info, Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Info;
    std::string file;     // the path the user gave, or the file inside a data set
    std::string message;  // one sentence, in plain English words
    const char* text = nullptr;     // its catalogue entry (English, with {0}...); null: `message` as it is (GDAL's words)
    std::vector<std::string> args;  // what fills {0}, {1}, ...
    bool translate_args = false;    // the args are catalogue entries too (a reason, not a name)

    // The sentence in `lang`.
    std::string in(i18n::Language lang) const;
    // "file: warning: sentence" in `lang`.
    std::string to_string(i18n::Language lang = i18n::Language::En) const;
};

// A diagnostic from a catalogue entry (mark it with i18n::N_) and what fills it.
Diagnostic diagnostic(Severity severity, std::string file, const char* text, std::vector<std::string> args = {});

using Diagnostics = std::vector<Diagnostic>;

inline bool has_errors(const Diagnostics& d) {
    for (const auto& x : d)
        if (x.severity == Severity::Error) return true;
    return false;
}

}  // namespace data
