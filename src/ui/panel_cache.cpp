#include "ui/panel_cache.h"

#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstring>
#include <map>
#include <utility>
#include <vector>

namespace ui {

namespace {

// Windows marked opaque, with the frame they were marked in: a mark holds for one frame, so a
// window that stops marking itself is drawn as usual from the next frame on.
std::map<std::pair<ImGuiContext*, ImGuiID>, int>& opaque_marks() {
    static std::map<std::pair<ImGuiContext*, ImGuiID>, int> marks;
    return marks;
}

bool marked_opaque(ImGuiID id) {
    const auto& marks = opaque_marks();
    const auto it = marks.find({ImGui::GetCurrentContext(), id});
    return it != marks.end() && it->second == ImGui::GetFrameCount();
}

// 64-bit FNV-1a over 8-byte words: the draw lists of a frame are a few hundred kB.
class ContentHash {
public:
    void add(const void* data, size_t bytes) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (; bytes >= 8; p += 8, bytes -= 8) {
            uint64_t word;
            std::memcpy(&word, p, 8);
            mix(word);
        }
        uint64_t tail = 0;
        std::memcpy(&tail, p, bytes);
        mix(tail ^ (uint64_t(bytes) << 56));
    }
    template <class T>
    void add(const T& value) {
        add(&value, sizeof value);
    }
    uint64_t value() const { return h_; }

private:
    void mix(uint64_t word) { h_ = (h_ ^ word) * 0x100000001B3ull; }
    uint64_t h_ = 0xCBF29CE484222325ull;
};

void add_draw_list(ContentHash& hash, const ImDrawList& list) {
    hash.add(list.VtxBuffer.Data, size_t(list.VtxBuffer.Size) * sizeof(ImDrawVert));
    hash.add(list.IdxBuffer.Data, size_t(list.IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        hash.add(cmd.ClipRect);
        hash.add(cmd.TextureId);
        hash.add(cmd.VtxOffset);
        hash.add(cmd.IdxOffset);
        hash.add(cmd.ElemCount);
    }
}

bool has_callbacks(const ImDrawList& list) {
    for (const ImDrawCmd& cmd : list.CmdBuffer)
        if (cmd.UserCallback) return true;
    return false;
}

ImGuiWindow* owner(const ImDrawList& list) { return list._OwnerName ? ImGui::FindWindowByName(list._OwnerName) : nullptr; }

// Draws lists [first, last) of `frame` with ImGui's backend, over the area `pos`/`size`.
void draw_lists(const ImDrawData& frame, int first, int last, ImVec2 pos, ImVec2 size) {
    ImDrawData part = frame;
    part.CmdLists = frame.CmdLists + first;
    part.CmdListsCount = last - first;
    part.TotalVtxCount = part.TotalIdxCount = 0;
    for (int i = first; i < last; ++i) {
        part.TotalVtxCount += frame.CmdLists[i]->VtxBuffer.Size;
        part.TotalIdxCount += frame.CmdLists[i]->IdxBuffer.Size;
    }
    part.DisplayPos = pos;
    part.DisplaySize = size;
    ImGui_ImplOpenGL3_RenderDrawData(&part);
}

}  // namespace

void PanelCache::mark_opaque_window() {
    if (ImGuiWindow* window = ImGui::GetCurrentWindow())
        opaque_marks()[{ImGui::GetCurrentContext(), window->RootWindow->ID}] = ImGui::GetFrameCount();
}

bool begin_opaque_panel(const char* name, bool* open, ImGuiWindowFlags flags) {
    ImGui::SetNextWindowBgAlpha(1.0f);
    const bool expanded = ImGui::Begin(name, open, flags);
    PanelCache::mark_opaque_window();  // a collapsed window still shows its title bar
    return expanded;
}

void PanelCache::render(ImDrawData& frame, GLuint target_fbo) {
    stats_ = {};
    for (auto& [id, picture] : pictures_) picture.used = false;
    const ImVec2 scale = frame.FramebufferScale;
    const int fb_height = int(frame.DisplaySize.y * scale.y);  // as the backend sizes it
    int direct_from = 0;  // lists not yet drawn, all of them to be drawn directly
    auto flush_direct = [&](int until) {
        if (until > direct_from) {
            glBindFramebuffer(GL_FRAMEBUFFER, target_fbo);
            draw_lists(frame, direct_from, until, frame.DisplayPos, frame.DisplaySize);
            stats_.direct += size_t(until - direct_from);
        }
        direct_from = until;
    };

    for (int i = 0; i < frame.CmdListsCount;) {
        ImGuiWindow* window = owner(*frame.CmdLists[i]);
        ImGuiWindow* root = window ? window->RootWindow : nullptr;
        if (!root || root != window || !marked_opaque(root->ID)) {
            ++i;
            continue;
        }
        // The window's child windows' lists follow its own.
        int end = i + 1;
        while (end < frame.CmdListsCount) {
            ImGuiWindow* w = owner(*frame.CmdLists[end]);
            if (!w || w->RootWindow != root) break;
            ++end;
        }
        const int x = int(std::lround((root->Pos.x - frame.DisplayPos.x) * scale.x));
        const int y = int(std::lround((root->Pos.y - frame.DisplayPos.y) * scale.y));
        const int w = int(root->Size.x * scale.x), h = int(root->Size.y * scale.y);
        bool callbacks = false;
        ContentHash hash;
        hash.add(root->Pos);
        hash.add(root->Size);
        hash.add(scale);
        for (int k = i; k < end; ++k) {
            callbacks |= has_callbacks(*frame.CmdLists[k]);
            add_draw_list(hash, *frame.CmdLists[k]);
        }
        if (callbacks || w <= 0 || h <= 0 || w > 8192 || h > 8192) {  // leave to the direct path
            i = end;
            continue;
        }
        flush_direct(i);

        Picture& picture = pictures_[root->ID];
        picture.used = true;
        const bool sized = picture.target && picture.target.width == w && picture.target.height == h;
        if (!sized || picture.content != hash.value()) {
            if (!sized) picture.target = render::PicturePool::make(w, h);
            glBindFramebuffer(GL_FRAMEBUFFER, picture.target.framebuffer.get());
            glDisable(GL_SCISSOR_TEST);
            glClearColor(0, 0, 0, 0);
            glClear(GL_COLOR_BUFFER_BIT);
            draw_lists(frame, i, end, root->Pos, root->Size);
            picture.content = hash.value();
            ++stats_.redrawn;
        } else {
            ++stats_.copied;
        }
        glBindFramebuffer(GL_READ_FRAMEBUFFER, picture.target.framebuffer.get());
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, target_fbo);
        const GLboolean scissor = glIsEnabled(GL_SCISSOR_TEST);
        glDisable(GL_SCISSOR_TEST);  // a blit obeys the scissor box
        glBlitFramebuffer(0, 0, w, h, x, fb_height - y - h, x + w, fb_height - y, GL_COLOR_BUFFER_BIT, GL_NEAREST);
        if (scissor) glEnable(GL_SCISSOR_TEST);
        i = direct_from = end;
    }
    flush_direct(frame.CmdListsCount);
    glBindFramebuffer(GL_FRAMEBUFFER, target_fbo);

    std::erase_if(pictures_, [](const auto& entry) { return !entry.second.used; });
    std::erase_if(opaque_marks(), [](const auto& mark) { return mark.first.first == ImGui::GetCurrentContext() && mark.second < ImGui::GetFrameCount(); });
}

}  // namespace ui
