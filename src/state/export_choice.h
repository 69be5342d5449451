// What the window's Export menu writes: the view as a PNG (1080p, 4K) or a PDF (A4, A3), or
// the selected park's brochure, and to which file. Plain data and the checks made before a
// file is touched (no window, no Cairo here).
#pragma once

#include <optional>
#include <string>

#include "i18n/catalogue.h"

namespace state {

enum class ExportKind { Png1080, Png4K, PdfA4, PdfA3, Brochure };
inline constexpr ExportKind kExportKinds[] = {ExportKind::Png1080, ExportKind::Png4K, ExportKind::PdfA4, ExportKind::PdfA3,
                                              ExportKind::Brochure};

const char* export_label(ExportKind kind);      // English, for tr(): "Map as PNG, 1920×1080"
const char* export_extension(ExportKind kind);  // ".png" or ".pdf"

// `path` with its extension made the kind's (a name typed without one gets it); empty stays empty.
std::string with_export_extension(const std::string& path, ExportKind kind);

// The file an export is offered under: in `folder`, "parkatlas-map.png", "parkatlas-map-a3.pdf",
// "parkatlas-vsip.pdf" (a brochure, by the park's id).
std::string default_export_path(const std::string& folder, ExportKind kind, const std::string& park_id);

// Why `path` cannot take this export, before anything is written: no file name, a wrong
// extension, a folder that does not exist; nullopt when it can be tried.
std::optional<i18n::Message> export_path_problem(const std::string& path, ExportKind kind);

}  // namespace state
