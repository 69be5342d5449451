// Layers that live in a PostgreSQL/PostGIS database, named by a GDAL connection string
// ("PG:dbname=plans tables=public.parcels", "PG:service=atlas"): recognising one, hiding its
// password, listing the tables that have geometry, and saying what went wrong in plain words.
// No GDAL types here (the window's panels include it); the reading itself is
// load_vector_file's, like a file's.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "data/diagnostic.h"

namespace data {

// "PG:..." (any case): a database, not a file path. No file checks apply to it.
bool is_database_source(std::string_view source);

// The connection string with any password's value replaced by "********" (key=value form,
// quoted or not, and a postgresql://user:secret@host URI): for messages, --info, tooltips.
std::string mask_password(std::string_view source);

// The connection string with any password removed altogether: what settings remember. The
// password belongs in ~/.pgpass or a pg_service.conf, which libpq reads by itself.
std::string without_password(std::string_view source);

// The same connection reading only `table` ("schema.table"): any tables=... replaced.
std::string with_table(std::string_view source, std::string_view table);

// One table (or view) with a geometry column, as PostGIS's geometry_columns lists it.
struct DatabaseTable {
    std::string schema, table;
    std::string geometry_column;
    std::string geometry_type;  // "POLYGON", "MULTILINESTRING", "GEOMETRY"...
    int srid = 0;
    int64_t estimated_rows = -1;  // the planner's estimate (pg_class.reltuples); -1: not known yet

    std::string qualified() const { return schema + "." + table; }
};

struct TableListing {
    std::vector<DatabaseTable> tables;  // by schema, then table
    Diagnostics diagnostics;            // why there are none, if so (named by the masked connection)
};

// Connects with GDAL's PostgreSQL driver and lists the geometry tables. Blocking (a network
// round trip or a connect timeout): call it off the window's thread.
TableListing list_database_tables(const std::string& source);

// What GDAL/libpq said, turned into one clear message when it is a problem people meet (no
// server, wrong password, no such database or table), naming the connection with its password
// masked; otherwise GDAL's own words, masked. `source` as given.
Diagnostic database_problem(const std::string& source, const std::string& gdal_text);

}  // namespace data
