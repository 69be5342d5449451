#include "data/diagnostic.h"

namespace data {

Diagnostic diagnostic(Severity severity, std::string file, const char* text, std::vector<std::string> args) {
    Diagnostic d{severity, std::move(file), i18n::trf(text, i18n::Language::En, args), text, std::move(args)};
    return d;
}

std::string Diagnostic::in(i18n::Language lang) const { return text ? i18n::trf(text, lang, args) : message; }

std::string Diagnostic::to_string(i18n::Language lang) const {
    const char* tag = severity == Severity::Error     ? i18n::tr("error", lang)
                      : severity == Severity::Warning ? i18n::tr("warning", lang)
                                                      : i18n::tr("note", lang);
    return file + ": " + tag + ": " + in(lang);
}

}  // namespace data
