#include "state/selection.h"

#include <algorithm>

namespace state {

void Selection::select(std::vector<FeatureRef> hits, size_t current) {
    hits_ = std::move(hits);
    current_ = hits_.empty() ? 0 : std::min(current, hits_.size() - 1);
    list_ = false;
}

void Selection::offer(std::vector<FeatureRef> choices) {
    hits_ = std::move(choices);
    current_ = 0;
    list_ = !hits_.empty();
}

void Selection::choose(size_t index) {
    if (index >= hits_.size()) return;
    current_ = index;
    list_ = false;
}

void Selection::step(int delta) {
    if (hits_.empty()) return;
    const long n = long(hits_.size());
    current_ = size_t(((long(current_) + delta) % n + n) % n);
    list_ = false;
}

void Selection::clear() { select({}); }

std::optional<FeatureRef> Selection::current() const {
    if (hits_.empty() || list_) return std::nullopt;
    return hits_[current_];
}

void Selection::forget_layer(size_t layer) {
    const std::optional<FeatureRef> shown = current();
    std::vector<FeatureRef> kept;
    for (FeatureRef h : hits_) {
        if (h.first == layer) continue;
        if (h.first > layer) --h.first;
        kept.push_back(h);
    }
    const bool was_list = list_;
    hits_ = std::move(kept);
    current_ = 0;
    list_ = was_list && !hits_.empty();
    if (shown && shown->first != layer) {
        const FeatureRef moved{shown->first > layer ? shown->first - 1 : shown->first, shown->second};
        current_ = size_t(std::find(hits_.begin(), hits_.end(), moved) - hits_.begin());
    } else if (shown) {
        hits_.clear();  // the feature shown is gone: nothing is selected
    }
}

}  // namespace state
