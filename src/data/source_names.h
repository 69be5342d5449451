// The documents the data cites, by the short keys its source fields use ("004_…txt" for a
// seed report, "[17]" for a public page), so that a person reads "HEZA report 6037/BC-BQL,
// 15 Dec 2023, footnote 5" rather than a file name. The bundled data set lists them in its
// sources.csv (key, citation_en, citation_vi, address).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "data/diagnostic.h"
#include "i18n/language.h"

namespace data {

struct SourceName {
    std::string en, vi;     // the citation in each language
    std::string address;    // a public page's address; empty for documents
};

using SourceNames = std::map<std::string, SourceName, std::less<>>;

// A missing file gives no names and no message; a malformed one gives what it could read and
// one warning in *diagnostics.
SourceNames load_source_names(const std::string& path, Diagnostics* diagnostics);

// `raw` with every key replaced by its citation (the Vietnamese one in Vietnamese, else the
// English one: the documents are cited as their issuers name them), a public page's
// address shortened to its citation, and a parenthesis that only repeats a cited document's
// number dropped. Text that names no key comes back as it was.
std::string cite(std::string_view raw, const SourceNames& names, i18n::Language lang);

}  // namespace data
