// A big layer left in its file and read where the view is, through the file's own spatial
// index (a GeoPackage's R-tree, FlatGeobuf's packed R-tree, a Shapefile's .qix or .sbn, a
// PostGIS GiST index). What stays in memory is one box and one row id per feature (the
// RowIndex); geometry and attributes are read on demand by row id, for the chunks a view
// draws, a pick, a feature's details. A file without an index is read whole (vector_loader).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "data/layer.h"
#include "data/legacy_vietnamese.h"
#include "geo/geometry.h"

namespace data {

// Which features of an indexed layer are known, and where: one row per feature with
// geometry, its FID in the file and its box in the display CRS. Immutable once made.
struct RowIndex {
    std::vector<int64_t> fids;
    std::vector<geo::Box> boxes;  // display CRS, parallel to fids
    bool complete = false;        // every feature of the layer, or only those under one view
    size_t size() const { return fids.size(); }
};

// How far reading an index has gone, for a progress bar: rows so far of the layer's total.
using IndexProgress = std::function<void(size_t rows, size_t total)>;

class IndexedSource {
public:
    struct Description {
        std::string path;                // what GDAL opens (a database's connection string as given)
        std::vector<std::string> open_options;
        int layer_index = 0;
        std::string source_crs;          // settled (declared, guessed or given)
        std::string target_crs;          // the display CRS
        bool raw_text = false;           // GDAL did not recode: bytes are read as `encoding`
        TextEncoding encoding = TextEncoding::Utf8;
        size_t total = 0;                // features, as the file says (metadata)
        geo::Box source_extent;          // in source_crs, from the file's metadata
        std::string rtree_table;         // a GeoPackage's R-tree table: its boxes are read straight
    };
    explicit IndexedSource(Description description);
    ~IndexedSource();
    IndexedSource(const IndexedSource&) = delete;
    IndexedSource& operator=(const IndexedSource&) = delete;

    size_t total() const { return d_.total; }
    const Description& description() const { return d_; }
    // The layer's extent in the display CRS (from the metadata, transformed by its edges).
    geo::Box extent() const;

    // The rows of every feature (box = nullopt) or of those whose box meets `box` (display
    // CRS), read through the index. Empty when `cancel` became true. Any thread.
    std::shared_ptr<const RowIndex> read_index(const std::optional<geo::Box>& box, const std::atomic<bool>* cancel = nullptr,
                                               const IndexProgress& progress = {}) const;
    // Features by FID, in that order: geometry in the display CRS (invalid polygons repaired),
    // text decoded. A FID the file no longer holds gives a feature without geometry. Any thread.
    std::vector<Feature> read(std::span<const int64_t> fids) const;
    // One feature, as read(); the last few read this way are kept (a selected parcel's details
    // and outline are asked for every frame).
    Feature read_one(int64_t fid) const;

private:
    struct Reader;  // one GDAL dataset and one transform: used by one thread at a time
    std::unique_ptr<Reader> take_reader() const;
    void give_back(std::unique_ptr<Reader> reader) const;

    Description d_;
    mutable std::mutex mutex_;
    mutable std::vector<std::unique_ptr<Reader>> idle_;  // readers opened earlier, free
    mutable std::vector<Feature> recent_;                 // read_one's last few, newest last
};

}  // namespace data
