#include "render/style_texture.h"

#include <algorithm>

namespace render {

namespace {
uint8_t to_byte(float v) { return static_cast<uint8_t>(std::clamp(v, 0.0f, 255.0f) + 0.5f); }
}  // namespace

StyleTexture::StyleTexture(const std::vector<FeatureStyle>& styles) : texture_(make_texture()) { set(styles); }

void StyleTexture::set(const std::vector<FeatureStyle>& styles) {
    const int features = std::max<int>(1, int(styles.size()));
    const int width = kStyleTextureFeaturesPerRow * kStyleTexelsPerFeature;
    const int height = (features + kStyleTextureFeaturesPerRow - 1) / kStyleTextureFeaturesPerRow;
    std::vector<Rgba> texels(size_t(width) * height);
    has_strokes_ = false;
    for (size_t i = 0; i < styles.size(); ++i) {
        const FeatureStyle& s = styles[i];
        Rgba* t = &texels[i * kStyleTexelsPerFeature];
        t[0] = s.fill;
        t[1] = s.stroke;
        t[2] = {to_byte(s.stroke_px * 16.0f), to_byte(s.dash_px), uint8_t(s.pattern == FillPattern::Hatch ? 1 : 0),
                to_byte(s.point_px)};
        if (s.shape != PointShape::Circle) t[2].b = uint8_t(s.shape);  // points reuse the pattern byte for their shape
        has_strokes_ |= s.stroke_px > 0.0f && s.stroke.a > 0;
    }
    glBindTexture(GL_TEXTURE_2D, texture_.get());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, texels.data());
}

void StyleTexture::bind(GLenum texture_unit) const {
    glActiveTexture(texture_unit);
    glBindTexture(GL_TEXTURE_2D, texture_.get());
}

}  // namespace render
