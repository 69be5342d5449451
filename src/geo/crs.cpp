#include "geo/crs.h"

#include <proj.h>

#include <cmath>
#include <limits>

namespace geo {

void Transformer::ContextDeleter::operator()(pj_ctx* c) const { proj_context_destroy(c); }
void Transformer::PjDeleter::operator()(PJconsts* p) const { proj_destroy(p); }

namespace {

// PROJ objects owned for the duration of one create() call.
struct PjGuard {
    PJ* pj = nullptr;
    explicit PjGuard(PJ* p) : pj(p) {}
    PjGuard(const PjGuard&) = delete;
    PjGuard& operator=(const PjGuard&) = delete;
    ~PjGuard() { proj_destroy(pj); }
};

std::string last_error(PJ_CONTEXT* ctx) {
    const int code = proj_context_errno(ctx);
    const char* msg = code ? proj_context_errno_string(ctx, code) : nullptr;
    return msg ? msg : "not a CRS PROJ can read";
}

std::string crs_label(PJ* crs) {
    std::string label = proj_get_name(crs) ? proj_get_name(crs) : "unnamed CRS";
    const char* auth = proj_get_id_auth_name(crs, 0);
    const char* code = proj_get_id_code(crs, 0);
    if (auth && code) label += std::string(" (") + auth + ":" + code + ")";
    return label;
}

}  // namespace

// PROJ would print every failed point to stderr ("webmerc: Invalid latitude"); failures are
// reported to callers as NaN instead.
Transformer::Transformer(ContextPtr ctx, PjPtr pj) : ctx_(std::move(ctx)), pj_(std::move(pj)) {
    proj_log_level(ctx_.get(), PJ_LOG_NONE);
}
Transformer::Transformer(Transformer&&) noexcept = default;
Transformer& Transformer::operator=(Transformer&&) noexcept = default;
Transformer::~Transformer() = default;

std::optional<Transformer> Transformer::create(const std::string& source, const std::string& target,
                                               std::string* error) {
    ContextPtr ctx(proj_context_create());
    auto fail = [&](std::string why) -> std::optional<Transformer> {
        if (error) *error = std::move(why);
        return std::nullopt;
    };
    PjGuard src(proj_create(ctx.get(), source.c_str()));
    if (!src.pj) return fail("source CRS: " + last_error(ctx.get()));
    PjGuard dst(proj_create(ctx.get(), target.c_str()));
    if (!dst.pj) return fail("target CRS: " + last_error(ctx.get()));
    if (!proj_is_crs(src.pj)) return fail("source definition is not a CRS");

    PjGuard op(proj_create_crs_to_crs_from_pj(ctx.get(), src.pj, dst.pj, nullptr, nullptr));
    if (!op.pj) return fail("no transformation from " + crs_label(src.pj) + ": " + last_error(ctx.get()));
    PJ* normalised = proj_normalize_for_visualization(ctx.get(), op.pj);
    if (!normalised) return fail("cannot normalise axis order: " + last_error(ctx.get()));

    Transformer t(std::move(ctx), PjPtr(normalised));
    t.source_name_ = crs_label(src.pj);
    const char* op_name = proj_get_name(normalised);
    t.operation_name_ = op_name ? op_name : "";
    return t;
}

std::optional<Transformer> Transformer::clone() const {
    ContextPtr ctx(proj_context_create());
    PJ* copy = proj_clone(ctx.get(), pj_.get());
    if (!copy) return std::nullopt;
    Transformer t(std::move(ctx), PjPtr(copy));
    t.source_name_ = source_name_;
    t.operation_name_ = operation_name_;
    return t;
}

size_t Transformer::transform(std::span<Vec2> points) const {
    if (points.empty()) return 0;
    // Vec2 is two packed doubles: hand PROJ the x and y arrays with a stride.
    const size_t stride = sizeof(Vec2);
    proj_trans_generic(pj_.get(), PJ_FWD, &points[0].x, stride, points.size(), &points[0].y, stride,
                       points.size(), nullptr, 0, 0, nullptr, 0, 0);
    size_t failed = 0;
    for (auto& p : points) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y) || p.x == HUGE_VAL) {
            p = {std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
            ++failed;
        }
    }
    return failed;
}

std::optional<Vec2> Transformer::transform(Vec2 p) const {
    if (transform(std::span<Vec2>(&p, 1)) != 0) return std::nullopt;
    return p;
}

std::optional<std::string> describe_crs(const std::string& definition, std::string* error) {
    // Declared first so it is destroyed last, after the CRS objects made in it.
    std::unique_ptr<PJ_CONTEXT, decltype(&proj_context_destroy)> ctx(proj_context_create(), &proj_context_destroy);
    PjGuard crs(proj_create(ctx.get(), definition.c_str()));
    if (!crs.pj || !proj_is_crs(crs.pj)) {
        if (error) *error = last_error(ctx.get());
        return std::nullopt;
    }
    if (proj_get_type(crs.pj) != PJ_TYPE_BOUND_CRS) return crs_label(crs.pj);
    PjGuard base(proj_get_source_crs(ctx.get(), crs.pj));
    return (base.pj ? crs_label(base.pj) : crs_label(crs.pj)) + ", with TOWGS84 datum shift";
}

}  // namespace geo
