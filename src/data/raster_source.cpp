#include "data/raster_source.h"

#include <gdal.h>
#include <gdal_utils.h>
#include <gdalwarper.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "data/crs_checks.h"
#include "data/gdal_error_capture.h"
#include "data/ogr_convert.h"
#include "geo/crs.h"

namespace fs = std::filesystem;

namespace data {

namespace {

struct DatasetCloser {
    void operator()(void* ds) const {
        if (ds) GDALClose(ds);
    }
};
using Dataset = std::unique_ptr<void, DatasetCloser>;

// A GDAL argument list (the gdal_utils entry points take char**), alive as long as it is.
class Args {
public:
    Args(std::initializer_list<std::string> args) : strings_(args) {}
    void add(std::string a) { strings_.push_back(std::move(a)); }
    char** argv() {
        pointers_.clear();
        for (auto& s : strings_) pointers_.push_back(s.data());
        pointers_.push_back(nullptr);
        return pointers_.data();
    }

private:
    std::vector<std::string> strings_;
    std::vector<char*> pointers_;
};

// Extensions that can only be images: a file so named that GDAL cannot open is a damaged
// image, not "not a vector data source".
bool image_extension(const fs::path& p) {
    std::string e = p.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    for (const char* x : {".tif", ".tiff", ".jpg", ".jpeg", ".png", ".jp2", ".ecw", ".img", ".mbtiles", ".webp", ".bmp", ".gif"})
        if (e == x) return true;
    return false;
}

// The .prj beside an image (GDAL reads a world file but not its .prj for plain images).
std::optional<fs::path> prj_beside(const std::string& path) {
    std::error_code ec;
    for (const char* ext : {".prj", ".PRJ"}) {
        fs::path prj = fs::path(path).replace_extension(ext);
        if (fs::exists(prj, ec)) return prj;
    }
    return std::nullopt;
}

std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    // gdalsrsinfo and editors leave blank lines around the WKT, which PROJ refuses.
    const size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

}  // namespace

struct RasterSource::Impl {
    Dataset original;   // as opened
    Dataset view;       // what is warped: the original, or a VRT of it (palette expanded, bands picked); may be null
    std::string target_crs;
    mutable std::mutex mutex;  // a GDAL dataset serves one thread at a time

