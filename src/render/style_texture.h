// Per-feature styles on the GPU: three texels per feature (fill, stroke, params), read by every
// map shader through common.glsl. Restyling rewrites this texture, never the geometry.
#pragma once

#include <vector>

#include "render/feature_style.h"
#include "render/gl_handles.h"

namespace render {

class StyleTexture {
public:
    explicit StyleTexture(const std::vector<FeatureStyle>& styles);

    void set(const std::vector<FeatureStyle>& styles);
    void bind(GLenum texture_unit) const;
    bool has_strokes() const { return has_strokes_; }

private:
    UniqueTexture texture_;
    bool has_strokes_ = false;
};

}  // namespace render
