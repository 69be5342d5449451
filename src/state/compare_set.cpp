#include "state/compare_set.h"

#include <algorithm>

namespace state {

bool CompareSet::toggle(const std::string& id) {
    if (contains(id)) {
        remove(id);
        return true;
    }
    if (ids_.size() >= kMax) return false;
    ids_.push_back(id);
    return true;
}

void CompareSet::remove(const std::string& id) { ids_.erase(std::remove(ids_.begin(), ids_.end(), id), ids_.end()); }

bool CompareSet::contains(const std::string& id) const { return std::find(ids_.begin(), ids_.end(), id) != ids_.end(); }

}  // namespace state
