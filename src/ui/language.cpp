#include "ui/language.h"

namespace ui {

std::optional<Language> parse_language(std::string_view code) {
    if (code == "en") return Language::En;
    if (code == "vi") return Language::Vi;
    return std::nullopt;
}

const char* name_field(Language lang) { return lang == Language::Vi ? "name_vi" : "name_en"; }

const char* tr(Text key, Language lang) {
    const bool vi = lang == Language::Vi;
    switch (key) {
        case Text::Title: return vi ? "Các khu công nghiệp Hải Phòng" : "Hai Phong industrial parks";
        case Text::Subtitle:
            return vi ? "Tỷ lệ lấp đầy theo báo cáo của UBND và Ban Quản lý KKT Hải Phòng, 2023–2024"
                      : "Occupancy from Hai Phong People's Committee and HEZA reports, 2023–2024";
        case Text::LegendOccupancy: return vi ? "Tỷ lệ lấp đầy" : "Occupancy";
        case Text::Decree35Threshold: return vi ? "ngưỡng 60%, NĐ 35/2022" : "60% threshold, Decree 35/2022";
        case Text::Unknown: return vi ? "chưa có số liệu" : "unknown";
        case Text::LegendStatus: return vi ? "Tình trạng" : "Status";
        case Text::Operating: return vi ? "đang hoạt động" : "operating";
        case Text::Building: return vi ? "đang xây dựng" : "under construction";
        case Text::Planned: return vi ? "quy hoạch" : "planned";
        case Text::LegendZones: return vi ? "Khu kinh tế" : "Economic zones";
        case Text::ZoneDinhVu: return vi ? "KKT Đình Vũ – Cát Hải" : "Dinh Vu – Cat Hai EZ";
        case Text::ZoneSouthern: return vi ? "KKT ven biển phía Nam (QĐ 1511/2024)" : "Southern coastal EZ (Dec. 1511/2024)";
        case Text::LegendPins: return vi ? "Điểm" : "Pins";
        case Text::PinInvestment: return vi ? "dự án đầu tư (theo vốn)" : "investment (size = capital)";
        case Text::PinLandmark: return vi ? "cảng, sân bay, trung tâm" : "port, airport, centre";
        case Text::OutlinesApproximate:
            return vi ? "Ranh giới là gần đúng, chỉ minh hoạ" : "Outlines are approximate illustrations";
        case Text::Attribution:
            return vi ? "Bờ biển: GSHHG 2.3.7 (Wessel & Smith), LGPL · Số liệu: UBND, Ban QL KKT Hải Phòng 2023–2024"
                      : "Shoreline: GSHHG 2.3.7 (Wessel & Smith), LGPL · Data: Hai Phong UBND & HEZA reports 2023–2024";
    }
    return "";
}

}  // namespace ui
