#include "state/export_choice.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace fs = std::filesystem;

namespace state {

const char* export_label(ExportKind kind) {
    switch (kind) {
        case ExportKind::Png1080: return i18n::N_("Map as PNG, 1920×1080");
        case ExportKind::Png4K: return i18n::N_("Map as PNG, 3840×2160 (4K)");
        case ExportKind::PdfA4: return i18n::N_("Map as PDF, A4 landscape");
        case ExportKind::PdfA3: return i18n::N_("Map as PDF, A3 landscape");
        case ExportKind::Brochure: break;
    }
    return i18n::N_("Brochure of the selected park (PDF)");
}

const char* export_extension(ExportKind kind) {
    return kind == ExportKind::Png1080 || kind == ExportKind::Png4K ? ".png" : ".pdf";
}

std::string with_export_extension(const std::string& path, ExportKind kind) {
    if (path.empty()) return path;
    fs::path p(path);
    const std::string ext = p.extension().string();
    if (ext == ".png" || ext == ".pdf" || ext == ".PNG" || ext == ".PDF" || ext.empty()) p.replace_extension(export_extension(kind));
    return p.string();
}

std::string default_export_path(const std::string& folder, ExportKind kind, const std::string& park_id) {
    std::string name = "parkatlas-map";
    if (kind == ExportKind::Png4K) name += "-4k";
    if (kind == ExportKind::PdfA3) name += "-a3";
    if (kind == ExportKind::Brochure) name = "parkatlas-" + (park_id.empty() ? std::string("park") : park_id);
    return (fs::path(folder) / (name + export_extension(kind))).string();
}

std::optional<i18n::Message> export_path_problem(const std::string& path, ExportKind kind) {
    using i18n::N_;
    if (path.empty() || fs::path(path).filename().empty()) return i18n::Message{N_("Export: give the file a name"), {}};
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (ext != export_extension(kind))
        return i18n::Message{N_("Export: {0} must end in {1} for this export"), {path, export_extension(kind)}};
    const fs::path folder = fs::path(path).parent_path();
    std::error_code ec;
    if (!folder.empty() && !fs::is_directory(folder, ec))
        return i18n::Message{N_("Export: the folder {0} does not exist"), {folder.string()}};
    return std::nullopt;
}

}  // namespace state
