// What the user has picked on the map: the features under the last click (top-most first) and
// the one the details panel shows, or a list to choose from (pins that stay together however
// far one zooms in).
#pragma once

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace state {

using FeatureRef = std::pair<size_t, size_t>;  // (catalog layer index, feature index)

class Selection {
public:
    // The features under a click, top-most first; `current` is shown.
    void select(std::vector<FeatureRef> hits, size_t current = 0);
    // Features to choose from: none is shown until one is chosen (choose()).
    void offer(std::vector<FeatureRef> choices);
    void choose(size_t index);   // one of hits(), from a list or from stepping
    void step(int delta);        // the previous / next hit, wrapping
    void clear();

    bool empty() const { return hits_.empty(); }
    bool is_list() const { return list_; }
    const std::vector<FeatureRef>& hits() const { return hits_; }
    size_t index() const { return current_; }
    // The feature shown in the details panel; none for an empty selection or an open list.
    std::optional<FeatureRef> current() const;

    // Called when catalog layer `layer` is removed: its features go, later layers shift down.
    void forget_layer(size_t layer);

private:
    std::vector<FeatureRef> hits_;
    size_t current_ = 0;
    bool list_ = false;
};

}  // namespace state
