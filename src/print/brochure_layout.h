// A brochure's text blocks and how they flow: a heading with rows (label, value, and the
// value's source beneath) and paragraphs, measured first, then placed in two columns (each
// block starting in the shorter one) and split between rows when a column is full, onward to
// the next column or page with its heading repeated.
#pragma once

#include <string>
#include <vector>

#include "print/brochure_content.h"
#include "print/typesetter.h"

namespace print {

struct Block {
    std::string heading;
    std::vector<SheetRow> rows;
    std::vector<std::string> paragraphs = {};  // after the rows
    std::string footnote = {};            // small print at the end
};

// The brochure's type and colours, in page units (an A4 portrait page is 900 wide).
namespace sheet {
inline constexpr double kMargin = 48.0;
inline constexpr double kGutter = 28.0;
inline constexpr render::Rgba kNavy = render::rgb(0x14283c), kTeal = render::rgb(0x01665e),
                              kInk = render::rgb(0x1b1f24), kGrey = render::rgb(0x5f6b76), kRule = render::rgb(0xc9d3dc);
TextSpec heading();
TextSpec label(double width);
TextSpec value();
TextSpec note(double width);
TextSpec paragraph(double width);
}  // namespace sheet

struct FlowArea {
    double first_top = 0.0, next_top = 0.0, bottom = 0.0;  // page units
    double left = 0.0, width = 0.0;                       // the whole text area; two columns inside
};
double column_width(const FlowArea& area);

// A run of one block's items (its rows, then paragraphs, then footnote) in one column.
struct Piece {
    size_t block = 0;
    size_t first = 0, last = 0;  // items [first, last)
    bool continued = false;      // not the block's first piece: "(continued)" after the heading
    int page = 0;                // 0: the first page of the flow
    geo::Vec2 at;
};

std::vector<Piece> flow_blocks(const Typesetter& type, const std::vector<Block>& blocks, const FlowArea& area);
// Draws one piece at its place, `width` wide.
void draw_piece(const Typesetter& type, const Block& block, const Piece& piece, double width);
// A whole block at a place (the overview's); returns its height.
double draw_block(const Typesetter& type, const Block& block, geo::Vec2 top_left, double width);

}  // namespace print
