// Coordinate reference systems and transforms. The only place that includes PROJ.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>

#include "geo/geometry.h"

struct pj_ctx;
struct PJconsts;

namespace geo {

inline constexpr const char* kDisplayCrs = "EPSG:3857";
inline constexpr const char* kLonLatCrs = "EPSG:4326";

// A transform from one CRS to another, axis order normalised to x=easting/longitude,
// y=northing/latitude, datum shifts applied as PROJ chooses (a TOWGS84 clause in a WKT1
// definition wins; otherwise the best EPSG operation for the area of use).
// Each Transformer owns its PROJ context, so two of them may run on two threads;
// use clone() to get one per thread.
class Transformer {
public:
    // source/target: anything PROJ accepts ("EPSG:9210", WKT1/WKT2, PROJJSON, a PROJ string).
    // On failure returns nullopt and, if error is non-null, says why in one line.
    static std::optional<Transformer> create(const std::string& source, const std::string& target,
                                             std::string* error = nullptr);

    Transformer(Transformer&&) noexcept;
    Transformer& operator=(Transformer&&) noexcept;
    ~Transformer();

    std::optional<Transformer> clone() const;

    // Transforms in place. Points that cannot be transformed become NaN; returns how many.
    size_t transform(std::span<Vec2> points) const;
    std::optional<Vec2> transform(Vec2 p) const;

    // The human-readable names PROJ gives the two CRSs and the operation chosen.
    const std::string& source_name() const { return source_name_; }
    const std::string& operation_name() const { return operation_name_; }

private:
    struct ContextDeleter { void operator()(pj_ctx* c) const; };
    struct PjDeleter { void operator()(PJconsts* p) const; };
    using ContextPtr = std::unique_ptr<pj_ctx, ContextDeleter>;
    using PjPtr = std::unique_ptr<PJconsts, PjDeleter>;

    Transformer(ContextPtr ctx, PjPtr pj);

    ContextPtr ctx_;
    PjPtr pj_;
    std::string source_name_;
    std::string operation_name_;
};

// Short description of a CRS definition ("VN-2000 / TM-3 105-45 (EPSG:9210), +TOWGS84"), or
// nullopt when PROJ cannot parse it.
std::optional<std::string> describe_crs(const std::string& definition, std::string* error = nullptr);

}  // namespace geo
