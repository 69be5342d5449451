#include "print/brochure_layout.h"

#include <algorithm>

#include "i18n/catalogue.h"

namespace print {

namespace sheet {
TextSpec heading() { return {18.0f, true, kTeal}; }
TextSpec label(double width) { return {13.5f, false, kGrey, width}; }
TextSpec value() { return {14.5f, true, kInk}; }
TextSpec note(double width) { return {11.0f, false, kGrey, width}; }
TextSpec paragraph(double width) { return {13.5f, false, kInk, width}; }
}  // namespace sheet

namespace {

constexpr double kHeadingGap = 8.0, kRowGap = 7.0, kBlockGap = 18.0;

size_t item_count(const Block& b) { return b.rows.size() + b.paragraphs.size() + (b.footnote.empty() ? 0 : 1); }

// A row: the label at the left and the value at the right on one line (the label wraps to
// leave the value room), the note beneath across the column.
double row(const Typesetter& type, const SheetRow& r, geo::Vec2 at, double width, bool draw) {
    const geo::Vec2 v = type.measure(sheet::value(), r.value);
    const double value_w = std::min(v.x, width * 0.6);
    TextSpec value = sheet::value();
    if (v.x > value_w) value.wrap_width = value_w;
    const geo::Vec2 value_size = type.measure(value, r.value);
    const TextSpec label = sheet::label(std::max(40.0, width - value_size.x - 12.0));
    const geo::Vec2 label_size = type.measure(label, r.label);
    double h = std::max(label_size.y, value_size.y);
    if (draw) {
        type.draw(label, {at.x, at.y + 1.0}, r.label);
        type.draw(value, {at.x + width - value_size.x, at.y}, r.value);
    }
    if (!r.note.empty()) {
        const TextSpec note = sheet::note(width);
        if (draw) type.draw(note, {at.x, at.y + h + 1.0}, r.note);
        h += 1.0 + type.measure(note, r.note).y;
    }
    return h;
}

void rule(cairo_t* cr, double x0, double x1, double y, render::Rgba colour, double width) {
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    set_source(cr, colour);
    cairo_set_line_width(cr, width);
    cairo_stroke(cr);
}

std::string heading_text(const Block& b, bool continued, i18n::Language lang) {
    return continued ? b.heading + " (" + i18n::tr("continued", lang) + ")" : b.heading;
}

double heading(const Typesetter& type, const Block& b, bool continued, geo::Vec2 at, double width, bool draw) {
    if (b.heading.empty()) return 0.0;
    const std::string text = heading_text(b, continued, type.language());
    const TextSpec spec{sheet::heading().px, true, sheet::kTeal, width};
    const double h = (draw ? type.draw(spec, at, text) : type.measure(spec, text)).y;
    if (draw) rule(type.cairo(), at.x, at.x + width, at.y + h + 2.0, sheet::kRule, 1.2);
    return h + kHeadingGap;
}

// One item with the space after it; a separator line under a row that another row follows.
double item(const Typesetter& type, const Block& b, size_t i, geo::Vec2 at, double width, bool draw) {
    if (i < b.rows.size()) {
        double h = row(type, b.rows[i], at, width, draw) + kRowGap * 0.5;
        if (draw && i + 1 < b.rows.size()) rule(type.cairo(), at.x, at.x + width, at.y + h, render::rgb(0xe6ebf0), 0.8);
        return h + kRowGap * 0.5;
    }
    i -= b.rows.size();
    const bool paragraph = i < b.paragraphs.size();
    const std::string& text = paragraph ? b.paragraphs[i] : b.footnote;
    const TextSpec spec = paragraph ? sheet::paragraph(width) : sheet::note(width);
    return (draw ? type.draw(spec, at, text) : type.measure(spec, text)).y + 6.0;
}

}  // namespace

double column_width(const FlowArea& area) { return (area.width - sheet::kGutter) * 0.5; }

std::vector<Piece> flow_blocks(const Typesetter& type, const std::vector<Block>& blocks, const FlowArea& area) {
    std::vector<Piece> out;
    const double w = column_width(area);
    int page = 0;
    double y[2] = {area.first_top, area.first_top};
    auto page_top = [&] { return page == 0 ? area.first_top : area.next_top; };
    for (size_t b = 0; b < blocks.size(); ++b) {
        const Block& block = blocks[b];
        const size_t n = item_count(block);
        std::vector<double> heights;
        for (size_t i = 0; i < n; ++i) heights.push_back(item(type, block, i, {0, 0}, w, false));
        int col = y[0] <= y[1] ? 0 : 1;
        for (size_t i = 0; i < n || (n == 0 && i == 0);) {
            const double head = heading(type, block, i > 0, {0, 0}, w, false);
            const double first = head + (i < n ? heights[i] : 0.0);
            if (y[col] + first > area.bottom) {
                const int other = 1 - col;
                const bool empty = y[0] == page_top() && y[1] == page_top();
                if (other > col && y[other] + first <= area.bottom) {
                    col = other;  // onward to the right column
                    continue;
                }
                if (!empty) {
                    ++page;
                    y[0] = y[1] = page_top();
                    col = 0;
                    continue;
                }
                // Taller than an empty page: placed anyway, running past the bottom.
            }
            Piece piece{b, i, i, i > 0, page, {area.left + col * (w + sheet::kGutter), y[col]}};
            y[col] += head;
            size_t j = i;
            while (j < n && (j == i || y[col] + heights[j] <= area.bottom)) y[col] += heights[j++];
            piece.last = j;
            out.push_back(piece);
            y[col] += kBlockGap;
            if (n == 0) break;
            i = j;
            if (i < n) col = 1 - col;  // the rest goes on in the other column (or the next page)
            if (i < n && col == 0) {
                ++page;
                y[0] = y[1] = page_top();
            }
        }
    }
    return out;
}

void draw_piece(const Typesetter& type, const Block& block, const Piece& piece, double width) {
    double y = piece.at.y + heading(type, block, piece.continued, piece.at, width, true);
    for (size_t i = piece.first; i < piece.last; ++i) y += item(type, block, i, {piece.at.x, y}, width, true);
}

double draw_block(const Typesetter& type, const Block& block, geo::Vec2 top_left, double width) {
    double y = top_left.y + heading(type, block, false, top_left, width, true);
    for (size_t i = 0; i < item_count(block); ++i) y += item(type, block, i, {top_left.x, y}, width, true);
    return y - top_left.y;
}

}  // namespace print