    GDALDatasetH warped() const { return view ? view.get() : original.get(); }
};

RasterSource::RasterSource(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RasterSource::~RasterSource() = default;

// Builds a RasterSource from an opened dataset; friend of RasterSource.
struct RasterOpener {
    static std::shared_ptr<const RasterSource> make(Dataset ds, const std::string& path, const std::string& name,
                                                    const std::string& target_crs, const std::string& assumed,
                                                    Diagnostics& out);
};

std::shared_ptr<const RasterSource> RasterOpener::make(Dataset ds, const std::string& path, const std::string& name,
                                                       const std::string& target_crs, const std::string& assumed,
                                                       Diagnostics& out) {
    GDALDatasetH h = ds.get();
    const int bands = GDALGetRasterCount(h);
    const int width = GDALGetRasterXSize(h), height = GDALGetRasterYSize(h);
    if (bands < 1 || width < 1 || height < 1) {
        out.push_back(diagnostic(Severity::Error, path, i18n::N_("image '{0}' holds no pixels"), {name}));
        return nullptr;
    }
    // Which bands make the colour: a palette is expanded to RGBA; otherwise the first three
    // (or the one grey band) and the alpha band if there is one.
    std::vector<int> colour;
    int alpha = 0;
    bool palette = false;
    for (int b = 1; b <= bands; ++b) {
        const GDALColorInterp ci = GDALGetRasterColorInterpretation(GDALGetRasterBand(h, b));
        if (ci == GCI_AlphaBand && !alpha) alpha = b;
        else if (ci == GCI_PaletteIndex && b == 1) palette = true;
        else if (colour.size() < 3) colour.push_back(b);
    }
    if (colour.size() == 2) colour.resize(1);  // two colour bands and no third: show the first as grey
    auto impl = std::make_unique<RasterSource::Impl>();
    impl->target_crs = target_crs;
    int colour_bands = int(colour.size());
    // Plain: the colour bands first, then the alpha band if any, and nothing else.
    const bool plain = !palette && bands == colour_bands + (alpha ? 1 : 0) && (!alpha || alpha == bands);
    if (palette || !plain) {
        // A VRT of the bands wanted: the warper takes whole datasets, and a palette has to be
        // looked up before resampling (interpolating palette indices mixes unrelated colours).
        Args args{"-of", "VRT"};
        if (palette) {
            args.add("-b"), args.add("1"), args.add("-expand"), args.add("rgba");
            colour_bands = 3;
        } else {
            for (int b : colour) args.add("-b"), args.add(std::to_string(b));
            if (alpha) args.add("-b"), args.add(std::to_string(alpha)), args.add("-colorinterp_" + std::to_string(colour.size() + 1)), args.add("alpha");
        }
        GDALTranslateOptions* options = GDALTranslateOptionsNew(args.argv(), nullptr);
        impl->view.reset(GDALTranslate("", h, options, nullptr));
        GDALTranslateOptionsFree(options);
        if (!impl->view) {
            out.push_back(diagnostic(Severity::Error, path, i18n::N_("image '{0}': its bands cannot be read as colours"), {name}));
            return nullptr;
        }
    }

    // Where it lies: a geotransform (its own, or a world file's), or ground control points.
    double gt[6] = {0, 1, 0, 0, 0, 1};
    const bool has_transform = GDALGetGeoTransform(h, gt) == CE_None;
    if (!has_transform && GDALGetGCPCount(h) == 0) {
        out.push_back(diagnostic(Severity::Error, path,
                                 i18n::N_("image '{0}' has no coordinates: add a world file (.tfw, .jgw, .pgw or .wld) "
                                          "and a .prj beside it, or georeference it (e.g. with gdal_translate -a_ullr "
                                          "-a_srs)"),
                                 {name}));
        return nullptr;
    }
    geo::Box source_bounds;
    if (has_transform)
        for (double px : {0.0, double(width)})
            for (double ln : {0.0, double(height)})
                source_bounds.expand({gt[0] + px * gt[1] + ln * gt[2], gt[3] + px * gt[4] + ln * gt[5]});
    OGRSpatialReference prj_srs;
    const OGRSpatialReference* srs = static_cast<const OGRSpatialReference*>(GDALGetSpatialRef(h));
    if (!srs && GDALGetGCPCount(h) > 0) srs = static_cast<const OGRSpatialReference*>(GDALGetGCPSpatialRef(h));
    std::string prj_name;
    if (!srs) {
        if (const auto prj = prj_beside(path)) {
            if (prj_srs.SetFromUserInput(read_text(*prj).c_str()) == OGRERR_NONE) srs = &prj_srs;
            else prj_name = prj->filename().string();
        }
    }
    const CrsQuestion question{path, name, srs ? export_crs(*srs) : std::string(), srs, {}, prj_name, source_bounds, assumed};
    const SettledCrs settled = settle_crs(question, out);
    if (settled.crs.empty()) {
        if (source_bounds.empty())
            out.push_back(diagnostic(Severity::Error, path,
                                     i18n::N_("image '{0}' has no coordinates: add a world file or a .prj"), {name}));
        return nullptr;
    }

    // Its extent in the display CRS, as the warper sees it.
    CPLStringList tr_options;
    tr_options.SetNameValue("SRC_SRS", settled.crs.c_str());
    tr_options.SetNameValue("DST_SRS", target_crs.c_str());
    void* transformer = GDALCreateGenImgProjTransformer2(h, nullptr, tr_options.List());
    double out_gt[6], extent[4] = {0, 0, 0, 0};
    int px = 0, ln = 0;
    const bool placed = transformer && GDALSuggestedWarpOutput2(h, GDALGenImgProjTransform, transformer, out_gt, &px, &ln,
                                                                extent, 0) == CE_None;
    if (transformer) GDALDestroyGenImgProjTransformer(transformer);
    if (!placed) {
        out.push_back(diagnostic(Severity::Error, path,
                                 i18n::N_("image '{0}' cannot be placed on the map: its coordinates do not convert to "
                                          "the display CRS"),
                                 {name}));
        return nullptr;
    }

    std::shared_ptr<RasterSource> source(new RasterSource(std::move(impl)));
    source->impl_->original = std::move(ds);
    source->path_ = path;
    source->name_ = name;
    if (GDALDriverH d = GDALGetDatasetDriver(h)) source->driver_ = GDALGetDriverShortName(d);
    source->crs_ = settled.crs;
    source->width_ = width;
    source->height_ = height;
    source->colour_bands_ = colour_bands == 1 ? 1 : 3;
    GDALRasterBandH band = GDALGetRasterBand(h, 1);
    for (int i = 0; i < GDALGetOverviewCount(band); ++i) {
        GDALRasterBandH o = GDALGetOverview(band, i);
        source->overviews_.emplace_back(GDALGetRasterBandXSize(o), GDALGetRasterBandYSize(o));
    }
    source->bounds_.expand({extent[0], extent[1]});
    source->bounds_.expand({extent[2], extent[3]});
    return source;
}

int RasterSource::level_for(const geo::Box& box, int width, int height) const {
    if (overviews_.empty() || width < 1 || height < 1) return -1;
    // Source pixels per picture pixel, measured where the box meets the raster: the display
    // CRS's metres are not the source's (UTM, lon/lat), and the ratio varies over a big area.
    geo::Box part;
    part.expand({std::max(box.min.x, bounds_.min.x), std::max(box.min.y, bounds_.min.y)});
    part.expand({std::min(box.max.x, bounds_.max.x), std::min(box.max.y, bounds_.max.y)});
    if (part.min.x >= part.max.x || part.min.y >= part.max.y) return -1;
    const double step = std::max(box.width() / width, box.height() / height);
    const double cx = (part.min.x + part.max.x) / 2, cy = (part.min.y + part.max.y) / 2;
    double x[3] = {cx, cx + step, cx}, y[3] = {cy, cy, cy + step}, z[3] = {0, 0, 0};
    int ok[3] = {0, 0, 0};
    {
        std::lock_guard lock(impl_->mutex);
        CPLStringList tr_options;
        tr_options.SetNameValue("SRC_SRS", crs_.c_str());
        tr_options.SetNameValue("DST_SRS", impl_->target_crs.c_str());
        void* transformer = GDALCreateGenImgProjTransformer2(impl_->original.get(), nullptr, tr_options.List());
        if (!transformer) return -1;
        GDALGenImgProjTransform(transformer, TRUE, 3, x, y, z, ok);
        GDALDestroyGenImgProjTransformer(transformer);
    }
    if (!ok[0] || !ok[1] || !ok[2]) return -1;
    const double ratio = std::max(std::hypot(x[1] - x[0], y[1] - y[0]), std::hypot(x[2] - x[0], y[2] - y[0]));
    int level = -1;
    for (size_t i = 0; i < overviews_.size(); ++i) {
        const double factor = double(width_) / std::max(1, overviews_[i].first);
        if (factor <= ratio * 1.001) level = int(i);  // finest first: the last that fits is the coarsest
    }
    return level;
}

RasterImage RasterSource::read(const geo::Box& box, int width, int height) const {
    RasterImage image;
    image.box = box;
    if (width < 1 || height < 1 || box.width() <= 0 || box.height() <= 0) {
        image.error = "empty picture asked for";
        return image;
    }
    image.level = level_for(box, width, height);
    image.level_width = image.level < 0 ? width_ : overviews_[size_t(image.level)].first;
    image.level_height = image.level < 0 ? height_ : overviews_[size_t(image.level)].second;
    const int out_bands = colour_bands_ + 1;
    image.width = width;
    image.height = height;
    image.rgba.assign(size_t(width) * size_t(height) * 4, 0);
    const bool overlaps = box.min.x < bounds_.max.x && box.max.x > bounds_.min.x && box.min.y < bounds_.max.y &&
                          box.max.y > bounds_.min.y;
    if (!overlaps) return image;  // all transparent, nothing to read

    std::lock_guard lock(impl_->mutex);
    GdalErrorCapture errors;
    Dataset dst(GDALCreate(GDALGetDriverByName("MEM"), "", width, height, out_bands, GDT_Byte, nullptr));
    if (!dst) {
        image = RasterImage{};
        image.error = "cannot make an in-memory picture";
        return image;
    }
    double gt[6] = {box.min.x, box.width() / width, 0.0, box.max.y, 0.0, -box.height() / height};
    GDALSetGeoTransform(dst.get(), gt);
    OGRSpatialReference target;
    target.SetFromUserInput(impl_->target_crs.c_str());
    GDALSetSpatialRef(dst.get(), OGRSpatialReference::ToHandle(&target));

    // Bilinear from the overview level_for chose: GDAL's own -ovr AUTO would choose much the
    // same, but the level is ours to report (and to test).
    Args args{"-s_srs", crs_, "-r", "bilinear", "-dstalpha", "-ovr",
              image.level < 0 ? std::string("NONE") : std::to_string(image.level), "-q"};
    GDALWarpAppOptions* options = GDALWarpAppOptionsNew(args.argv(), nullptr);
    GDALDatasetH src = impl_->warped();
    int usage_error = 0;
    GDALDatasetH done = GDALWarp(nullptr, dst.get(), 1, &src, options, &usage_error);
    GDALWarpAppOptionsFree(options);
    CPLErr io = CE_Failure;
    if (done) {
        int map[4] = {1, 2, 3, 4};
        if (colour_bands_ == 3) {
            io = GDALDatasetRasterIO(dst.get(), GF_Read, 0, 0, width, height, image.rgba.data(), width, height, GDT_Byte, 4,
                                     map, 4, 4 * width, 1);
        } else {
            // Grey: the one band into R, copied to G and B; alpha into A.
            io = GDALDatasetRasterIO(dst.get(), GF_Read, 0, 0, width, height, image.rgba.data(), width, height, GDT_Byte, 1,
                                     map, 4, 4 * width, 1);
            if (io == CE_None)
                io = GDALDatasetRasterIO(dst.get(), GF_Read, 0, 0, width, height, image.rgba.data() + 3, width, height,
                                         GDT_Byte, 1, map + 1, 4, 4 * width, 1);
            for (size_t i = 0; i < image.rgba.size(); i += 4) image.rgba[i + 1] = image.rgba[i + 2] = image.rgba[i];
        }
    }
    if (!done || io != CE_None) {
        Diagnostics messages;
        errors.flush(path_, messages, 1);
        image = RasterImage{};
        image.box = box;
        image.error = messages.empty() ? std::string("GDAL could not read the image") : messages.front().args.at(0);
    }
    return image;
}

RasterLoad open_rasters(const std::string& path, const std::string& given_crs, const std::string& assumed_crs) {
    static const bool registered = (GDALAllRegister(), true);
    (void)registered;
    const std::string target_crs = given_crs.empty() ? std::string(geo::kDisplayCrs) : given_crs;
    RasterLoad load;
    std::error_code ec;
    const bool vsi = path.rfind("/vsi", 0) == 0;
    // Missing files, pipes and devices: the vector loader's checks say what is wrong.
    if (!vsi && !fs::is_regular_file(path, ec) && !fs::is_directory(path, ec)) return load;

    GdalErrorCapture errors;
    Dataset ds(GDALOpenEx(path.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr, nullptr, nullptr));
    if (!ds) {
        if (!image_extension(path)) return load;  // not an image: the vector loader speaks for it
        load.raster = true;
        errors.flush(path, load.diagnostics, 3);
        load.diagnostics.push_back(diagnostic(
            Severity::Error, path, i18n::N_("GDAL cannot open this file as an image: it is damaged or in a format GDAL does not read")));
        return load;
    }
    // Several images in one file (a GeoPackage's tiles tables): each is a subdataset.
    std::vector<std::pair<std::string, std::string>> subdatasets;  // GDAL's name, the table's
    if (char** md = GDALGetMetadata(ds.get(), "SUBDATASETS")) {
        for (int i = 1;; ++i) {
            const char* n = CSLFetchNameValue(md, ("SUBDATASET_" + std::to_string(i) + "_NAME").c_str());
            if (!n) break;
            std::string table = n;
            table = table.substr(table.rfind(':') + 1);
            subdatasets.emplace_back(n, table);
        }
    }
    if (GDALGetRasterCount(ds.get()) == 0 && subdatasets.empty()) return load;  // a vector-only GeoPackage
    load.raster = true;
    {
        Dataset vec(GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
        load.vector_too = vec && GDALDatasetGetLayerCount(vec.get()) > 0;
    }
    const std::string file_name = fs::path(path).filename().string();
    if (GDALGetRasterCount(ds.get()) > 0) {
        if (auto s = RasterOpener::make(std::move(ds), path, file_name, target_crs, assumed_crs, load.diagnostics))
            load.sources.push_back(std::move(s));
    } else {
        ds.reset();
        for (const auto& [gdal_name, table] : subdatasets) {
            Dataset sub(GDALOpenEx(gdal_name.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                                   nullptr, nullptr));
            if (!sub) continue;
            if (auto s = RasterOpener::make(std::move(sub), path, file_name + ":" + table, target_crs, assumed_crs,
                                            load.diagnostics))
                load.sources.push_back(std::move(s));
        }
    }
    errors.flush(path, load.diagnostics, 3);
    return load;
}

}  // namespace data
