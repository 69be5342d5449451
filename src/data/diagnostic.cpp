#include "data/diagnostic.h"

namespace data {

Diagnostic diagnostic(Severity severity, std::string file, const char* text, std::vector<std::string> args) {
    Diagnostic d{severity, std::move(file), i18n::trf(text, i18n::Language::En, args), text, std::move(args)};
    return d;
}

std::string Diagnostic::in(i18n::Language lang) const {
    if (!text) return message;
    if (!translate_args) return i18n::trf(text, lang, args);
    std::vector<std::string> words;
    for (const auto& a : args) words.emplace_back(i18n::tr(a.c_str(), lang));
    return i18n::trf(text, lang, words);
}

std::string Diagnostic::to_string(i18n::Language lang) const {
    const char* tag = severity == Severity::Error     ? i18n::tr("error", lang)
                      : severity == Severity::Warning ? i18n::tr("warning", lang)
                                                      : i18n::tr("note", lang);
    return file + ": " + tag + ": " + in(lang);
}

}  // namespace data
