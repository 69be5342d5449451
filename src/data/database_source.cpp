#include "data/database_source.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "data/database_checks.h"
#include "data/gdal_error_capture.h"

namespace data {

namespace {

constexpr std::string_view kMask = "********";

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// One key=value of a libpq connection string: where it starts and ends, and its value.
struct Pair {
    size_t begin = 0, end = 0;              // the whole "key = value"
    size_t value_begin = 0, value_end = 0;  // the value, quotes included
    std::string key;
};

// libpq's "key=value key='quoted \' value'" form, after the "PG:" prefix. A string it cannot
// read (a URI) gives no pairs.
std::vector<Pair> conninfo_pairs(std::string_view s, size_t from) {
    std::vector<Pair> pairs;
    size_t i = from;
    auto space = [&](size_t k) { return k < s.size() && std::isspace(static_cast<unsigned char>(s[k])); };
    while (true) {
        while (space(i)) ++i;
        if (i >= s.size()) break;
        Pair p;
        p.begin = i;
        while (i < s.size() && s[i] != '=' && !space(i)) ++i;
        p.key = std::string(s.substr(p.begin, i - p.begin));
        while (space(i)) ++i;
        if (i >= s.size() || s[i] != '=') return {};
        ++i;
        while (space(i)) ++i;
        p.value_begin = i;
        if (i < s.size() && s[i] == '\'') {
            for (++i; i < s.size() && s[i] != '\''; ++i)
                if (s[i] == '\\') ++i;
            if (i < s.size()) ++i;
        } else {
            for (; i < s.size() && !space(i); ++i)
                if (s[i] == '\\') ++i;
        }
        p.value_end = p.end = std::min(i, s.size());
        pairs.push_back(std::move(p));
    }
    return pairs;
}

size_t prefix_length(std::string_view s) { return is_database_source(s) ? 3 : 0; }

// postgresql://user:secret@host/db?password=secret: the spans of the secrets.
std::vector<std::pair<size_t, size_t>> uri_secrets(std::string_view s, size_t from) {
    std::vector<std::pair<size_t, size_t>> spans;
    const size_t scheme = s.find("://", from);
    if (scheme == std::string_view::npos) return spans;
    const size_t auth = scheme + 3;
    const size_t host_end = std::min(s.find('/', auth), s.find('?', auth));
    const size_t at = s.rfind('@', host_end == std::string_view::npos ? s.size() : host_end);
    if (at != std::string_view::npos && at > auth) {
        const size_t colon = s.find(':', auth);
        if (colon != std::string_view::npos && colon < at) spans.emplace_back(colon + 1, at);
    }
    for (size_t q = s.find("password=", auth); q != std::string_view::npos; q = s.find("password=", q + 1)) {
        if (q == 0 || (s[q - 1] != '?' && s[q - 1] != '&')) continue;
        const size_t v = q + 9;
        spans.emplace_back(v, std::min(s.find('&', v), s.size()));
    }
    std::sort(spans.begin(), spans.end());
    return spans;
}

std::string replace_spans(std::string_view s, const std::vector<std::pair<size_t, size_t>>& spans, std::string_view with) {
    std::string out;
    size_t at = 0;
    for (const auto& [b, e] : spans) {
        out.append(s.substr(at, b - at));
        out.append(with);
        at = e;
    }
    out.append(s.substr(at));
    return out;
}

// Removes the pairs whose key is `key` (and the space after each), leaving the rest as written.
std::string drop_key(std::string_view s, std::string_view key) {
    const auto pairs = conninfo_pairs(s, prefix_length(s));
    std::string out;
    size_t at = 0;
    for (const auto& p : pairs) {
        if (!iequals(p.key, key)) continue;
        out.append(s.substr(at, p.begin - at));
        at = p.end;
        while (at < s.size() && std::isspace(static_cast<unsigned char>(s[at]))) ++at;
    }
    out.append(s.substr(at));
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
    return out;
}

// libpq's message in one line, without GDAL's "PQconnectdb failed." in front.
std::string one_line(std::string text) {
    for (const char* noise : {"PQconnectdb failed.", "PQconnectdb failed"}) {
        const size_t at = text.find(noise);
        if (at != std::string::npos) text.erase(at, std::string_view(noise).size());
    }
    std::string out;
    for (char c : text) {
        const bool blank = std::isspace(static_cast<unsigned char>(c));
        if (blank && (out.empty() || out.back() == ' ')) continue;
        out.push_back(blank ? ' ' : c);
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// A password quoted back in a message (it should never be, but GDAL echoes what it was given).
std::string scrub(std::string text, const std::string& source) {
    for (const auto& p : conninfo_pairs(source, prefix_length(source))) {
        if (!iequals(p.key, "password") || p.value_end <= p.value_begin) continue;
        const std::string secret = source.substr(p.value_begin, p.value_end - p.value_begin);
        for (size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + kMask.size()))
            text.replace(at, secret.size(), kMask);
    }
    return text;
}

std::string sql_literal(std::string_view text) {
    std::string out = "'";
    for (char c : text) {
        out.push_back(c);
        if (c == '\'') out.push_back('\'');
    }
    return out + "'";
}

// Only the PostgreSQL driver is asked: others would try (and name themselves in errors).
GDALDatasetUniquePtr open_database(const std::string& source) {
    static const bool registered = (GDALAllRegister(), true);
    (void)registered;
    const char* const drivers[] = {"PostgreSQL", nullptr};
    const unsigned flags = GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR;
    return GDALDatasetUniquePtr(GDALDataset::Open(source.c_str(), flags, drivers, nullptr, nullptr));
}

// Runs a query through GDAL, handing its result set back when done.
class SqlResult {
public:
    SqlResult(GDALDataset& ds, const std::string& sql) : ds_(ds), layer_(ds.ExecuteSQL(sql.c_str(), nullptr, nullptr)) {}
    ~SqlResult() {
        if (layer_) ds_.ReleaseResultSet(layer_);
    }
    SqlResult(const SqlResult&) = delete;
    SqlResult& operator=(const SqlResult&) = delete;
    OGRLayer* layer() const { return layer_; }

private:
    GDALDataset& ds_;
    OGRLayer* layer_;
};

}  // namespace

bool is_database_source(std::string_view source) { return source.size() >= 3 && iequals(source.substr(0, 3), "PG:"); }

std::string mask_password(std::string_view source) {
    if (!is_database_source(source)) return std::string(source);
    const auto pairs = conninfo_pairs(source, 3);
    if (pairs.empty()) return replace_spans(source, uri_secrets(source, 3), kMask);
    std::vector<std::pair<size_t, size_t>> spans;
    for (const auto& p : pairs)
        if (iequals(p.key, "password")) spans.emplace_back(p.value_begin, p.value_end);
    return replace_spans(source, spans, kMask);
}

std::string without_password(std::string_view source) {
    if (!is_database_source(source)) return std::string(source);
    if (conninfo_pairs(source, 3).empty()) {  // a URI: its secrets go, their separators stay
        std::string out = replace_spans(source, uri_secrets(source, 3), "");
        for (const char* left : {":@", "?password=&", "&password="}) {
            for (size_t at = out.find(left); at != std::string::npos; at = out.find(left)) {
                const std::string_view l(left);
                out.replace(at, l.size(), l == ":@" ? "@" : l == "&password=" ? "" : "?");
            }
        }
        const size_t tail = out.find("?password=");
        if (tail != std::string::npos && tail + 10 == out.size()) out.erase(tail);
        return out;
    }
    return drop_key(source, "password");
}

std::string with_table(std::string_view source, std::string_view table) {
    std::string out = drop_key(source, "tables");
    if (!out.empty() && out.back() != ':') out += ' ';
    return out + "tables=" + std::string(table);
}

Diagnostic database_problem(const std::string& source, const std::string& gdal_text) {
    const std::string shown = mask_password(source);
    const std::string said = scrub(one_line(gdal_text), source);
    auto has = [&](const char* words) { return said.find(words) != std::string::npos; };
    const char* text = i18n::N_("the database {0} could not be read: {1}");
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed"))
        text = i18n::N_("the database server refused the login for {0}: wrong user name or password? Keep the password in "
                        "~/.pgpass or a pg_service.conf ({1})");
    else if (has("could not connect") || has("Is the server running") || has("Connection refused") ||
             (has("connection to server") && has("No such file or directory")))
        text = i18n::N_("cannot connect to the database server for {0}: is the server running? ({1})");
    else if (has("database \"") && has("does not exist"))
        text = i18n::N_("no such database on the server for {0} ({1})");
    else if (has("relation \"") && has("does not exist"))
        text = i18n::N_("no such table in the database {0} ({1})");
    return diagnostic(Severity::Error, shown, text, {shown, said});
}

std::optional<Diagnostic> database_layer_problem(GDALDataset& ds, OGRLayer& layer, const std::string& source) {
    const std::string name = layer.GetName();
    const size_t dot = name.find('.');
    const std::string schema = dot == std::string::npos ? "" : name.substr(0, dot);
    const std::string table = dot == std::string::npos ? name : name.substr(dot + 1);
    const std::string where_schema =
        schema.empty() ? "n.nspname = ANY (current_schemas(false))" : "n.nspname = " + sql_literal(schema);
    const std::string sql = "SELECT count(*) FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE c.relname = " + sql_literal(table) + " AND " + where_schema;
    const std::string shown = mask_password(source);
    {
        SqlResult found(ds, sql);
        OGRFeatureUniquePtr row{found.layer() ? found.layer()->GetNextFeature() : nullptr};
        if (row && row->GetFieldAsInteger64(0) == 0)
            return diagnostic(Severity::Error, shown, i18n::N_("no table '{0}' in the database {1}"), {name, shown});
    }
    if (layer.GetLayerDefn()->GetGeomFieldCount() == 0)
        return diagnostic(Severity::Error, shown,
                          i18n::N_("table '{0}' in the database {1} has no geometry column: nothing to draw"), {name, shown});
    return std::nullopt;
}

TableListing list_database_tables(const std::string& source) {
    TableListing listing;
    GdalErrorCapture errors;
    const std::string conn = drop_key(source, "tables");
    GDALDatasetUniquePtr ds = open_database(conn);
    auto problem = [&] {
        Diagnostics said;
        errors.flush(conn, said, 3);
        std::string text;
        for (const auto& d : said) text += (text.empty() ? "" : " ") + d.message;
        listing.diagnostics.push_back(database_problem(source, text));
    };
    if (!ds) {
        problem();
        return listing;
    }
    SqlResult rows(*ds,
                   "SELECT g.f_table_schema, g.f_table_name, g.f_geometry_column, g.type, g.srid, c.reltuples::bigint "
                   "FROM geometry_columns g "
                   "LEFT JOIN pg_catalog.pg_namespace n ON n.nspname = g.f_table_schema "
                   "LEFT JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = g.f_table_name "
                   "ORDER BY 1, 2, 3");
    if (!rows.layer()) {
        problem();
        return listing;
    }
    while (OGRFeatureUniquePtr row{rows.layer()->GetNextFeature()}) {
        DatabaseTable t;
        t.schema = row->GetFieldAsString(0);
        t.table = row->GetFieldAsString(1);
        t.geometry_column = row->GetFieldAsString(2);
        t.geometry_type = row->GetFieldAsString(3);
        t.srid = row->GetFieldAsInteger(4);
        t.estimated_rows = row->IsFieldSetAndNotNull(5) ? row->GetFieldAsInteger64(5) : -1;
        listing.tables.push_back(std::move(t));
    }
    if (listing.tables.empty())
        listing.diagnostics.push_back(diagnostic(Severity::Warning, mask_password(source),
                                                 i18n::N_("the database {0} has no tables with a geometry column"),
                                                 {mask_password(source)}));
    return listing;
}

}  // namespace data
