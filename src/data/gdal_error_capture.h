// Collects GDAL's error messages during a load instead of letting GDAL print them; they become
// Diagnostics naming the file. GDAL's handler stack is per thread: one capture per thread.
#pragma once

#include <cpl_error.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "data/diagnostic.h"

namespace data {

class GdalErrorCapture {
public:
    GdalErrorCapture() { CPLPushErrorHandlerEx(&GdalErrorCapture::handle, this); }
    ~GdalErrorCapture() { CPLPopErrorHandler(); }
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    // Moves the messages collected so far into `out`, at most `limit` distinct ones.
    void flush(const std::string& file, Diagnostics& out, size_t limit = 5) {
        std::map<std::string, int> seen;
        size_t shown = 0;
        for (const auto& [severity, msg] : messages_) {
            if (seen[msg]++ || shown >= limit) continue;
            ++shown;
            out.push_back(diagnostic(severity, file, i18n::N_("GDAL: {0}"), {msg}));
        }
        if (messages_.size() > shown) {
            out.push_back(diagnostic(Severity::Warning, file, i18n::N_("{0} more GDAL messages like the above"),
                                     {std::to_string(messages_.size() - shown)}));
        }
        messages_.clear();
    }

    using Messages = std::vector<std::pair<Severity, std::string>>;
    // For a second reading thread: its messages are handed to the first thread's capture.
    Messages take() { return std::exchange(messages_, {}); }
    void add(const Messages& more) { messages_.insert(messages_.end(), more.begin(), more.end()); }

private:
    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char* msg) {
        auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
        if (level == CE_Debug || level == CE_None || !self) return;
        self->messages_.emplace_back(level >= CE_Failure ? Severity::Error : Severity::Warning, msg ? msg : "");
    }
    std::vector<std::pair<Severity, std::string>> messages_;
};

}  // namespace data
