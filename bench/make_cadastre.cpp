// parkatlas-make-cadastre OUT.shp|OUT.gpkg|OUT.fgb --parcels N [--seed S] [--format shp|gpkg|fgb]
//
// Writes a deterministic, cadastre-like ESRI Shapefile (or GeoPackage with its R-tree, or
// FlatGeobuf with its packed index: a region's cadastre as it is usually handed over) in VN-2000 / TM-3 105°45' (EPSG:9210)
// metres, south-west corner at E 590000, N 2290000 (Hai Phong). Parcels are cells of a jittered
// grid, grouped into blocks of 8 x 8 separated by 8 m roads. Inside a block, neighbouring
// parcels share their corner vertices AND the intermediate vertices of their common edge, so
// the data has the topology of a real cadastre. Every edge carries 1..9 intermediate vertices:
// 8..40 vertices per outer ring. About 10% of parcels have a hole; about 2% (a subset of those)
// are multipolygons with an island inside the hole. Attributes are UTF-8 Vietnamese.
//
// Same arguments -> byte-identical Shapefiles (the DBF date is pinned; .prj is written by us as
// OGC WKT1 with the VN-2000 TOWGS84 parameters, which GDAL's ESRI .prj would drop). The
// GeoPackage's dates are pinned too (OGR_CURRENT_DATE); its CRS is the same WKT.
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace {

constexpr double kOriginE = 590000.0, kOriginN = 2290000.0;
constexpr double kCellW = 22.0, kCellH = 26.0, kRoad = 8.0;
constexpr int kBlock = 8;  // parcels per block side

uint64_t mix(uint64_t x) {  // splitmix64 finaliser
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}
uint64_t hash(uint64_t seed, uint64_t a, uint64_t b = 0, uint64_t c = 0, uint64_t d = 0) {
    return mix(mix(mix(mix(mix(seed) ^ a) ^ b) ^ c) ^ d);
}
double unit(uint64_t h) { return double(h >> 11) * (1.0 / 9007199254740992.0); }  // [0, 1)
double sym(uint64_t h) { return unit(h) * 2.0 - 1.0; }                              // [-1, 1)

struct P {
    double x, y;
};

struct Generator {
    uint64_t seed;

    // Grid vertex (gx, gy), gx in 0..cols; belongs to the block of the parcel it is the
    // lower-left corner of, so vertices on a block's upper/right boundary are resolved by the
    // block the caller is in (bx, by).
    P vertex(int bx, int by, int lx, int ly) const {
        const double x0 = kOriginE + bx * (kBlock * kCellW + kRoad) + lx * kCellW;
        const double y0 = kOriginN + by * (kBlock * kCellH + kRoad) + ly * kCellH;
        const uint64_t h = hash(seed, 1, uint64_t(bx) << 32 | uint32_t(by), uint64_t(lx) << 32 | uint32_t(ly));
        // Block boundary vertices stay on the straight block edge (jitter along it only).
        const double jx = (lx == 0 || lx == kBlock) ? 0.0 : sym(h) * 0.15 * kCellW;
        const double jy = (ly == 0 || ly == kBlock) ? 0.0 : sym(mix(h)) * 0.15 * kCellH;
        return {x0 + jx, y0 + jy};
    }

    // Intermediate vertices of the edge a -> b (canonical direction), identified by `id`.
    void edge(uint64_t id, P a, P b, bool reverse, std::vector<P>& out) const {
        const uint64_t h = hash(seed, 2, id);
        const int n = 1 + int(h % 9);
        const double dx = b.x - a.x, dy = b.y - a.y, len = std::hypot(dx, dy);
        const double nx = -dy / len, ny = dx / len;
        std::vector<P> pts;
        pts.reserve(n);
        for (int i = 1; i <= n; ++i) {
            const uint64_t hi = hash(seed, 3, id, uint64_t(i));
            const double t = double(i) / (n + 1) + sym(hi) * 0.3 / (n + 1);
            const double off = sym(mix(hi)) * 0.02 * len;
            pts.push_back({a.x + dx * t + nx * off, a.y + dy * t + ny * off});
        }
        if (reverse)
            for (int i = n - 1; i >= 0; --i) out.push_back(pts[i]);
        else
            for (const P& p : pts) out.push_back(p);
    }
};

double ring_area(const std::vector<P>& r) {
    double a = 0.0;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) a += r[j].x * r[i].y - r[i].x * r[j].y;
    return a * 0.5;
}

