#include "render/png_file.h"

#include <stb_image_write.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

namespace render {

bool write_png_atomically(const Image& image, const std::string& path, std::string* error) {
    std::vector<unsigned char> bytes;
    auto append = [](void* ctx, void* data, int size) {
        auto* out = static_cast<std::vector<unsigned char>*>(ctx);
        out->insert(out->end(), static_cast<unsigned char*>(data), static_cast<unsigned char*>(data) + size);
    };
    if (!stbi_write_png_to_func(append, &bytes, image.width, image.height, 4, image.rgba.data(), image.width * 4)) {
        if (error) *error = "cannot encode the PNG";
        return false;
    }
    const std::string temp = path + ".partial";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
        out.flush();
        if (!out) {
            std::error_code ec;
            std::filesystem::remove(temp, ec);
            if (error) *error = "cannot write " + path + " (is the folder there and writable?)";
            return false;
        }
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        if (error) *error = "cannot replace " + path + ": " + ec.message();
        return false;
    }
    return true;
}

}  // namespace render
