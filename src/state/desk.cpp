#include "state/desk.h"

#include <algorithm>
#include <cmath>

namespace state {

void UiScale::set(float v) {
    if (!std::isfinite(v)) return;
    v = std::clamp(v, kSteps.front(), kSteps.back());
    float best = kSteps.front();
    for (float s : kSteps)
        if (std::abs(s - v) < std::abs(best - v)) best = s;
    value_ = best;
}

bool UiScale::bigger() {
    for (float s : kSteps)
        if (s > value_ + 1e-4f) return value_ = s, true;
    return false;
}

bool UiScale::smaller() {
    for (auto it = kSteps.rbegin(); it != kSteps.rend(); ++it)
        if (*it < value_ - 1e-4f) return value_ = *it, true;
    return false;
}

}  // namespace state