OGRLinearRing to_ring(const std::vector<P>& pts) {
    OGRLinearRing ring;
    ring.setNumPoints(int(pts.size() + 1));
    for (size_t i = 0; i < pts.size(); ++i) ring.setPoint(int(i), pts[i].x, pts[i].y);
    ring.setPoint(int(pts.size()), pts[0].x, pts[0].y);
    return ring;
}

// A small n-gon around c, counter-clockwise.
std::vector<P> ngon(P c, double rx, double ry, int n, double phase) {
    std::vector<P> r;
    for (int i = 0; i < n; ++i) {
        const double a = phase + 2.0 * M_PI * i / n;
        r.push_back({c.x + rx * std::cos(a), c.y + ry * std::sin(a)});
    }
    return r;
}

const char* kHo[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
                     "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
const char* kDem[] = {"Văn", "Thị", "Đức", "Minh", "Hữu", "Thu", "Quang", "Ngọc", "Xuân", "Thanh"};
const char* kTen[] = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hùng", "Hương",
                      "Khánh", "Lan", "Long", "Mai", "Nam", "Nga", "Phúc", "Quế", "Sơn", "Thảo",
                      "Thắng", "Trung", "Tuấn", "Việt", "Yến"};
const char* kLoaiDat[] = {"ODT", "ONT", "LUC", "SKK", "CLN", "BHK", "TMD", "DGT", "NTS", "DGD"};

template <class T, size_t N>
const T& pick(const T (&a)[N], uint64_t h) {
    return a[h % N];
}

// OGC WKT1 of EPSG:9210 with the VN-2000 7-parameter shift.
std::string prj_wkt() {
    OGRSpatialReference srs;
    if (srs.importFromEPSG(9210) != OGRERR_NONE) return {};
    srs.SetTOWGS84(-191.90441429, -39.30318279, -111.45032835, 0.00928836, -0.01975479, 0.00427372, 0.252906278);
    char* wkt = nullptr;
    const char* opts[] = {"FORMAT=WKT1_GDAL", nullptr};
    srs.exportToWkt(&wkt, opts);
    std::string s = wkt ? wkt : "";
    CPLFree(wkt);
    return s;
}

int usage() {
    std::fprintf(stderr, "usage: parkatlas-make-cadastre OUT.shp|OUT.gpkg|OUT.fgb --parcels N [--seed S] [--format shp|gpkg|fgb]\n");
    return 2;
}

bool ends_with(const std::string& s, const char* tail) {
    const std::string t(tail);
    return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

}  // namespace

