#include "geo/vn2000_zones.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "geo/crs.h"

namespace geo {

namespace {

// VN2000_PROVINCES_BEGIN: the 63 provinces before the 2025 mergers, from
// data/reference/vn2000_provinces.csv (a test keeps the two the same). Meridians: Circular
// 973/2001/TT-TCĐC's table, as reproduced by surveyors' pages and checked against each EPSG
// CRS's area of use; extents: Natural Earth admin-1, simplified. Each row's sources are in the CSV.
constexpr Vn2000Province kProvinces[] = {
    {"An Giang", "An Giang", 104.75, 9208, {{104.72, 10.20}, {105.58, 10.95}}},
    {"Bà Rịa - Vũng Tàu", "Ba Ria - Vung Tau", 107.75, 5899, {{106.99, 10.32}, {107.59, 10.80}}},
    {"Bắc Giang", "Bac Giang", 107.0, 9214, {{105.92, 21.13}, {107.06, 21.63}}},
    {"Bắc Kạn", "Bac Kan", 106.5, 9213, {{105.49, 21.79}, {106.26, 22.72}}},
    {"Bạc Liêu", "Bac Lieu", 105.0, 5897, {{105.28, 9.01}, {105.87, 9.61}}},
    {"Bắc Ninh", "Bac Ninh", 105.5, 9209, {{105.92, 20.99}, {106.31, 21.25}}},
    {"Bến Tre", "Ben Tre", 105.75, 9210, {{105.95, 9.82}, {106.80, 10.34}}},
    {"Bình Dương", "Binh Duong", 105.75, 9210, {{106.34, 10.87}, {106.97, 11.55}}},
    {"Bình Định", "Binh Dinh", 108.25, 9217, {{108.63, 13.54}, {109.31, 14.68}}},
    {"Bình Phước", "Binh Phuoc", 106.25, 9212, {{106.39, 11.28}, {107.40, 12.31}}},
    {"Bình Thuận", "Binh Thuan", 108.5, 9218, {{107.43, 10.50}, {108.97, 11.56}}},
    {"Cà Mau", "Ca Mau", 104.5, 9207, {{104.72, 8.57}, {105.43, 9.53}}},
    {"Cao Bằng", "Cao Bang", 105.75, 9210, {{105.30, 22.38}, {106.79, 23.10}}},
    {"Cần Thơ", "Can Tho", 105.0, 5897, {{105.24, 10.04}, {105.91, 10.45}}},
    {"Đà Nẵng", "Da Nang", 107.75, 5899, {{107.86, 15.98}, {108.32, 16.22}}},
    {"Đắk Lắk", "Dak Lak", 108.5, 9218, {{107.46, 12.15}, {109.04, 13.38}}},
    {"Đắk Nông", "Dak Nong", 108.5, 9218, {{107.23, 11.74}, {108.13, 12.72}}},
    {"Điện Biên", "Dien Bien", 103.0, 9205, {{102.12, 20.83}, {103.57, 22.58}}},
    {"Đồng Nai", "Dong Nai", 107.75, 5899, {{106.75, 10.57}, {107.61, 11.57}}},
    {"Đồng Tháp", "Dong Thap", 105.0, 5897, {{105.21, 10.30}, {105.96, 10.96}}},
    {"Gia Lai", "Gia Lai", 108.5, 9218, {{107.43, 13.00}, {108.87, 14.64}}},
    {"Hà Giang", "Ha Giang", 105.5, 9209, {{104.36, 22.17}, {105.57, 23.37}}},
    {"Hà Nam", "Ha Nam", 105.0, 5897, {{105.79, 20.34}, {106.19, 20.71}}},
    {"Hà Nội", "Ha Noi", 105.0, 5897, {{105.28, 20.57}, {106.01, 21.36}}},
    {"Hà Tĩnh", "Ha Tinh", 105.5, 9209, {{105.08, 17.91}, {106.52, 18.76}}},
    {"Hải Dương", "Hai Duong", 105.5, 9209, {{106.12, 20.70}, {106.61, 21.23}}},
    {"Hải Phòng", "Hai Phong", 105.75, 9210, {{106.39, 20.51}, {107.14, 21.02}}},
    {"Hậu Giang", "Hau Giang", 105.0, 5897, {{105.36, 9.59}, {105.90, 10.12}}},
    {"Hòa Bình", "Hoa Binh", 106.0, 9211, {{104.84, 20.32}, {105.84, 21.10}}},
    {"Hưng Yên", "Hung Yen", 105.5, 9209, {{105.90, 20.62}, {106.26, 21.00}}},
    {"Khánh Hòa", "Khanh Hoa", 108.25, 9217, {{108.67, 11.79}, {109.47, 12.85}}},
    {"Kiên Giang", "Kien Giang", 104.5, 9207, {{103.85, 9.41}, {105.53, 10.53}}},
    {"Kon Tum", "Kon Tum", 107.5, 9216, {{107.32, 13.92}, {108.62, 15.40}}},
    {"Lai Châu", "Lai Chau", 103.0, 9205, {{102.32, 21.89}, {103.80, 22.79}}},
    {"Lâm Đồng", "Lam Dong", 107.75, 5899, {{107.28, 11.21}, {108.72, 12.30}}},
    {"Lạng Sơn", "Lang Son", 107.25, 9215, {{106.11, 21.36}, {107.33, 22.44}}},
    {"Lào Cai", "Lao Cai", 104.75, 9208, {{103.54, 21.71}, {104.65, 22.82}}},
    {"Long An", "Long An", 105.75, 9210, {{105.52, 10.41}, {106.74, 11.02}}},
    {"Nam Định", "Nam Dinh", 105.5, 9209, {{105.95, 19.97}, {106.57, 20.49}}},
    {"Nghệ An", "Nghe An", 104.75, 9208, {{103.85, 18.57}, {105.81, 19.99}}},
    {"Ninh Bình", "Ninh Binh", 105.0, 5897, {{105.54, 19.97}, {106.16, 20.44}}},
    {"Ninh Thuận", "Ninh Thuan", 108.25, 9217, {{108.61, 11.31}, {109.24, 12.18}}},
    {"Phú Thọ", "Phu Tho", 104.75, 9208, {{104.83, 20.92}, {105.46, 21.70}}},
    {"Phú Yên", "Phu Yen", 108.5, 9218, {{108.66, 12.75}, {109.47, 13.70}}},
    {"Quảng Bình", "Quang Binh", 106.0, 9211, {{105.59, 16.95}, {107.01, 18.07}}},
    {"Quảng Nam", "Quang Nam", 107.75, 5899, {{107.15, 14.96}, {108.76, 16.09}}},
    {"Quảng Ngãi", "Quang Ngai", 108.0, 5898, {{108.28, 14.60}, {109.09, 15.43}}},
    {"Quảng Ninh", "Quang Ninh", 107.75, 5899, {{106.44, 20.80}, {108.00, 21.66}}},
    {"Quảng Trị", "Quang Tri", 106.25, 9212, {{106.53, 16.29}, {107.41, 17.16}}},
    {"Sóc Trăng", "Soc Trang", 105.5, 9209, {{105.57, 9.26}, {106.29, 9.92}}},
    {"Sơn La", "Son La", 104.0, 9206, {{103.23, 20.58}, {105.09, 22.04}}},
    {"Tây Ninh", "Tay Ninh", 105.5, 9209, {{105.79, 10.96}, {106.49, 11.77}}},
    {"Thái Bình", "Thai Binh", 105.5, 9209, {{106.11, 20.26}, {106.63, 20.72}}},
    {"Thái Nguyên", "Thai Nguyen", 106.5, 9213, {{105.52, 21.33}, {106.26, 22.03}}},
    {"Thanh Hóa", "Thanh Hoa", 105.0, 5897, {{104.36, 19.27}, {106.07, 20.64}}},
    {"Thừa Thiên Huế", "Thua Thien Hue", 107.0, 9214, {{107.06, 16.02}, {108.20, 16.75}}},
    {"Tiền Giang", "Tien Giang", 105.75, 9210, {{105.84, 10.23}, {106.80, 10.59}}},
    {"TP. Hồ Chí Minh", "Ho Chi Minh City", 105.75, 9210, {{106.36, 10.37}, {107.03, 11.14}}},
    {"Trà Vinh", "Tra Vinh", 105.5, 9209, {{106.00, 9.54}, {106.58, 10.08}}},
    {"Tuyên Quang", "Tuyen Quang", 106.0, 9211, {{104.85, 21.50}, {105.61, 22.65}}},
    {"Vĩnh Long", "Vinh Long", 105.5, 9209, {{105.69, 9.89}, {106.25, 10.30}}},
    {"Vĩnh Phúc", "Vinh Phuc", 105.0, 5897, {{105.32, 21.11}, {105.78, 21.54}}},
    {"Yên Bái", "Yen Bai", 104.75, 9208, {{103.91, 21.33}, {105.11, 22.26}}},
};
// VN2000_PROVINCES_END

double depth_inside(const Box& b, Vec2 p) {
    const double dx = std::min(p.x - b.min.x, b.max.x - p.x) / std::max(1e-9, b.max.x - b.min.x);
    const double dy = std::min(p.y - b.min.y, b.max.y - p.y) / std::max(1e-9, b.max.y - b.min.y);
    return std::min(dx, dy);
}

bool contains(const Box& b, Vec2 p) { return p.x >= b.min.x && p.x <= b.max.x && p.y >= b.min.y && p.y <= b.max.y; }

}  // namespace

std::span<const Vn2000Province> vn2000_provinces() { return kProvinces; }

bool fits_vn2000_tm3(const Box& b) {
    return !b.empty() && b.min.x >= 300'000 && b.max.x <= 700'000 && b.min.y >= 900'000 && b.max.y <= 2'700'000;
}

std::optional<Vn2000Guess> guess_vn2000_zone(const Box& projected) {
    if (!fits_vn2000_tm3(projected)) return std::nullopt;
    const Vec2 centre{(projected.min.x + projected.max.x) / 2, (projected.min.y + projected.max.y) / 2};
    // The centre read on each meridian in turn (several provinces share one).
    std::map<int, std::optional<Vec2>> on_meridian;
    for (const auto& p : kProvinces) {
        if (on_meridian.count(p.epsg)) continue;
        auto t = Transformer::create("EPSG:" + std::to_string(p.epsg), kLonLatCrs);
        on_meridian[p.epsg] = t ? t->transform(centre) : std::nullopt;
    }
    std::vector<const Vn2000Province*> candidates;
    for (const auto& p : kProvinces) {
        const auto& ll = on_meridian[p.epsg];
        if (ll && contains(p.lonlat, *ll)) candidates.push_back(&p);
    }
    if (candidates.empty()) return std::nullopt;
    const auto home = std::find_if(candidates.begin(), candidates.end(),
                                   [](const Vn2000Province* p) { return std::string_view(p->name_ascii) == "Hai Phong"; });
    const Vn2000Province* best = home != candidates.end()
                                     ? *home
                                     : *std::max_element(candidates.begin(), candidates.end(), [&](auto* a, auto* b) {
                                           return depth_inside(a->lonlat, *on_meridian[a->epsg]) <
                                                  depth_inside(b->lonlat, *on_meridian[b->epsg]);
                                       });
    Vn2000Guess guess;
    guess.province = best;
    guess.crs = "EPSG:" + std::to_string(best->epsg);
    for (auto* c : candidates)
        if (c->meridian != best->meridian) guess.alternatives.push_back(c);
    return guess;
}

std::string meridian_words(double meridian) {
    const int whole = static_cast<int>(std::floor(meridian));
    const int minutes = static_cast<int>(std::lround((meridian - whole) * 60));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d°%02d'", whole, minutes);
    return buf;
}

}  // namespace geo
