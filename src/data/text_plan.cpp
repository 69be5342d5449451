#include "data/text_plan.h"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "data/dbf_sample.h"

namespace fs = std::filesystem;

namespace data {

namespace {

// Whether GDAL's Shapefile driver can recode from what a .cpg says: it passes the name to
// iconv, a bare number as a code page ("1258" is CP1258).
bool gdal_can_recode(const std::string& cpg) {
    if (cpg.empty()) return false;
    const bool digits = std::all_of(cpg.begin(), cpg.end(), [](unsigned char c) { return std::isdigit(c); });
    const std::string name = digits ? "CP" + cpg : cpg;
    iconv_t cd = iconv_open("UTF-8", name.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    iconv_close(cd);
    return true;
}

TextPlan detected(const std::vector<std::string>& samples, const SourceAssumptions& assume) {
    TextPlan plan;
    plan.raw = true;
    if (const auto given = parse_encoding_name(assume.encoding)) {
        plan.encoding = *given;
        plan.basis = Basis::Given;
        return plan;
    }
    const EncodingGuess guess = detect_encoding(samples);
    plan.encoding = guess.encoding;
    plan.basis = Basis::Guessed;
    plan.confidence = guess.confidence;
    plan.values_looked_at = guess.values_looked_at;
    return plan;
}

}  // namespace

TextPlan plan_shapefile_text(const fs::path& shp, const ShapefileParts& parts, const SourceAssumptions& assume,
                             Diagnostics& out) {
    if (!parts.dbf) return {};
    if (parts.cpg) {
        TextPlan plan;
        plan.declared = read_cpg(*parts.cpg);
        const auto named = parse_encoding_name(plan.declared);
        if (named && *named != TextEncoding::Utf8 && *named != TextEncoding::Cp1258) {
            plan.raw = true;  // TCVN3, VNI, VISCII: GDAL cannot read them, the bytes are ours to read
            plan.encoding = *named;
            return plan;
        }
        if (named || gdal_can_recode(plan.declared)) return plan;
        out.push_back(diagnostic(Severity::Warning, shp.string(),
                                 i18n::N_("{0} names the text encoding '{1}', which Park Atlas does not know; the "
                                          "encoding is detected from the text instead"),
                                 {parts.cpg->filename().string(), plan.declared}));
    } else if (dbf_language_driver(*parts.dbf).value_or(0) != 0) {
        return {};  // the .dbf's own code page byte: GDAL reads it
    }
    const auto header = read_dbf_header(*parts.dbf);
    return detected(header ? dbf_text_sample(*parts.dbf, *header) : std::vector<std::string>{}, assume);
}

TextPlan plan_raw_text(const std::vector<std::string>& samples, const SourceAssumptions& assume) {
    return detected(samples, assume);
}

void report_text_plan(const TextPlan& plan, const std::string& file, const std::string& layer, size_t values_decoded,
                      Provenance& provenance, Diagnostics& out) {
    provenance.encoding_basis = plan.basis;
    provenance.encoding_confidence = plan.confidence;
    provenance.encoding = plan.raw ? encoding_name(plan.encoding) : plan.declared;
    if (!plan.raw || plan.encoding == TextEncoding::Utf8 || values_decoded == 0) return;
    const std::string name = encoding_name(plan.encoding);
    if (plan.basis == Basis::Guessed) {
        const std::string percent = std::to_string(static_cast<int>(std::lround(plan.confidence * 100)));
        out.push_back(diagnostic(plan.confidence >= 0.8 ? Severity::Info : Severity::Warning, file,
                                 i18n::N_("layer '{0}': the file does not name its text's encoding; it reads as {1} "
                                          "(detected, {2}% sure) and {3} values were converted to Unicode. If names look "
                                          "wrong, give the encoding: --encoding utf-8, cp1258, tcvn3, vni or viscii"),
                                 {layer, name, percent, std::to_string(values_decoded)}));
    } else {
        out.push_back(diagnostic(Severity::Info, file,
                                 plan.basis == Basis::Given
                                     ? i18n::N_("layer '{0}': text read as {1}, as given with --encoding; {2} values "
                                                "converted to Unicode")
                                     : i18n::N_("layer '{0}': text read as {1}, as its .cpg file says; {2} values "
                                                "converted to Unicode"),
                                 {layer, name, std::to_string(values_decoded)}));
    }
}

}  // namespace data