int main(int argc, char** argv) {
    std::string out;
    long long parcels = -1;
    uint64_t seed = 1;
    std::string format;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--parcels" && i + 1 < argc) parcels = std::atoll(argv[++i]);
        else if (a == "--format" && i + 1 < argc) format = argv[++i];
        else if (a == "--seed" && i + 1 < argc) seed = std::strtoull(argv[++i], nullptr, 10);
        else if (!a.empty() && a[0] != '-' && out.empty()) out = a;
        else return usage();
    }
    if (out.empty() || parcels < 1 || parcels > 20'000'000) return usage();
    if (format.empty()) format = ends_with(out, ".gpkg") ? "gpkg" : ends_with(out, ".fgb") ? "fgb" : "shp";
    if (format != "shp" && format != "gpkg" && format != "fgb") return usage();
    const bool shapefile = format == "shp";

    GDALAllRegister();
    const char* driver_name = shapefile ? "ESRI Shapefile" : format == "gpkg" ? "GPKG" : "FlatGeobuf";
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName(driver_name);
    if (!drv) {
        std::fprintf(stderr, "no %s driver\n", driver_name);
        return 1;
    }
    VSIUnlink(out.c_str());  // Create refuses nothing, but stale sidecars would linger
    if (!shapefile) CPLSetConfigOption("OGR_CURRENT_DATE", "2024-01-01T00:00:00Z");  // reproducible GeoPackage
    GDALDataset* ds = drv->Create(out.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    if (!ds) {
        std::fprintf(stderr, "cannot create %s\n", out.c_str());
        return 1;
    }
    OGRSpatialReference srs;
    srs.importFromEPSG(9210);
    if (!shapefile) {  // keep the datum shift in the file's own CRS record
        const std::string wkt = prj_wkt();
        srs.importFromWkt(wkt.c_str());
    }
    const char* shp_opts[] = {"ENCODING=UTF-8", "DBF_DATE_LAST_UPDATE=2024-01-01", "SPATIAL_INDEX=NO", nullptr};
    // The index is what a viewer reads the view through: GeoPackage's R-tree, FlatGeobuf's packed Hilbert R-tree.
    const char* gpkg_opts[] = {"SPATIAL_INDEX=YES", "FID=fid", nullptr};
    const char* fgb_opts[] = {"SPATIAL_INDEX=YES", nullptr};
    const char* const* lopts = shapefile ? shp_opts : format == "gpkg" ? gpkg_opts : fgb_opts;
    // A Shapefile's polygon type holds multipolygons; a GeoPackage or FlatGeobuf layer says
    // MultiPolygon and every parcel is written as one, as a conformant file has it.
    const OGRwkbGeometryType type = shapefile ? wkbPolygon : wkbMultiPolygon;
    OGRLayer* layer = ds->CreateLayer(CPLGetBasename(out.c_str()), &srs, type, const_cast<char**>(lopts));
    if (!layer) {
        std::fprintf(stderr, "cannot create layer\n");
        GDALClose(ds);
        return 1;
    }
    OGRFieldDefn f_so("so_thua", OFTInteger);
    OGRFieldDefn f_chu("chu_su_dun", OFTString);  // "chu_su_dung": DBF names stop at 10 bytes
    f_chu.SetWidth(80);
    OGRFieldDefn f_loai("loai_dat", OFTString);
    f_loai.SetWidth(8);
    OGRFieldDefn f_dt("dien_tich", OFTReal);
    f_dt.SetWidth(14);
    f_dt.SetPrecision(1);
    for (OGRFieldDefn* fd : {&f_so, &f_chu, &f_loai, &f_dt})
        if (layer->CreateField(fd) != OGRERR_NONE) {
            std::fprintf(stderr, "cannot create field %s\n", fd->GetNameRef());
            GDALClose(ds);
            return 1;
        }

    const Generator gen{seed};
    const long long cols = (long long)std::ceil(std::sqrt(double(parcels)));
    long long written = 0, holes = 0, multis = 0, vertices = 0;
    std::vector<P> ring;
    const bool transactions = format == "gpkg";  // one SQLite transaction per 100k rows, not per row
    if (transactions) ds->StartTransaction();
    for (long long n = 0; n < parcels; ++n) {
        if (transactions && n && n % 100000 == 0) {
            ds->CommitTransaction();
            ds->StartTransaction();
        }
        const long long gx = n % cols, gy = n / cols;
        const int bx = int(gx / kBlock), by = int(gy / kBlock);
        const int lx = int(gx % kBlock), ly = int(gy % kBlock);
        const P a = gen.vertex(bx, by, lx, ly), b = gen.vertex(bx, by, lx + 1, ly);
        const P c = gen.vertex(bx, by, lx + 1, ly + 1), d = gen.vertex(bx, by, lx, ly + 1);
        // Edge ids: the block and the edge's lower/left vertex, plus H or V. Shared by the two
        // parcels on either side, so both get the same intermediate vertices.
        auto eid = [&](int kind, int x, int y) {
            return hash(0, uint64_t(kind), uint64_t(bx) << 32 | uint32_t(by), uint64_t(x) << 32 | uint32_t(y));
        };
        ring.clear();
        ring.push_back(a);
        gen.edge(eid(0, lx, ly), a, b, false, ring);  // bottom, H(lx, ly) a->b
        ring.push_back(b);
        gen.edge(eid(1, lx + 1, ly), b, c, false, ring);  // right, V(lx+1, ly) b->c
        ring.push_back(c);
        gen.edge(eid(0, lx, ly + 1), d, c, true, ring);  // top, H(lx, ly+1) d->c, reversed
        ring.push_back(d);
        gen.edge(eid(1, lx, ly), a, d, true, ring);  // left, V(lx, ly) a->d, reversed

        const uint64_t h = hash(seed, 4, uint64_t(n));
        const double r = unit(h);
        const P centre{(a.x + b.x + c.x + d.x) / 4, (a.y + b.y + c.y + d.y) / 4};
        OGRPolygon poly;
        OGRLinearRing outer = to_ring(ring);
        poly.addRing(&outer);
        double area = std::abs(ring_area(ring));
        vertices += static_cast<long long>(ring.size());
        std::unique_ptr<OGRGeometry> geom;
        if (r < 0.10) {
            const std::vector<P> hole = ngon(centre, 0.15 * kCellW, 0.15 * kCellH, 5 + int(h % 4), unit(mix(h)));
            OGRLinearRing hr = to_ring(hole);
            poly.addRing(&hr);
            area -= std::abs(ring_area(hole));
            vertices += static_cast<long long>(hole.size());
            ++holes;
        }
        if (r < 0.02) {
            const std::vector<P> island = ngon(centre, 0.07 * kCellW, 0.07 * kCellH, 4, 0.3);
            OGRPolygon ip;
            OGRLinearRing ir = to_ring(island);
            ip.addRing(&ir);
            auto mp = std::make_unique<OGRMultiPolygon>();
            mp->addGeometry(&poly);
            mp->addGeometry(&ip);
            area += std::abs(ring_area(island));
            vertices += static_cast<long long>(island.size());
            geom = std::move(mp);
            ++multis;
        } else {
            geom = std::make_unique<OGRPolygon>(poly);
        }

        OGRFeature* feat = OGRFeature::CreateFeature(layer->GetLayerDefn());
        feat->SetField(0, int(n % 100000) + 1);
        const std::string name = std::string(pick(kHo, mix(h ^ 1))) + " " + pick(kDem, mix(h ^ 2)) + " " + pick(kTen, mix(h ^ 3));
        feat->SetField(1, name.c_str());
        feat->SetField(2, pick(kLoaiDat, mix(h ^ 4)));
        feat->SetField(3, std::round(area * 10.0) / 10.0);
        if (!shapefile) geom.reset(OGRGeometryFactory::forceToMultiPolygon(geom.release()));
        feat->SetGeometryDirectly(geom.release());
        const OGRErr err = layer->CreateFeature(feat);
        OGRFeature::DestroyFeature(feat);
        if (err != OGRERR_NONE) {
            std::fprintf(stderr, "cannot write parcel %lld\n", n);
            GDALClose(ds);
            return 1;
        }
        ++written;
    }
    if (transactions) ds->CommitTransaction();
    GDALClose(ds);
    if (!shapefile) {
        std::printf("%s: %lld parcels, %lld with a hole, %lld multipolygons, %lld vertices\n", out.c_str(), written,
                    holes, multis, vertices);
        return 0;
    }

    // Overwrite GDAL's ESRI-style .prj (no TOWGS84) with OGC WKT1 that keeps the datum shift.
    const std::string wkt = prj_wkt();
    if (wkt.empty()) {
        std::fprintf(stderr, "cannot build the EPSG:9210 WKT\n");
        return 1;
    }
    const std::string base = out.substr(0, out.size() - (out.size() >= 4 && out[out.size() - 4] == '.' ? 4 : 0));
    std::ofstream(base + ".prj", std::ios::binary | std::ios::trunc) << wkt;
    std::ofstream(base + ".cpg", std::ios::binary | std::ios::trunc) << "UTF-8";
    std::printf("%s: %lld parcels, %lld with a hole, %lld multipolygons, %lld vertices\n", out.c_str(), written, holes,
                multis, vertices);
    return 0;
}
