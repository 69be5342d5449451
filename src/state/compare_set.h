// The parks the user compares side by side (2–4), by park id, in the order they were added.
#pragma once

#include <string>
#include <vector>

namespace state {

class CompareSet {
public:
    static constexpr size_t kMax = 4;

    // Adds `id` if it is not there and there is room, removes it if it is; false when full.
    bool toggle(const std::string& id);
    void remove(const std::string& id);
    void clear() { ids_.clear(); }
    bool contains(const std::string& id) const;
    size_t size() const { return ids_.size(); }
    const std::vector<std::string>& ids() const { return ids_; }

private:
    std::vector<std::string> ids_;
};

}  // namespace state
