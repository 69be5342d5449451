#include "i18n/language.h"

namespace i18n {

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
        case Text::ToolTable: return vi ? "Bảng" : "Table";
        case Text::ToolGauge: return vi ? "Chỉ số NĐ 35" : "Decree 35 gauge";
        case Text::ToolCompare: return vi ? "So sánh" : "Compare";
        case Text::ToolMeasure: return vi ? "Đo" : "Measure";
        case Text::TipTable: return vi ? "Mọi KCN trong một bảng: sắp xếp, lọc, xuất CSV (Ctrl+T)" : "Every park in a table: sort, filter, export (Ctrl+T)";
        case Text::TipCompare: return vi ? "Đặt 2–4 KCN cạnh nhau (Ctrl+K)" : "Two to four parks side by side (Ctrl+K)";
        case Text::TipGauge: return vi ? "Có được lập KCN mới? Quy tắc 60% của NĐ 35/2022 (Ctrl+G)" : "May a new park be founded? The 60% rule of Decree 35/2022 (Ctrl+G)";
        case Text::TipMeasure: return vi ? "Đo khoảng cách và diện tích trên bản đồ (Ctrl+M)" : "Measure distances and areas on the map (Ctrl+M)";
        case Text::AsOf: return vi ? "Tính đến" : "As of";
        case Text::AsOfHint: return vi ? "số liệu tính đến ngày này: màu bản đồ, bảng, chi tiết và chỉ số đều theo" : "figures as of this date: map colours, table, details and gauge follow it";
        case Text::TableTitle: return vi ? "Các KCN: quỹ đất" : "Parks: land availability";
        case Text::ColName: return vi ? "Khu công nghiệp" : "Park";
        case Text::ColStatus: return vi ? "Tình trạng" : "Status";
        case Text::ColArea: return vi ? "Diện tích ha" : "Area ha";
        case Text::ColLeasable: return vi ? "Đất CN cho thuê ha" : "Leasable ha";
        case Text::ColOccupancy: return vi ? "Lấp đầy %" : "Occupancy %";
        case Text::ColOccAsOf: return vi ? "thời điểm" : "as of";
        case Text::ColOccupied: return vi ? "Đã lấp đầy ha" : "Occupied ha";
        case Text::ColFree: return vi ? "Còn trống ha" : "Free ha";
        case Text::ColDistPort: return vi ? "Đến Lạch Huyện km" : "To Lạch Huyện km";
        case Text::ColDeveloper: return vi ? "Chủ đầu tư / DN thuê" : "Developer / tenants";
        case Text::ColCompare: return vi ? "SS" : "Cmp";
        case Text::FilterText: return vi ? "tìm: vsip, đình vũ…" : "search: vsip, dinh vu…";
        case Text::AllStatuses: return vi ? "tất cả" : "all";
        case Text::MinFree: return vi ? "trống tối thiểu ha" : "min free ha";
        case Text::SectorFilter: return vi ? "DN thuê / chủ đầu tư" : "tenant / developer";
        case Text::SectorNote: return vi ? "Không nguồn nào cho biết ngành nghề của từng KCN: bộ lọc này tìm trong chủ đầu tư, tên doanh nghiệp thuê, ghi chú và ngành của các dự án trong KCN." : "No source gives the parks' sectors: this filter searches the developer, tenant names and notes of each park, and the sector of its investment pins.";
        case Text::ExportCsv: return vi ? "Xuất CSV" : "Export CSV";
        case Text::ExportTo: return vi ? "vào" : "to";
        case Text::RowsShown: return vi ? "KCN hiển thị" : "parks shown";
        case Text::TableNote: return vi ? "Đã lấp đầy = tỷ lệ lấp đầy × đất CN cho thuê (nếu không có thì × tổng diện tích, có ghi rõ); còn trống = diện tích đó - đã lấp đầy. Khoảng cách là đường chim bay (trắc địa) từ ranh giới gần đúng." : "Occupied = occupancy × leasable land (else × total area, stated); free = that area - occupied. Distances are straight-line (geodesic) from the approximate outline.";
        case Text::AvailabilityAsOf: return vi ? "Quỹ đất tính đến" : "Land availability as of";
        case Text::TotalArea: return vi ? "Tổng diện tích" : "Total area";
        case Text::Leasable: return vi ? "Đất công nghiệp cho thuê" : "Industrial (leasable) land";
        case Text::Occupancy: return vi ? "Tỷ lệ lấp đầy" : "Occupancy";
        case Text::Occupied: return vi ? "Đất đã lấp đầy" : "Occupied land";
        case Text::Free: return vi ? "Đất còn trống" : "Free land";
        case Text::Handover: return vi ? "Bàn giao đất" : "Land hand-over";
        case Text::Basis: return vi ? "cơ sở" : "basis";
        case Text::Source: return vi ? "nguồn" : "source";
        case Text::StraightLine: return vi ? "Khoảng cách đường chim bay (trắc địa)" : "Straight-line (geodesic) distance";
        case Text::ToPort: return vi ? "đến cảng Lạch Huyện" : "to Lạch Huyện port";
        case Text::ToAirport: return vi ? "đến sân bay Cát Bi" : "to Cát Bi airport";
        case Text::ToCentre: return vi ? "đến trung tâm thành phố" : "to the city centre";
        case Text::DistanceNote: return vi ? "từ một điểm trong ranh giới gần đúng của KCN (sai số 1–3 km); không phải quãng đường bộ" : "from a point inside the park's approximate outline (placed within 1–3 km); not a road distance";
        case Text::AddCompare: return vi ? "Thêm vào so sánh" : "Add to compare";
        case Text::RemoveCompare: return vi ? "Bỏ khỏi so sánh" : "Remove from compare";
        case Text::LayerAttributes: return vi ? "Mọi thuộc tính của lớp" : "All attributes of the layer";
        case Text::GaugeTitle: return vi ? "Chỉ số NĐ 35/2022: có được lập KCN mới?" : "Decree 35/2022 gauge: may a new park be filed?";
        case Text::GaugeRule: return vi ? "Điều 9 khoản 6: chỉ được lập dự án hạ tầng KCN mới khi tỷ lệ lấp đầy bình quân các KCN đã thành lập đạt ít nhất 60%." : "Art. 9(6): a new park's infrastructure project may be filed only while the established parks average at least 60% occupancy.";
        case Text::ComputedAverage: return vi ? "bình quân tính toán" : "computed average";
        case Text::ReportedAllLand: return vi ? "thành phố báo cáo, toàn bộ đất" : "reported by the city, all land";
        case Text::ReportedHandedOver: return vi ? "thành phố báo cáo, đất đã bàn giao" : "reported by the city, land handed over";
        case Text::PullDown: return vi ? "Kéo bình quân xuống" : "Pulling the average down";
        case Text::BelowAverage: return vi ? "dưới bình quân tính toán" : "below the computed average";
        case Text::Below60: return vi ? "dưới 60%" : "below 60%";
        case Text::None: return vi ? "không có" : "none";
        case Text::LeftOut: return vi ? "Không tính vào bình quân" : "Left out of the computed average";
        case Text::WhatIf: return vi ? "Giả định (từng KCN đã thành lập)" : "What-if (per established park)";
        case Text::ResetWhatIf: return vi ? "Đặt lại giả định" : "Reset what-if";
        case Text::CountInGauge: return vi ? "tính" : "count";
        case Text::WhatIfMark: return vi ? "giả định" : "what-if";
        case Text::SetValue: return vi ? "đặt…" : "set…";
        case Text::Meets: return vi ? "đạt 60%" : "meets 60%";
        case Text::Below: return vi ? "dưới 60%" : "below 60%";
        case Text::CompareTitle: return vi ? "So sánh các KCN" : "Compare parks";
        case Text::CompareHint: return vi ? "Chọn tối đa 4 KCN trong bảng (cột SS) hoặc bấm \"Thêm vào so sánh\" ở bảng chi tiết." : "Tick up to 4 parks in the table (Cmp column) or press \"Add to compare\" in the details panel.";
        case Text::Clear: return vi ? "Xoá" : "Clear";
        case Text::MeasureHint: return vi ? "bấm lên bản đồ để thêm điểm; Esc hoặc chuột phải để kết thúc; Backspace xoá điểm cuối" : "click the map to add points; Esc or right-click ends; Backspace removes the last point";
        case Text::MeasureDistance: return vi ? "khoảng cách (trắc địa)" : "distance (geodesic)";
        case Text::MeasureArea: return vi ? "diện tích (trắc địa)" : "area (geodesic)";
        case Text::DataWarnings: return vi ? "Cảnh báo dữ liệu" : "Data warnings";
        case Text::NoRowFor: return vi ? "không có dòng trong park_metrics.csv (dùng số liệu của lớp) cho" : "no dated row in park_metrics.csv (the layer's own figure is used) for";
        case Text::Exported: return vi ? "Đã xuất" : "Exported";
        case Text::Legend: return vi ? "Chú giải" : "Legend";
        case Text::AddFile: return vi ? "Thêm tệp (Ctrl+O: nhập đường dẫn; hoặc kéo thả tệp vào cửa sổ):" : "Add a file (Ctrl+O: type its path; or drop it on the window):";
        case Text::AddFileButton: return vi ? "Thêm tệp này" : "Add this file";
        case Text::Added: return vi ? "Đã thêm" : "Added";
        case Text::BackToSourced: return vi ? "Trở về số liệu có nguồn" : "Back to the sourced figure";
        case Text::Cancel: return vi ? "Huỷ" : "Cancel";
        case Text::CancelledLoading: return vi ? "Đã huỷ nạp" : "Cancelled loading";
        case Text::Cancelling: return vi ? "Đang huỷ…" : "Cancelling…";
        case Text::CapitalUnknown: return vi ? "chưa rõ vốn" : "capital unknown";
        case Text::ChooseOne: return vi ? "Các điểm này trùng vị trí: chọn một điểm để xem chi tiết." : "They stand on one spot: choose one to see its details.";
        case Text::CloseDetails: return vi ? "Đóng chi tiết (Esc)" : "Close the details (Esc)";
        case Text::CloseDock: return vi ? "Đóng khung này" : "Close this view";
        case Text::CollapseDetails: return vi ? "Thu gọn chi tiết" : "Fold the details to a strip";
        case Text::CollapseSidebar: return vi ? "Thu gọn thanh bên (Ctrl+B)" : "Fold the sidebar to a strip (Ctrl+B)";
        case Text::CouldNotAdd: return vi ? "Không thêm được (xem Lớp):" : "Could not add (see Layers):";
        case Text::CursorOutsideMap: return vi ? "con trỏ nằm ngoài bản đồ" : "cursor outside the map";
        case Text::DataNotes: return vi ? "Ghi chú về dữ liệu" : "Notes on the data";
        case Text::DateInItsSource: return vi ? "tính đến ngày trong nguồn" : "as of the date in its source";
        case Text::Dated: return vi ? "ngày" : "dated";
        case Text::Details: return vi ? "Chi tiết" : "Details";
        case Text::DragOrType: return vi ? "Kéo để đổi, hoặc bấm đúp để nhập giá trị" : "Drag to change, or double-click to type a value";
        case Text::EconomicZoneTag: return vi ? "khu kinh tế" : "economic zone";
        case Text::ExpandDetails: return vi ? "Mở chi tiết" : "Show the details";
        case Text::ExpandSidebar: return vi ? "Mở thanh bên (Ctrl+B)" : "Show the sidebar (Ctrl+B)";
        case Text::ExportFailed: return vi ? "Xuất thất bại" : "Export failed";
        case Text::FeaturesHere: return vi ? "dự án tại đây" : "projects here";
        case Text::FreeComputed: return vi ? "Đất còn trống (tính toán)" : "Free land (computed)";
        case Text::FreeFromLeasable: return vi ? "tính từ đất công nghiệp cho thuê và tỷ lệ lấp đầy" : "computed from the leasable land and the occupancy";
        case Text::FreeFromTotal: return vi ? "tính từ tổng diện tích và tỷ lệ lấp đầy (chưa rõ đất cho thuê)" : "computed from the total area and the occupancy (leasable land unknown)";
        case Text::InvestmentView: return vi ? "Xem đầu tư (dự án theo KCN)" : "Investment view (projects per park)";
        case Text::InvestmentViewTip: return vi ? "Mỗi KCN một vòng tròn, lớn theo vốn đã biết của các dự án" : "One bubble per park, sized by its projects' known capital";
        case Text::LayerCoastline: return vi ? "Đường bờ biển" : "Coastline";
        case Text::LayerLand: return vi ? "Đất liền" : "Land";
        case Text::LayerLandmarks: return vi ? "Địa danh" : "Landmarks";
        case Text::LayerParks: return vi ? "Khu công nghiệp" : "Industrial parks";
        case Text::LayerProjects: return vi ? "Dự án đầu tư" : "Investment projects";
        case Text::LayerRivers: return vi ? "Sông" : "Rivers";
        case Text::LayerSea: return vi ? "Biển" : "Sea";
        case Text::LoadMessages: return vi ? "Tệp không nạp được:" : "Files that did not load:";
        case Text::LoadProblems: return vi ? "vấn đề khi nạp" : "problems while loading";
        case Text::Loading: return vi ? "Đang nạp" : "Loading";
        case Text::LoadingFile: return vi ? "Đang nạp" : "Loading";
        case Text::MoveDown: return vi ? "Vẽ dưới lớp bên dưới" : "Draw under the layer below";
        case Text::MoveUp: return vi ? "Vẽ trên lớp bên trên" : "Draw over the layer above";
        case Text::MusdKnown: return vi ? "triệu USD đã biết" : "M USD known";
        case Text::NeedsOccupancyAndArea: return vi ? "cần tỷ lệ lấp đầy và diện tích" : "needs an occupancy and an area";
        case Text::NextHit: return vi ? "Đối tượng tiếp theo tại điểm bấm" : "Next feature under the click";
        case Text::NoOutlineTag: return vi ? "chưa có ranh giới" : "no outline";
        case Text::NoParkMatches: return vi ? "Không có KCN nào khớp." : "No park matches the search.";
        case Text::Opacity: return vi ? "Độ đục" : "Opacity";
        case Text::PointMany: return vi ? "điểm" : "points";
        case Text::PointOne: return vi ? "điểm" : "point";
        case Text::PreviousHit: return vi ? "Đối tượng trước tại điểm bấm" : "Previous feature under the click";
        case Text::ProjectMany: return vi ? "dự án" : "projects";
        case Text::ProjectOne: return vi ? "dự án" : "project";
        case Text::RememberedFileGone: return vi ? "Không còn tệp đã thêm lần trước:" : "A file added last time is gone:";
        case Text::RemoveLayer: return vi ? "Bỏ lớp này (tệp không bị thay đổi)" : "Remove this layer (the file is not touched)";
        case Text::Removed: return vi ? "Đã bỏ" : "Removed";
        case Text::RowsTo: return vi ? "dòng vào" : "rows to";
        case Text::SearchParksHint: return vi ? "Tìm KCN: VSIP, Đình Vũ, dinh vu…" : "Search parks: VSIP, Đình Vũ, dinh vu…";
        case Text::SettingsProblems: return vi ? "Cài đặt: một số dòng bị bỏ qua (bản sao giữ ở settings.ini.bak):" : "Settings: some lines were skipped (a copy is kept as settings.ini.bak):";
        case Text::ShowLayer: return vi ? "Hiện lớp này" : "Show this layer";
        case Text::TabLayers: return vi ? "Lớp" : "Layers";
        case Text::TabParks: return vi ? "Các KCN" : "Parks";
        case Text::UiBigger: return vi ? "Chữ và khung lớn hơn (Ctrl+=)" : "Larger text and panels (Ctrl+=)";
        case Text::UiScale: return vi ? "Cỡ chữ và khung (Ctrl+0: 100%)" : "Size of text and panels (Ctrl+0: 100%)";
        case Text::UiSmaller: return vi ? "Chữ và khung nhỏ hơn (Ctrl+-)" : "Smaller text and panels (Ctrl+-)";
        case Text::UnderTheClick: return vi ? "tại điểm bấm" : "under the click";
        case Text::UntickToLeaveOut: return vi ? "Bỏ chọn để không tính KCN này" : "Untick to leave this park out";
        case Text::WeightOrWhy: return vi ? "trọng số ha / lý do không tính" : "weight ha / why left out";
        case Text::WhatIfOn: return vi ? "Đang dùng giả định: bình quân trên không phải số liệu có nguồn." : "What-if values are set: the average above is not the sourced one.";
        case Text::ZoomTo: return vi ? "Phóng tới" : "Zoom to";
        case Text::Count: break;
    }
    return "";
}

}  // namespace i18n
