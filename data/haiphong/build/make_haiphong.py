#!/usr/bin/python3
"""Build the bundled Hai Phong demonstration data set of Park Atlas.

Run:   /usr/bin/python3 data/haiphong/build/make_haiphong.py [--geodata DIR]
Needs: python3-gdal (GDAL >= 3.6 with GEOS and PROJ), nothing else.

Every layer is made from the tables below; every value carries its source in the
table (a number [n] from ../README.md "Sources", or a seed file name). A value no
source gives stays NULL/empty: it is never estimated. Outlines are approximate
illustrations placed from the approximate points of haiphong-facts.md; they are
sized so that their area equals the sourced area (or, with no sourced area, a
modest footprint that the park's notes call illustrative).

Output (next to this build/ folder, i.e. data/haiphong/):
  parks.*           Polygon, VN-2000 / TM-3 105°45' (EPSG:9210), .prj = OGC WKT1 with TOWGS84
  economic_zones.*  Polygon, WGS 84 (EPSG:4326)
  projects.*        Point,   WGS 84
  landmarks.*       Point,   WGS 84
  hp_land/hp_sea/hp_coastline/hp_rivers.*  copied GSHHG 2.3.7 basemap (LGPL-3+)
The script ends with checks (areas, land fraction, rivers, overlaps, datum shift)
and exits non-zero if one fails.
"""
import argparse
import csv
import math
import os
import shutil
import sys

from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)                      # data/haiphong
# shared/ sits beside the repository checkout.
DEFAULT_GEODATA = os.path.normpath(os.path.join(OUT, "..", "..", "..", "shared", "geodata"))

# --------------------------------------------------------------------------------------
# Sources. Numbers follow parks-public-sources.md; seed files are the HEZA/UBND reports.
# --------------------------------------------------------------------------------------
S000 = "000_f54bb01c19650dde.txt"   # UBND Decision 408/QĐ-UBND, 6 Feb 2024 (investment promotion 2024)
S001 = "001_2d3212b9177f718d.txt"   # HEZA report on international integration, late 2024
S002 = "002_e038fa07206399a4.txt"   # UBND Decision 3055/QĐ-UBND, 2 Oct 2020
S003 = "003_0348db918e8c2867.txt"   # HEZA letter 4705/BQL-DN&GSĐT, 21 Oct 2024
S004 = "004_b9af243eace61f60.txt"   # HEZA report 6037/BC-BQL, 15 Dec 2023

SRC = {
    1: "en.vietnamplus.vn/hai-phong-to-build-second-coastal-economic-zone/268147.vnp, 18 Sep 2023",
    2: "heza.gov.vn/en/logistics/",
    6: "vietnam.vn/en/hai-phong-thanh-lap-them-8-khu-cong-nghiep, 20 Jul 2025",
    7: "english.vov.vn/en/economy/chinas-shenzhen-eyes-deeper-tech-trade-ties-with-hai-phong-post1238254.vov, Oct 2025",
    9: "duan24h.net/2022/quy-hoach-khu-cum-cong-nghiep-tp-hai-phong-den-nam-2030.html, 2022",
    10: "vneconomy.vn/hai-phong-port-citys-southern-coastal-economic-zone-to-be-set-up.htm, Dec 2024",
    11: "vietnam.vn/en/thanh-lap-khu-kinh-te-ven-bien-phia-nam-hai-phong, 4 Dec 2024",
    12: "xe.today/2024/12/06/northern-vietnams-premier-port-operator-establishes-a-20000-hectare-coastal-economic-zone-targeting-over-300000-new-jobs",
    13: "vietnamnews.vn/economy/1693218/1-000-hectare-free-trade-area-set-to-take-shape-in-hai-phong.html, 4 Mar 2025",
    14: "mplogistics.vn/2026/01/25/nam-do-son-port-a-new-logistics-gateway-for-northern-vietnam",
    17: "viet-kabu.com/news_d/hochiminh/220726185740.html, Jul 2022",
    18: "thanhphohaiphong.gov.vn, 2023",
    19: "en.haiphong.gov.vn, Aug 2014",
    21: "vir.com.vn/work-starts-on-nhat-ban-haiphong-industrial-zone-phase-2-143282.html, Dec 2025",
    22: "viet-kabu.com/news/ipo/250102193136.html, Jan 2025",
    23: "cafef.vn, Dec 2025",
    24: "vccinews.com/prode/40768, Nov 2020",
    25: "en.vietnamplus.vn/dinh-vu-iz-targets-green-development-post109875.vnp",
    26: "vccinews.com/prode/35789, May 2018",
    28: "vccinews.com/news/9465, Sep 2007",
    29: "heza.gov.vn/khu-cong-nghiep-mp-dinh-vu-don-du-an-dau-tu-moi/, Sep 2016",
    30: "vietnamnews.vn, n.d.",
    31: "123docz.net thesis excerpt, n.d.",
    32: "en.haiphong.gov.vn, Oct 2010",
    33: "thongtin.vietnam.vn, Nov 2024",
    34: "theinvestor.vn/197-mln-hai-phong-industrial-park-gets-the-okay-d837.html, Jun 2022",
    35: "cafef.vn, Mar 2023",
    36: "vov.vn, year not shown",
    37: "tttfic.com",
    38: "vir.com.vn/deep-c-hp-ii-industrial-zone-welcomes-first-three-investors-59236.html, May 2018",
    39: "english.vov.vn",
    40: "lachhuyenftz.com.vn, May 2023",
    41: "hanoitimes.vn, May 2023",
    42: "hkbav.org, 2018 data",
    44: "haiphongnews.gov.vn, about 2022",
    45: "trangdue-ip.com.vn, Sep 2014",
    46: "trangdue-ip.com.vn",
    47: "vn-iz.com, n.d.",
    48: "heza.gov.vn/en, about Nov 2023",
    49: "en.vietnamplus.vn, Aug 2021",
    50: "vccinews.com/news/48488, Nov 2022",
    51: "cafef.vn, Jan 2024",
    52: "namdinhvu.com, 2021",
    53: "vsip.com.vn, Jul 2021",
    54: "viipip.com, Feb 2014",
    55: "becamex.com.vn",
    56: "viet-jo.com, Aug 2020",
    58: "heza.gov.vn, Nov 2016",
    59: "tapchicongthuong.vn, May 2008",
    60: "wkvetter.com, n.d.",
    61: "en.vietnamplus.vn, Jun 2022",
    63: "vietnammoi.vn, 2025",
    64: "vnfdi.com",
    65: "laodong.vn, late 2025",
    68: "sggp.org.vn, about 2007",
}


def src(*nums):
    """'[24] vccinews.com/prode/40768, Nov 2020' (several numbers joined by '; ')."""
    return "; ".join("[%d] %s" % (n, SRC[n]) for n in nums)


def ref(*nums):
    """'[24]' or '[34][60]': short form for text fields."""
    return "".join("[%d]" % n for n in nums)


FN5 = S004 + ", footnote 5"          # per-park occupancy, Dec 2023
S004_31 = S004 + ", section I.3(1)"  # VSIP / Nam Cầu Kiền occupancy, site clearance
OCC_ASOF = "2023-12"                 # report 6037/BC-BQL is dated 15 Dec 2023

# --------------------------------------------------------------------------------------
# Park outline templates: irregular polygons in arbitrary units; each park scales its
# template by (ax, ay), rotates it by `angle` degrees (counter-clockwise from east) and
# scales it uniformly so that its area in EPSG:9210 metres equals `target_ha`.
# --------------------------------------------------------------------------------------
TPL = {
    # block with a cut corner and a kink on one side (7 vertices)
    "A": [(0, 0), (10, 0), (10.5, 3), (9, 6), (3, 6), (0, 5), (-0.5, 2)],
    # L-shaped block (8)
    "L": [(0, 0), (10, 0), (10, 3), (6, 3.5), (5.5, 7), (0, 7), (-0.3, 4), (0.2, 2)],
    # irregular trapezoid (9)
    "T": [(0, 0), (4, -0.5), (9, 0), (10, 2.5), (9.5, 5), (6, 6), (2, 5.5), (0.5, 4), (-0.5, 2)],
    # rounded polygon (10)
    "P": [(0, 0), (3, -0.3), (7, 0), (10, 1), (11, 4), (9, 7), (5, 7.5), (2, 7), (0, 5), (0.5, 2.5)],
    # long strip following a shore or a road, with a stepped end (8)
    "S": [(0, 0), (12, 0), (12.5, 1.5), (12, 3), (7, 3.2), (6.5, 2.6), (1, 2.8), (-0.4, 1.4)],
    # block with a notch in one side (11)
    "N": [(0, 0), (4, 0), (4, 1), (5.5, 1), (5.5, 0), (10, 0), (10, 6), (6, 6.4), (2, 6), (0, 4.5), (-0.4, 2)],
}

# --------------------------------------------------------------------------------------
# Parks. est = 'yes' for the 14 parks established by late 2024 (001 II.1; 004 I.3(1)).
# geom: centre (lon, lat) WGS 84, template, aspect (ax, ay), angle, target_ha, area_note
#   area_note 'sourced'      -> target_ha = area_ha
#             'illustrative' -> no sourced area; modest footprint, said so in notes
# geom None -> location unknown: NULL geometry, outline = 'none'.
# --------------------------------------------------------------------------------------
ILLUS = "area unknown; outline size is illustrative"
RECLAIMED = "on land reclaimed after GSHHG was made: the outline overlaps GSHHG sea"  # after Partly/Mostly

PARKS = [
    dict(id="nomura", est="yes", status="operating",            # status: 004 fn5 100%
         name_vi="KCN Nhật Bản – Hải Phòng",
         name_en="Nhat Ban – Hai Phong Industrial Park (formerly Nomura – Haiphong)",
         area_ha=153, area_src=src(17), lease_ha=123, lease_src=src(17),
         occ_pct=100.0, occ_asof=OCC_ASOF, occ_src=FN5,
         developer="NHIZ Corp.; PC1 (Vietnam) since 2022", dev_src=src(17),
         district="An Dương",                                     # [18]
         tenants=None, ten_src=None,
         founded="licensed 23 Dec 1994, operating since 1999 [18]",
         handover=None,
         notes="Renamed from Nomura – Hải Phòng [18]. Tenants: mostly Japanese firms [19]. "
               "13 km to the centre, 15 km to the port, 20 km to Cát Bi airport [17].",
         geom=dict(c=(106.593, 20.887), tpl="A", asp=(1.0, 0.8), angle=-35, target_ha=153)),

    dict(id="nomura-2", est="no", status="building",               # [21] groundbreaking Dec 2025
         name_vi="KCN Nhật Bản – Hải Phòng 2",
         name_en="Nhat Ban – Hai Phong Industrial Park 2 (Nomura 2)",
         area_ha=197.16, area_src=src(21), lease_ha=None, lease_src=None,
         occ_pct=None, occ_asof=None, occ_src=None,
         developer="PC1 subsidiary", dev_src=src(22),
         district="An Dương (An Hưng, An Hồng, Đại Bản)",          # [22]
         tenants=None, ten_src=None,
         founded="Decision 1709/QĐ-TTg, 31 Dec 2024 [23]",
         handover=None,
         notes="Status: groundbreaking Dec 2025 [21]. Placed near Nhật Bản – Hải Phòng in the "
               "communes [22] names; exact site not sourced.",
         geom=dict(c=(106.586, 20.909), tpl="P", asp=(1.0, 0.8), angle=-20, target_ha=197.16)),

    dict(id="do-son", est="yes", status="operating",              # 004 fn5 96.3%
         name_vi="KCN Đồ Sơn Hải Phòng",
         name_en="Do Son Hai Phong Industrial Park",
         area_ha=None, area_src=None, lease_ha=None, lease_src=None,
         occ_pct=96.3, occ_asof=OCC_ASOF, occ_src=FN5,
         developer=None, dev_src=None,
         district="Đồ Sơn",                                        # the park's own name; facts point
         tenants=None, ten_src=None, founded=None, handover=None,
         notes="Outside the Đình Vũ – Cát Hải economic zone [42]; " + ILLUS + ".",
         geom=dict(c=(106.760, 20.731), tpl="T", asp=(1.0, 0.9), angle=20, target_ha=150,
                   area_note="illustrative")),

    dict(id="trang-due", est="yes", status="operating",           # 004 fn5 96.7%
         name_vi="KCN Tràng Duệ",
         name_en="Trang Due Industrial Park (phases 1–2)",
         area_ha=401, area_src=src(44, 45) + " (187 + 214 ha)", lease_ha=None, lease_src=None,
         occ_pct=96.7, occ_asof=OCC_ASOF, occ_src=FN5,
         developer="SHP, a Kinh Bắc company", dev_src=src(47),
         district="An Dương (Lê Lợi commune)",                     # [46]
         tenants="LG Electronics, LG Display, LG Innotek", ten_src=src(49),
         founded="2007; phase 2 2014 [45]",
         handover=None,
         notes="Phases 1–2 (187 + 214 ha) [44][45]; on Highway 10 [50]. 110 kV substations "
               "Tràng Duệ and Tràng Duệ MR planned (000, Part 1).",
         geom=dict(c=(106.557, 20.838), tpl="N", asp=(1.0, 0.62), angle=-25, target_ha=401)),

    dict(id="trang-due-3", est="no", status="building",           # parks-public-sources table
         name_vi="KCN Tràng Duệ (giai đoạn 3)",
         name_en="Trang Due Industrial Park phase 3",
         area_ha=652.73, area_src=src(6), lease_ha=None, lease_src=None,
         occ_pct=None, occ_asof=None, occ_src=None,
         developer="SHP", dev_src=src(51),
         district="An Lão",                                        # [48]
         tenants=None, ten_src=None,
         founded="2025 [6]",
         handover=None,
         notes="Zoning plan 1/2000 adjusted in 2023 (004, footnote 6). Placed south of Tràng Duệ "
               "in An Lão [48]; exact site not sourced.",
         geom=dict(c=(106.596, 20.806), tpl="L", asp=(1.0, 0.62), angle=-15, target_ha=652.73)),

    dict(id="dinh-vu", est="yes", status="operating",             # 004 fn5 96.3%
         name_vi="KCN Đình Vũ",
         name_en="Dinh Vu Industrial Park (DEEP C I)",
         area_ha=541, area_src=src(24), lease_ha=None, lease_src=None,
         occ_pct=96.3, occ_asof=OCC_ASOF, occ_src=FN5,
         developer="Hai Phong city + Rent-A-Port (Belgium) + Infra Asia", dev_src=src(25),
         district="Hải An (Đình Vũ peninsula)",                    # [24]; Hải An: 004 I.3(3)
         tenants="Bridgestone, Chevron, Knauf, Shin-Etsu, Idemitsu", ten_src=src(26),
         founded="1997 [26]",
         handover=None,
         notes="Marketed as DEEP C I; eco-park pilot [6]; 7 km to the port [28]. 541 ha [24] "
               "preferred over 161 ha (first phase) and 1,254 ha (likely mislabelled). Partly "
               + RECLAIMED + ".",
         geom=dict(c=(106.7785, 20.8295), tpl="S", asp=(1.0, 1.3), angle=-54, target_ha=541)),

    dict(id="mp-dinh-vu", est="yes", status="operating",          # [29]; 004 fn5 99.7%
         name_vi="KCN MP Đình Vũ",
         name_en="MP Dinh Vu Industrial Park",
         area_ha=None, area_src=None, lease_ha=None, lease_src=None,
         occ_pct=99.7, occ_asof=OCC_ASOF, occ_src=FN5,
         developer=None, dev_src=None,
         district="Hải An (Đông Hải 2 ward)",                      # [29]
         tenants=None, ten_src=None, founded=None, handover=None,
         notes="Placed at the base of the Đình Vũ peninsula in Đông Hải 2 [29], across a creek from Đình "
               "Vũ (DEEP C I); " + ILLUS + ".",
         geom=dict(c=(106.7440, 20.8505), tpl="A", asp=(1.0, 0.9), angle=-54, target_ha=120,
                   area_note="illustrative")),

    dict(id="hang-hai", est="yes", status="operating",            # 004 fn5 100% (see notes)
         name_vi="KCN và dịch vụ Hàng hải",
         name_en="Hang Hai (Maritime) Industrial and Service Park",
         area_ha=None, area_src=None, lease_ha=None, lease_src=None,
         occ_pct=100.0, occ_asof=OCC_ASOF, occ_src=FN5,
         developer=None, dev_src=None, district=None,
         tenants=None, ten_src=None, founded=None, handover=None,
         notes="Identity unresolved: 100% in 004 fn 5, yet 003 §1.3 lists it with the parks "
               "waiting for the Nam Đình Vũ sea dyke. No public source found; one lead: SHINEC "
               "once planned a 300 ha maritime park in Thủy Nguyên [68]. Location unknown: no outline.",
         geom=None),

    dict(id="an-duong", est="yes", status="operating",            # 004 fn5 89.2%
         name_vi="KCN An Dương",
         name_en="An Duong Industrial Park",
         area_ha=None, area_src=None, lease_ha=None, lease_src=None,
         occ_pct=89.2, occ_asof=OCC_ASOF, occ_src=FN5,
         developer="Shenyue (China)", dev_src=src(7),
         district="An Dương",                                      # [34]
         tenants="Tongwei", ten_src=src(52),
         founded=None,
         handover="city asks to speed up compensation and site clearance (Dec 2023; 004 §II)",
         notes="Building infrastructure and attracting tenants (004, appendix row 1); " + ILLUS + ".",
         geom=dict(c=(106.560, 20.880), tpl="P", asp=(1.0, 0.75), angle=10, target_ha=150,
                   area_note="illustrative")),

    dict(id="vsip", est="yes", status="operating",
         name_vi="KCN VSIP Hải Phòng",
         name_en="VSIP Hai Phong Industrial Park (integrated township)",
         area_ha=1566, area_src=src(53) + " (incl. township)",
         lease_ha=748, lease_src=src(54) + " (industrial land; other dates give 468 or 500 ha)",
         occ_pct=76.6, occ_asof=OCC_ASOF, occ_src=S004_31,
         developer="VSIP (Vietnam–Singapore)", dev_src=src(55),
         district="Thủy Nguyên",                                   # [55]
         tenants="Kyocera, Fuji Xerox, Chilisin, Regina Miracle", ten_src=src(53),
         founded="Jan 2010 [55]",
         handover="site clearance and land hand-over under way (Dec 2023; 004 §I.3(1))",
         notes="1,566 ha includes the township [53]; industrial land 748 ha [54]. On Highway 10 "
               "[55]. Social housing phase 1: 4.33 ha, about 1,500 flats (004 §I.3(3)).",
         geom=dict(c=(106.703, 20.9115), tpl="N", asp=(1.0, 0.78), angle=12, target_ha=1566)),

    dict(id="nam-cau-kien", est="yes", status="operating",
         name_vi="KCN Nam Cầu Kiền",
         name_en="Nam Cau Kien Industrial Park",
         area_ha=263.47, area_src=src(56), lease_ha=None, lease_src=None,
         occ_pct=77.5, occ_asof=OCC_ASOF, occ_src=S004_31,
         developer="SHINEC (Vietnam)", dev_src=src(56),
         district="Thủy Nguyên",                                   # [58]
         tenants=None, ten_src=None,
         founded="30 May 2008 [59]",
         handover="site clearance and land hand-over under way (Dec 2023; 004 §I.3(1))",
         notes="Eco-park pilot [6].",
         geom=dict(c=(106.630, 20.9375), tpl="T", asp=(1.0, 0.8), angle=-30, target_ha=263.47)),

    dict(id="tien-thanh", est="yes", status="building",           # [60] leasing from 2026
         name_vi="KCN Tiên Thanh",
         name_en="Tien Thanh Industrial Park",
         area_ha=410, area_src=src(34, 60), lease_ha=289, lease_src=src(34, 60),
         occ_pct=None, occ_asof=None, occ_src=None,
         developer="Tiên Thanh Investment IZ JSC", dev_src=src(34),
         district="Tiên Lãng (Tiên Thanh, Cấp Tiến)",              # [34]
         tenants=None, ten_src=None,
         founded="approved 2022 [61]",
         handover="land not yet handed over (Dec 2023; 004 §I.3(1))",
         notes="No occupancy: land not yet handed over in Dec 2023 (004). Leasing from 2026 [60]. "
               "110 kV substation KCN Tiên Thanh planned (000, Part 1).",
         geom=dict(c=(106.614, 20.676), tpl="A", asp=(1.0, 0.62), angle=30, target_ha=410)),

    dict(id="nam-dinh-vu-1", est="yes", status="building",        # 004 §I.3(1): building infrastructure
         name_vi="KCN Nam Đình Vũ Khu I",
         name_en="Nam Dinh Vu Industrial Park, Zone I",
         area_ha=1329, area_src=src(30) + " (Sao Đỏ's whole project)", lease_ha=None, lease_src=None,
         occ_pct=None, occ_asof=None, occ_src=None,
         developer="Sao Đỏ Group (Vietnam)", dev_src=src(30),
         district="Hải An (Đông Hải, Tràng Cát)",                  # [31]; Hải An: 004 I.3(3)
         tenants="Việt Pháp Steel", ten_src=src(33),
         founded="works from 2010 [32]",
         handover="city asks to speed up site clearance on the Đình Vũ peninsula (Dec 2023; 004 §II)",
         notes="Non-tariff zone + park (004 fn 6); own port [30]. Infrastructure still being built; "
               "depends on the Nam Đình Vũ sea dyke (003 §1.3). Mostly " + RECLAIMED + ".",
         geom=dict(c=(106.7614, 20.8178), tpl="P", asp=(1.0, 0.62), angle=-54, target_ha=1329)),

    dict(id="nam-dinh-vu-2", est="yes", status="building",        # 004 §I.3(1); first tenants May 2018 [38]
         name_vi="KCN Nam Đình Vũ Khu II",
         name_en="Nam Dinh Vu Industrial Park, Zone II (DEEP C II)",
         area_ha=645, area_src=src(26), lease_ha=None, lease_src=None,
         occ_pct=None, occ_asof=None, occ_src=None,
         developer="DEEP C (Belgium)", dev_src=src(26),
         district="Hải An (Đông Hải 2 ward)",                      # [37]
         tenants="Pantra, Pyeong Hwa, Suhil", ten_src=src(38),
         founded="opened May 2018 [38]",
         handover="city asks to speed up site clearance on the Đình Vũ peninsula (Dec 2023; 004 §II)",
         notes="DEEP C II. First tenants May 2018 [38]; 004 §I.3(1) (Dec 2023): still building "
               "infrastructure. Needs the Nam Đình Vũ sea dyke (003 §1.3). Mostly " + RECLAIMED + ".",
         geom=dict(c=(106.8020, 20.7995), tpl="A", asp=(1.0, 0.9), angle=-54, target_ha=645)),

    dict(id="deep-c-3", est="yes", status="building",             # 004 appendix; 001 4.2
         name_vi="KCN Cảng cửa ngõ quốc tế Hải Phòng",
         name_en="Hai Phong International Gateway Port Industrial Park (DEEP C III)",
         area_ha=500, area_src=src(36) + " (about 500 ha)", lease_ha=None, lease_src=None,
         occ_pct=None, occ_asof=None, occ_src=None,
         developer="DEEP C", dev_src=src(36),
         district="Cát Hải",                                       # [36][39]
         tenants=None, ten_src=None, founded=None,
         handover="site clearance under way (Dec 2023; 004 appendix); forest-land conversion "
                  "under review (2024; 001 §4.2)",
         notes="DEEP C III in the developer's naming; next to Lạch Huyện [36][39]. 004 expected "
               "operation from end 2023. Partly " + RECLAIMED + ".",
         geom=dict(c=(106.8635, 20.8215), tpl="T", asp=(1.0, 0.75), angle=5, target_ha=500)),

    dict(id="xuan-cau", est="yes", status="building",             # [40] building since May 2023
         name_vi="KCN và KPTQ Xuân Cầu",
         name_en="Xuan Cau Industrial Park and Non-tariff Zone",
         area_ha=752, area_src=src(40), lease_ha=369, lease_src=src(40) + " (industrial; 173 ha logistics)",
         occ_pct=None, occ_asof=None, occ_src=None,
         developer="Xuân Cầu – Lạch Huyện Investment JSC", dev_src=src(41),
         district="Cát Hải",                                       # [40]
         tenants=None, ten_src=None,
         founded="Decision 535/QĐ-TTg, 1 Apr 2021 [40]",
         handover="city asks to speed up site clearance in Cát Hải (Dec 2023; 004 §II)",
         notes="752 ha: 369 industrial, 173 logistics [40]; behind Lạch Huyện port [40]. Non-tariff "
               "zone policy in preparation (004 §I.8). Partly " + RECLAIMED + ".",
         geom=dict(c=(106.8895, 20.7965), tpl="L", asp=(1.0, 0.62), angle=0, target_ha=752)),

    dict(id="nam-trang-cat", est="no", status="planned",          # 003 1.3; [6]
         name_vi="KCN Nam Tràng Cát",
         name_en="Nam Trang Cat Industrial Park",
         area_ha=200.39, area_src=src(6), lease_ha=None, lease_src=None,
         occ_pct=None, occ_asof=None, occ_src=None,
         developer=None, dev_src=None, district=None,
         tenants=None, ten_src=None,
         founded="2025 [6]",
         handover=None,
         notes="Named among new parks in 003 §1.3. No source gives its site: placed by its name "
               "south of Tràng Cát ward (Hải An), near Đông Hải; illustrative position.",
         geom=dict(c=(106.7425, 20.8015), tpl="A", asp=(1.0, 0.6), angle=-51, target_ha=200.39)),

    dict(id="vinh-quang", est="no", status="planned",             # 004 fn6; [6]
         name_vi="KCN Vinh Quang",
         name_en="Vinh Quang Industrial Park",
         area_ha=226.01, area_src=src(6), lease_ha=None, lease_src=None,
         occ_pct=None, occ_asof=None, occ_src=None,
         developer="IDICO", dev_src=src(63),
         district="Tiên Lãng",                                     # [42]
         tenants=None, ten_src=None,
         founded="2025 [6]",
         handover=None,
         notes="Zoning plan 1/2000 adjusted in 2023 (004, footnote 6). Site within Tiên Lãng not "
               "sourced: illustrative position in the southern coastal zone.",
         geom=dict(c=(106.665, 20.655), tpl="P", asp=(1.0, 0.8), angle=35, target_ha=226.01)),

    dict(id="ngu-phuc", est="no", status="planned",               # [6]
         name_vi="KCN Ngũ Phúc (giai đoạn 1)",
         name_en="Ngu Phuc Industrial Park (phase 1)",
         area_ha=238.6, area_src=src(6), lease_ha=None, lease_src=None,
         occ_pct=None, occ_asof=None, occ_src=None,
         developer="Vinhomes", dev_src=src(63),
         district="Kiến Thụy",                                     # [64]
         tenants=None, ten_src=None,
         founded="2025 [6]",
         handover=None,
         notes="Phase 1. Site within Kiến Thụy [64] not sourced: drawn illustratively north of the "
               "Văn Úc river, within the southern coastal zone outline.",
         geom=dict(c=(106.616, 20.729), tpl="T", asp=(1.0, 0.85), angle=-40, target_ha=238.6)),

    dict(id="tan-trao", est="no", status="planned",               # [6]
         name_vi="KCN Tân Trào (giai đoạn 1)",
         name_en="Tan Trao Industrial Park (phase 1)",
         area_ha=226.79, area_src=src(6), lease_ha=None, lease_src=None,
         occ_pct=None, occ_asof=None, occ_src=None,
         developer="Vinhomes", dev_src=src(65),
         district="Kiến Thụy",                                     # [63][65]
         tenants=None, ten_src=None,
         founded="2025 [6]",
         handover=None,
         notes="Phase 1; inside the southern coastal economic zone [63][65]. Site within Kiến Thụy "
               "not sourced: illustrative position.",
         geom=dict(c=(106.655, 20.716), tpl="A", asp=(1.0, 0.85), angle=-30, target_ha=226.79)),

    dict(id="thuy-nguyen-2", est="no", status="planned",          # 003 1.3
         name_vi="KCN Thủy Nguyên 2",
         name_en="Thuy Nguyen 2 Industrial Park",
         area_ha=None, area_src=None, lease_ha=None, lease_src=None,
         occ_pct=None, occ_asof=None, occ_src=None,
         developer=None, dev_src=None,
         district="Thủy Nguyên",                                   # the park's own name
         tenants=None, ten_src=None, founded=None, handover=None,
         notes="Named among new parks to develop in 003 §1.3 (Oct 2024). No source gives its "
               "area, developer or site: location unknown, no outline.",
         geom=None),
]

PARK_IDS = [p["id"] for p in PARKS]
EXPECTED_IDS = ("nomura nomura-2 do-son trang-due trang-due-3 dinh-vu mp-dinh-vu hang-hai an-duong "
                "vsip nam-cau-kien tien-thanh nam-dinh-vu-1 nam-dinh-vu-2 deep-c-3 xuan-cau "
                "nam-trang-cat vinh-quang ngu-phuc tan-trao thuy-nguyen-2").split()
# Parks whose outline may overlap GSHHG sea (land reclaimed after GSHHG was made).
# Parks placed only inside the district or communes the sources name (no sourced point): their
# distances to landmarks are not known to better than the district's size. `placed` says so.
DISTRICT_PLACED_IDS = {"nomura-2", "trang-due-3", "nam-trang-cat", "vinh-quang", "ngu-phuc", "tan-trao"}
RECLAIMED_IDS = {"dinh-vu", "nam-dinh-vu-1", "nam-dinh-vu-2", "deep-c-3", "xuan-cau"}
ADJACENT_OK = {frozenset(("dinh-vu", "mp-dinh-vu"))}

# --------------------------------------------------------------------------------------
# Economic zones (EPSG:4326). Outlines hand-drawn on the GSHHG basemap, approximate.
# --------------------------------------------------------------------------------------
ZONES = [
    dict(id="dinh-vu-cat-hai",
         name_vi="Khu kinh tế Đình Vũ – Cát Hải",
         name_en="Dinh Vu – Cat Hai Economic Zone",
         status="established",
         area_ha=22540, area_src=src(9) + " (about 21,600 ha at founding)",
         decision="06/2008/QĐ-TTg", dec_date="2008-01-10",         # [9]
         port_ha=None, ind_ha=None, urban_ha=None, fta_ha=None, func_src=None,
         notes="General plan being revised to 2045 (task: Decision 51/QĐ-TTg, 15 Jan 2024; 001, 003). "
               "HEZA: 9 of the 14 parks lie inside the zone [2]. Outline covers only the Đình Vũ – "
               "Cát Hải – Lạch Huyện core, water included; not the legal boundary.",
         ring=[(106.738, 20.862), (106.755, 20.872), (106.795, 20.874), (106.838, 20.878),
               (106.885, 20.878), (106.922, 20.866), (106.945, 20.838), (106.950, 20.803),
               (106.932, 20.778), (106.890, 20.770), (106.840, 20.772), (106.800, 20.778),
               (106.772, 20.786), (106.760, 20.7975), (106.747, 20.813), (106.7375, 20.825),
               (106.733, 20.835)]),
    dict(id="southern-coastal",
         name_vi="Khu kinh tế ven biển phía Nam Hải Phòng",
         name_en="Southern Hai Phong Coastal Economic Zone",
         status="established",
         area_ha=20000, area_src=src(10) + "; " + src(11),
         decision="1511/QĐ-TTg", dec_date="2024-12-04",            # [10][11]
         port_ha=3000, ind_ha=4000, urban_ha=1800, fta_ha=1000,    # [13]
         func_src=src(13) + " (port about 3,000 ha; free-trade area over 1,000 ha)",
         notes="Founded 4 Dec 2024 [10]; detailed planning under way (the 2023–24 seeds still call it "
               "proposed: 96/TTr-UBND, 12 Jun 2024). About 2,909 ha reclaimed from the sea [10]. "
               "Communes of Đồ Sơn, Kiến Thụy, An Lão, Tiên Lãng, Vĩnh Bảo [12].",
         ring=None),   # filled below (long list)
]

# Southern zone: along both banks of the Văn Úc and the coast, inside the box of [11]
# (20°35′50″–20°45′35″ N, 106°32′08″–106°49′15″ E); the seaward edge takes in a strip of sea
# for the ~2,909 ha to be reclaimed (Nam Đồ Sơn port).
SOUTH_BOX = (106 + 32 / 60 + 8 / 3600, 20 + 35 / 60 + 50 / 3600,
             106 + 49 / 60 + 15 / 3600, 20 + 45 / 60 + 35 / 3600)   # lon_min, lat_min, lon_max, lat_max
ZONES[1]["ring"] = [
    (106.5360, 20.7590), (106.5700, 20.7590), (106.6050, 20.7430), (106.6400, 20.7350),
    (106.6700, 20.7270), (106.7050, 20.7200), (106.7400, 20.7170), (106.7700, 20.7150),
    (106.7920, 20.7050), (106.8020, 20.6880), (106.7960, 20.6830), (106.7550, 20.6920),
    (106.7300, 20.6830), (106.7110, 20.6740), (106.7040, 20.6520), (106.6850, 20.6360),
    (106.6600, 20.6290), (106.6350, 20.6180), (106.6200, 20.6000), (106.6000, 20.5985),
    (106.5830, 20.6200), (106.5850, 20.6450), (106.5950, 20.6700), (106.5900, 20.6950),
    (106.5680, 20.7230), (106.5360, 20.7390),
]

# --------------------------------------------------------------------------------------
# Investment pins (EPSG:4326). Only investments a source ties to a park are drawn; the
# rest are listed in NOT_PINNED (and in the README).
# --------------------------------------------------------------------------------------
A31 = S001 + ", part A, I.3.1"
PROJECTS = [
    dict(id="lg-group-increase-2024", investor="LG Group", country="Korea", park_id="trang-due",
         cap_musd=1000.0, cap_kind="increase", year=2024, sector=None, attrib="uncertain",
         source=A31 + " (+1 billion USD); park: " + ref(49) + "; country: " + S000 + " Part 1 I",
         notes="UNCERTAIN: 001 names neither the LG company nor the park; placed at Tràng Duệ, where every "
               "LG company the sources name is [49]. Likely LG Display's +1 bn USD of Nov 2024 "
               "(evertiq.com/news/56770)."),
    dict(id="kyocera-increase-2024", investor="Kyocera", country=None, park_id="vsip",
         cap_musd=237.0, cap_kind="increase", year=2024, sector=None, attrib="uncertain",
         source=A31 + " (+237 M USD); park: " + ref(53),
         notes="UNCERTAIN: 001 names neither the park nor the year of the increase; placed at VSIP, "
               "where [53] lists Kyocera as a tenant; year: reported among 2024 results."),
    dict(id="lg-display", investor="LG Display", country="Korea", park_id="trang-due",
         cap_musd=4650.0, cap_kind='total', year=2021, sector=None,
         source=ref(49) + " (tenant); " + S000 + " Part 1 I (Korea)" + "; capital: en.vietnamplus.vn/lg-display-vietnam-hai-phong-adds-14-billion-usd-in-investment/207272.vnp (31 Aug 2021)",
         notes='Total after +1.4 bn USD (Aug 2021): 1.5 bn (2016) + 0.75 bn (Feb 2021) + 1.4 bn. A further +1 bn in Nov 2024 (evertiq.com/news/56770) is not added.'),
    dict(id="lg-electronics", investor="LG Electronics", country="Korea", park_id="trang-due",
         cap_musd=1500.0, cap_kind='total', year=2013, sector=None,
         source=ref(49) + " (tenant); " + S000 + " Part 1 I (Korea)" + "; capital: trangdue-ip.com.vn/Site/About/31 (SHP, undated)",
         notes='Phase 1 510 M USD + phase 2 990 M USD (SHP page, undated; year of phase 2 about 2013).'),
    dict(id="lg-innotek", investor="LG Innotek", country="Korea", park_id="trang-due",
         cap_musd=1000.0, cap_kind='increase', year=2023, sector=None,
         source=ref(49) + " (tenant); country: LG group, Korean per " + S000 + " Part 1 I" + "; capital: amp.laodong.vn/kinh-doanh/lg-innotek-tang-von-dau-tu-them-1-ti-usd-de-mo-rong-san-xuat-tai-hai-phong-1209306.ldo (26 Jun 2023)",
         notes='Increase of 1 bn USD for 2023-2025 (Jun 2023); the total is not given here.'),
    dict(id="bridgestone", investor="Bridgestone", country=None, park_id="dinh-vu",
         cap_musd=1220.0, cap_kind='total', year=2013, sector=None,
         source=ref(26) + " (tenant)" + "; capital: rubberjournalasia.com/?p=8458 (about 2013); 575 M USD first: dataen.vdsc.com.vn (2 Feb 2012)", notes='575 M USD licensed Feb 2012, more than doubled to over 1.22 bn USD (about 2013).'),
    dict(id="chevron", investor="Chevron", country=None, park_id="dinh-vu",
         cap_musd=5.0, cap_kind='increase', year=None, sector=None,
         source=ref(26) + " (tenant)" + "; capital: lubesngreases.com/lubereport-asia/5_49/chevron-completes-vietnam-expansion/ (date not shown)", notes="An expansion of the blending plant; the plant's own capital is not given."),
    dict(id="knauf", investor="Knauf", country=None, park_id="dinh-vu",
         cap_musd=32.9, cap_kind='new', year=2016, sector=None,
         source=ref(26) + " (tenant)" + "; capital: es.vietnamplus.vn/inauguran-planta-de-yeso-de-mayor-inversion-extranjera-en-hai-phong/67258.vnp (2016)", notes='30 M EUR (about 32.9 M USD) plasterboard plant, as reported at its opening.'),
    dict(id="shin-etsu", investor="Shin-Etsu", country=None, park_id="dinh-vu",
         cap_musd=25.0, cap_kind='new', year=2012, sector=None,
         source=ref(26) + " (tenant)" + "; capital: cen.acs.org/articles/90/i5/Shin-Etsu-Plans-Rare-Earths.html (30 Jan 2012)", notes='Rare-earth plant, 25 M USD (2012); a 117 M USD magnet plant followed (C&EN, 28 Apr 2014), not added.'),
    dict(id="idemitsu", investor="Idemitsu", country=None, park_id="dinh-vu",
         cap_musd=23.3, cap_kind='new', year=2012, sector=None,
         source=ref(26) + " (tenant)" + "; capital: fr.vietnamplus.vn/lubrifiant-idemitsu-kosan-ouvre-une-filiale-a-hai-phong/34845.vnp (Aug 2012)", notes='Lubricant plant on six hectares.'),
    dict(id="rent-a-port", investor="Rent A Port", country="Belgium", park_id="dinh-vu",
         cap_musd=None, cap_kind=None, year=None, sector="industrial park development (co-developer)",
         source=S000 + " Part 1 I (Belgium); role: " + ref(25),
         notes="Co-developer of Đình Vũ with the city and Infra Asia [25]. Capital not given."),
    dict(id="viet-phap-steel", investor="Việt Pháp Steel", country=None, park_id="nam-dinh-vu-1",
         cap_musd=45.0, cap_kind='new', year=2024, sector=None,
         source=ref(33) + " (tenant)", notes="Factory no. 2 at Nam Đình Vũ, 45 M USD (Nov 2024); the first factory's capital is not given."),
    dict(id="pantra", investor="Pantra", country=None, park_id="nam-dinh-vu-2",
         cap_musd=None, cap_kind=None, year=None, sector=None,
         source=ref(38) + " (one of the first three investors, May 2018)",
         notes="Capital not given by the sources."),
    dict(id="pyeong-hwa", investor="Pyeong Hwa", country=None, park_id="nam-dinh-vu-2",
         cap_musd=None, cap_kind=None, year=None, sector=None,
         source=ref(38) + " (one of the first three investors, May 2018)",
         notes="Capital not given by the sources."),
    dict(id="suhil", investor="Suhil", country=None, park_id="nam-dinh-vu-2",
         cap_musd=None, cap_kind=None, year=None, sector=None,
         source=ref(38) + " (one of the first three investors, May 2018)",
         notes="Capital not given by the sources."),
    dict(id="fuji-xerox", investor="Fuji Xerox", country=None, park_id="vsip",
         cap_musd=120.0, cap_kind='new', year=2012, sector=None,
         source=ref(53) + " (tenant)" + "; capital: vneconomy.vn/them-du-an-fdi-lon-cua-nhat-vao-hai-phong.htm (20 Aug 2012)", notes='About 9 bn JPY, nearly 120 M USD.'),
    dict(id="chilisin", investor="Chilisin", country=None, park_id="vsip",
         cap_musd=None, cap_kind=None, year=None, sector=None,
         source=ref(53) + " (tenant)", notes="Capital not given by the sources."),
    dict(id="regina-miracle", investor="Regina Miracle", country=None, park_id="vsip",
         cap_musd=500.0, cap_kind='total', year=None, sector=None,
         source=ref(53) + " (tenant)" + "; capital: es.vietnamplus.vn/grupo-hongkones-aumenta-capitales-de-su-proyecto-en-vietnam/77742.vnp (undated)", notes='150 M USD licensed 2014; raised from 350 to 500 M USD (page undated).'),
    dict(id="tongwei", investor="Tongwei", country=None, park_id="an-duong",
         cap_musd=31.0, cap_kind='increase', year=2021, sector=None,
         source=ref(52) + " (tenant)" + "; capital: namdinhvu.com/en/hai-phong-industrial-parkss-development-and-contribution-in-vietnam-economy/ (2021)", notes='Increase of 31 M USD in the first 8 months of 2021; the total is not given.'),
]
# Investments the sources name but tie to no park: not drawn (listed in the README).
NOT_PINNED = [
    ("SK Group (Korea)", "500 M USD, new, reported among 2024 results", A31, "no park named"),
    ("Korean groups (several)", "about 400 M USD of new and increased certificates, Apr 2024 trip",
     A31, "an aggregate, no park"),
    ("Samsung Engineering + Sao Đỏ Group", "cooperation agreement, Apr 2024, no capital", A31,
     "an agreement, not an investment"),
    ("Pegatron Việt Nam", "workers' housing, 25.05 ha, Đông Hải 2 (Hải An); Decision 555/QĐ-BQL, "
     "25 Feb 2022; no capital", S004 + ", section I.3(3)", "a housing project, not in a park"),
    ("Damen – Sông Cấm shipyard (Netherlands)", "named, no capital", S000 + ", Part 1 I",
     "no park named"),
]

# --------------------------------------------------------------------------------------
# Landmarks (EPSG:4326)
# --------------------------------------------------------------------------------------
LANDMARKS = [
    dict(id="lach-huyen-port", name_vi="Cảng cửa ngõ quốc tế Lạch Huyện",
         name_en="Lach Huyen international gateway port", kind="port", status="operating",
         source="haiphong-facts.md approximate point; berths: " + S004 + " §I.3(1), " + S003 + " §1.3",
         notes="Berths 3–6 built since 2022; service by end 2024/early 2025 was a target (004, "
               "003), not a reported result. 7–8 approved; 9–12 awaiting approval. GSHHG predates "
               "the port: approximate point of the domain notes.",
         lonlat=(106.89, 20.81)),
    dict(id="cat-bi-airport", name_vi="Cảng hàng không quốc tế Cát Bi",
         name_en="Cat Bi International Airport", kind="airport", status="operating",
         source="OpenStreetMap / public airport data, approx.",
         notes="Approximate position (about 20.819 N, 106.725 E).",
         lonlat=(106.725, 20.819)),
    dict(id="city-centre", name_vi="Trung tâm thành phố Hải Phòng",
         name_en="Hai Phong city centre", kind="centre", status=None,
         source="haiphong-facts.md approximate point",
         notes="Approximate; used for distances such as 13 km from Nhật Bản – Hải Phòng [17].",
         lonlat=(106.68, 20.86)),
    dict(id="nam-do-son-port", name_vi="Cảng Nam Đồ Sơn",
         name_en="Nam Do Son port", kind="port", status="planned",
         source=src(14) + "; " + S004 + " §I.3(1)",
         notes="Proposed by Vingroup in Kiến Hải and Nam Đồ Sơn, about 2,789 ha; phase 1 (2026–30) "
               "two berths of about 900 m, 200,000 DWT, 529 ha logistics [14]. Approximate point "
               "off the coast between the Văn Úc mouth and Đồ Sơn, in the southern zone.",
         lonlat=(106.745, 20.694)),
]

# ======================================================================================
# Geometry
# ======================================================================================
WGS84 = osr.SpatialReference()
WGS84.ImportFromEPSG(4326)
WGS84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
VN2000 = osr.SpatialReference()
VN2000.ImportFromEPSG(9210)
VN2000.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
# EPSG transformation PROJ picks for Vietnam onshore: "VN-2000 to WGS 84 (2)"
TO_VN = osr.CoordinateTransformation(WGS84, VN2000)
TO_WGS = osr.CoordinateTransformation(VN2000, WGS84)

# "VN-2000 to WGS 84 (2)" is a coordinate-frame Helmert (rx=-0.00928836 ry=0.01975479
# rz=-0.00427372); WKT1 TOWGS84 is position-vector, so the rotations change sign.
TOWGS84 = (-191.90441429, -39.30318279, -111.45032835, 0.00928836, -0.01975479, 0.00427372, 0.252906278)


def parks_prj_wkt():
    """OGC WKT1 of EPSG:9210 with TOWGS84 inside its DATUM (one line)."""
    s = osr.SpatialReference()
    s.ImportFromEPSG(9210)
    s.SetTOWGS84(*TOWGS84)
    wkt = s.ExportToWkt()           # WKT1 (OGC flavour, AUTHORITY nodes kept)
    assert wkt.startswith("PROJCS[") and "TOWGS84[" in wkt, wkt
    return wkt


def poly_area(pts):
    a = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        a += x1 * y2 - x2 * y1
    return a / 2.0


def poly_centroid(pts):
    a = poly_area(pts)
    cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
        k = x1 * y2 - x2 * y1
        cx += (x1 + x2) * k
        cy += (y1 + y2) * k
    return cx / (6 * a), cy / (6 * a)


def ring_geom(pts):
    r = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in pts + pts[:1]:
        r.AddPoint_2D(x, y)
    return r


def park_polygon(g):
    """Polygon in EPSG:9210 metres: template -> aspect -> rotation -> scaled to target area."""
    tpl = TPL[g["tpl"]]
    cx, cy = poly_centroid(tpl)
    ax, ay = g["asp"]
    t = math.radians(g["angle"])
    pts = []
    for x, y in tpl:
        x, y = (x - cx) * ax, (y - cy) * ay
        pts.append((x * math.cos(t) - y * math.sin(t), x * math.sin(t) + y * math.cos(t)))
    s = math.sqrt(g["target_ha"] * 1e4 / abs(poly_area(pts)))
    e0, n0, _ = TO_VN.TransformPoint(*g["c"])
    pts = [(round(e0 + s * x, 2), round(n0 + s * y, 2)) for x, y in pts]
    if poly_area(pts) < 0:
        pts.reverse()
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring_geom(pts))
    return poly


def lonlat_polygon(ring):
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring_geom(list(ring)))
    return poly


def to_vn(geom_wgs):
    g = geom_wgs.Clone()
    g.Transform(TO_VN)
    return g


def to_wgs(geom_vn):
    g = geom_vn.Clone()
    g.Transform(TO_WGS)
    return g


def spread_points(poly_vn, n, radius=320.0):
    """n points inside poly_vn, on a small circle round an interior point (EPSG:9210)."""
    c = poly_vn.Centroid()
    if not poly_vn.Contains(c):
        c = poly_vn.PointOnSurface()
    cx, cy = c.GetX(), c.GetY()
    if n == 1:
        return [(cx, cy)]
    pts = []
    for k in range(n):
        ang = math.pi / 2 + 2 * math.pi * k / n
        r = radius
        while True:
            x, y = cx + r * math.cos(ang), cy + r * math.sin(ang)
            p = ogr.Geometry(ogr.wkbPoint)
            p.AddPoint_2D(x, y)
            if poly_vn.Contains(p) or r < 20:
                break
            r *= 0.7
        pts.append((x, y))
    return pts


# ======================================================================================
# Writing
# ======================================================================================
def drop_layer_files(name):
    for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx"):
        p = os.path.join(OUT, name + ext)
        if os.path.exists(p):
            os.remove(p)


def utf8_len(v):
    return len(v.encode("utf-8")) if isinstance(v, str) else 0


def write_layer(name, geom_type, srs, fields, rows):
    """fields: [(name, kind)] kind in 'str', 'real', 'int'; rows: [(dict, geometry or None)]."""
    drop_layer_files(name)
    drv = ogr.GetDriverByName("ESRI Shapefile")
    ds = drv.CreateDataSource(os.path.join(OUT, name + ".shp"))
    lyr = ds.CreateLayer(name, srs, geom_type, options=["ENCODING=UTF-8"])
    for fname, kind in fields:
        assert len(fname) <= 10, fname
        if kind == "str":
            width = max([utf8_len(r.get(fname)) for r, _ in rows] + [1])
            if width > 254:
                raise SystemExit("%s.%s: a value is %d bytes, the DBF limit is 254" % (name, fname, width))
            fd = ogr.FieldDefn(fname, ogr.OFTString)
            fd.SetWidth(width)
        elif kind == "real":
            fd = ogr.FieldDefn(fname, ogr.OFTReal)
            fd.SetWidth(12)
            fd.SetPrecision(2)
        else:
            fd = ogr.FieldDefn(fname, ogr.OFTInteger)
            fd.SetWidth(6)
        lyr.CreateField(fd)
    for rec, geom in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        for fname, kind in fields:
            v = rec.get(fname)
            if v is None or v == "":
                f.SetFieldNull(fname)
            else:
                f.SetField(fname, v)
        if geom is not None:
            f.SetGeometry(geom)
        lyr.CreateFeature(f)
    ds = None
    with open(os.path.join(OUT, name + ".cpg"), "w", encoding="ascii") as fh:
        fh.write("UTF-8")


# Short names for map labels; the full official names stay in name_vi / name_en.
MAP_LABELS = {
    "nomura": ("Nhật Bản – Hải Phòng", "Nhat Ban – Hai Phong"),
    "nomura-2": ("Nhật Bản – Hải Phòng 2", "Nhat Ban – Hai Phong 2"),
    "do-son": ("Đồ Sơn", "Do Son"),
    "trang-due": ("Tràng Duệ", "Trang Due"),
    "trang-due-3": ("Tràng Duệ 3", "Trang Due 3"),
    "dinh-vu": ("Đình Vũ", "Dinh Vu (DEEP C I)"),
    "mp-dinh-vu": ("MP Đình Vũ", "MP Dinh Vu"),
    "hang-hai": ("Hàng Hải", "Hang Hai"),
    "an-duong": ("An Dương", "An Duong"),
    "vsip": ("VSIP Hải Phòng", "VSIP Hai Phong"),
    "nam-cau-kien": ("Nam Cầu Kiền", "Nam Cau Kien"),
    "tien-thanh": ("Tiên Thanh", "Tien Thanh"),
    "nam-dinh-vu-1": ("Nam Đình Vũ I", "Nam Dinh Vu I"),
    "nam-dinh-vu-2": ("Nam Đình Vũ II", "Nam Dinh Vu II (DEEP C II)"),
    "deep-c-3": ("Cảng cửa ngõ quốc tế", "Gateway Port (DEEP C III)"),
    "xuan-cau": ("Xuân Cầu", "Xuan Cau"),
    "nam-trang-cat": ("Nam Tràng Cát", "Nam Trang Cat"),
    "vinh-quang": ("Vinh Quang", "Vinh Quang"),
    "ngu-phuc": ("Ngũ Phúc", "Ngu Phuc"),
    "tan-trao": ("Tân Trào", "Tan Trao"),
    "thuy-nguyen-2": ("Thủy Nguyên 2", "Thuy Nguyen 2"),
}
for _park in PARKS:
    _park["label_vi"], _park["label_en"] = MAP_LABELS[_park["id"]]


# Names in Chinese, Korean and Japanese (build/cjk_names.csv; where each comes from:
# build/cjk_names.md). Each row says per language whether the form is sourced, our rendering
# (the Vietnamese name with the generic term translated, or a transliteration), the company's
# own name or the Latin name kept; name_src says so on every feature, with the sources' numbers
# ([101]... in sources.csv).
CJK_FIELDS = [("name_zh", "str"), ("name_ko", "str"), ("name_ja", "str"), ("label_zh", "str"),
              ("label_ko", "str"), ("label_ja", "str"), ("name_src", "str")]
CJK_STATUS_WORDS = {"source": "as sourced", "ours": "Park Atlas rendering", "company": "the company's own name",
                    "latin": "Latin name kept"}


def load_cjk_names():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cjk_names.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        return {(r["layer"], r["id"]): r for r in csv.DictReader(fh)}


def cjk_name_source(row):
    """'zh, ko: Park Atlas rendering; ja: as sourced [101][102]'."""
    groups = {}
    for lang in ("zh", "ko", "ja"):
        groups.setdefault(row["status_" + lang], []).append(lang)
    parts = []
    for status, langs in groups.items():
        words = CJK_STATUS_WORDS[status]
        if status == "source" and row["refs"]:
            words += " " + row["refs"]
        parts.append("%s: %s" % (", ".join(langs), words))
    return "; ".join(parts)


def add_cjk_names(layer, table, names):
    for rec in table:
        row = names.get((layer, rec["id"]))
        if row is None:
            raise SystemExit("build/cjk_names.csv has no row for %s %s" % (layer, rec["id"]))
        for field in ("name_zh", "name_ko", "name_ja", "label_zh", "label_ko", "label_ja"):
            rec[field] = row[field]
        rec["name_src"] = cjk_name_source(row)


PARK_FIELDS = [("id", "str"), ("name_vi", "str"), ("name_en", "str"), ("label_vi", "str"), ("label_en", "str"),
               ("status", "str"),
               ("est", "str"), ("area_ha", "real"), ("area_src", "str"), ("lease_ha", "real"),
               ("lease_src", "str"), ("occ_pct", "real"), ("occ_asof", "str"), ("occ_src", "str"),
               ("developer", "str"), ("dev_src", "str"), ("district", "str"), ("tenants", "str"),
               ("ten_src", "str"), ("founded", "str"), ("handover", "str"), ("notes", "str"),
               ("outline", "str"), ("placed", "str")] + CJK_FIELDS
# placed: "point" (around an approximate point of haiphong-facts.md, or next to a landmark a source
# names), "district" (somewhere in the district the sources name), NULL (no outline).
ZONE_FIELDS = [("id", "str"), ("name_vi", "str"), ("name_en", "str"), ("status", "str"),
               ("area_ha", "real"), ("area_src", "str"), ("decision", "str"), ("dec_date", "str"),
               ("port_ha", "real"), ("ind_ha", "real"), ("urban_ha", "real"), ("fta_ha", "real"),
               ("func_src", "str"), ("notes", "str"), ("outline", "str")] + CJK_FIELDS
PROJECT_FIELDS = [("id", "str"), ("investor", "str"), ("country", "str"), ("park_id", "str"),
                  ("cap_musd", "real"), ("cap_kind", "str"), ("year", "int"), ("sector", "str"),
                  ("source", "str"), ("notes", "str"), ("attrib", "str")] + CJK_FIELDS
# attrib: "sourced" when the source ties the investment to its park (and year); "uncertain" when we
# placed it by inference (the map draws those pins as rings, and the notes say why).
LANDMARK_FIELDS = [("id", "str"), ("name_vi", "str"), ("name_en", "str"), ("kind", "str"),
                   ("status", "str"), ("source", "str"), ("notes", "str")] + CJK_FIELDS

BASEMAP = ("hp_land", "hp_sea", "hp_coastline", "hp_rivers")


def copy_basemap(geodata):
    for name in BASEMAP:
        for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg"):
            s = os.path.join(geodata, name + ext)
            if not os.path.exists(s):
                raise SystemExit("basemap file missing: %s" % s)
            shutil.copyfile(s, os.path.join(OUT, name + ext))


# ======================================================================================
# Checks
# ======================================================================================
def load_wgs(path):
    ds = ogr.Open(path)
    lyr = ds.GetLayer(0)
    geoms = [f.GetGeometryRef().Clone() for f in lyr if f.GetGeometryRef() is not None]
    return geoms


def land_fraction(poly_vn, land_wgs):
    """Share of poly_vn's area on GSHHG land (areas in EPSG:9210 metres)."""
    pw = to_wgs(poly_vn)
    env = pw.GetEnvelope()
    inside = 0.0
    for lg in land_wgs:
        le = lg.GetEnvelope()
        if le[1] < env[0] or le[0] > env[1] or le[3] < env[2] or le[2] > env[3]:
            continue
        if not lg.Intersects(pw):
            continue
        inter = lg.Intersection(pw)
        if inter is not None and not inter.IsEmpty():
            inside += to_vn(inter).GetArea()
    return inside / poly_vn.GetArea()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--geodata", default=DEFAULT_GEODATA,
                    help="folder with hp_land/hp_sea/hp_coastline/hp_rivers shapefiles "
                         "(default %(default)s)")
    args = ap.parse_args()
    problems = []

    assert PARK_IDS == EXPECTED_IDS or sorted(PARK_IDS) == sorted(EXPECTED_IDS), PARK_IDS
    assert len(set(PARK_IDS)) == len(PARK_IDS)
    assert sum(1 for p in PARKS if p["est"] == "yes") == 14
    cjk = load_cjk_names()
    for layer, table in (("parks", PARKS), ("economic_zones", ZONES), ("projects", PROJECTS), ("landmarks", LANDMARKS)):
        add_cjk_names(layer, table, cjk)

    # ---- basemap
    if os.path.isdir(args.geodata):
        copy_basemap(args.geodata)
        print("basemap copied from", args.geodata)
    elif all(os.path.exists(os.path.join(OUT, n + ".shp")) for n in BASEMAP):
        print("geodata folder %s not found; keeping the basemap copies in %s" % (args.geodata, OUT))
    else:
        raise SystemExit("no basemap: pass --geodata DIR")
    land = load_wgs(os.path.join(OUT, "hp_land.shp"))
    rivers = load_wgs(os.path.join(OUT, "hp_rivers.shp"))

    # ---- parks
    park_geom = {}
    rows = []
    for p in PARKS:
        rec = {k: v for k, v in p.items() if k != "geom"}
        g = p["geom"]
        if g is None:
            rec["outline"] = "none"
            rec["placed"] = None
            geom = None
        else:
            rec["outline"] = "approximate"
            rec["placed"] = "district" if p["id"] in DISTRICT_PLACED_IDS else "point"
            if p["area_ha"] is not None:
                assert g["target_ha"] == p["area_ha"], p["id"]
            else:
                assert g.get("area_note") == "illustrative" and ILLUS in p["notes"], p["id"]
            geom = park_polygon(g)
            park_geom[p["id"]] = geom
        rows.append((rec, geom))
    write_layer("parks", ogr.wkbPolygon, VN2000, PARK_FIELDS, rows)
    prj = parks_prj_wkt()
    with open(os.path.join(OUT, "parks.prj"), "w", encoding="ascii") as fh:
        fh.write(prj)

    # ---- economic zones
    zone_geom = {}
    rows = []
    for z in ZONES:
        rec = {k: v for k, v in z.items() if k != "ring"}
        rec["outline"] = "approximate"
        geom = lonlat_polygon(z["ring"])
        zone_geom[z["id"]] = geom
        rows.append((rec, geom))
    write_layer("economic_zones", ogr.wkbPolygon, WGS84, ZONE_FIELDS, rows)

    # ---- projects
    by_park = {}
    for pr in PROJECTS:
        pr.setdefault("attrib", "sourced")
        by_park.setdefault(pr["park_id"], []).append(pr)
    rows = []
    for pid, prs in by_park.items():
        assert pid in park_geom, (pid, "pins need a drawn park")
        for pr, (x, y) in zip(prs, spread_points(park_geom[pid], len(prs))):
            lon, lat, _ = TO_WGS.TransformPoint(x, y)
            pt = ogr.Geometry(ogr.wkbPoint)
            pt.AddPoint_2D(round(lon, 7), round(lat, 7))
            rows.append((pr, pt))
    order = {pr["id"]: i for i, pr in enumerate(PROJECTS)}
    rows.sort(key=lambda r: order[r[0]["id"]])
    write_layer("projects", ogr.wkbPoint, WGS84, PROJECT_FIELDS, rows)
    project_pts = {r["id"]: (g, r["park_id"]) for r, g in rows}

    # ---- landmarks
    rows = []
    for lm in LANDMARKS:
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(*lm["lonlat"])
        rows.append(({k: v for k, v in lm.items() if k != "lonlat"}, pt))
    write_layer("landmarks", ogr.wkbPoint, WGS84, LANDMARK_FIELDS, rows)

    # ================================================================ checks and report
    print("\nparks (outline drawn in EPSG:9210; land = share on GSHHG land)")
    print("%-14s %-9s %-3s %9s %9s %6s %10s %10s %5s %6s" %
          ("id", "status", "est", "src_ha", "drawn_ha", "diff%", "lon", "lat", "land", "occ%"))
    for p in PARKS:
        pid = p["id"]
        occ = "" if p["occ_pct"] is None else "%.1f" % p["occ_pct"]
        src_ha = "" if p["area_ha"] is None else "%.2f" % p["area_ha"]
        if pid not in park_geom:
            print("%-14s %-9s %-3s %9s %9s %6s %10s %10s %5s %6s" %
                  (pid, p["status"], p["est"], src_ha, "-", "", "(none)", "", "", occ))
            continue
        g = park_geom[pid]
        drawn = g.GetArea() / 1e4
        target = p["geom"]["target_ha"]
        diff = 100.0 * (drawn - target) / target
        c = to_wgs(g).Centroid()
        lf = land_fraction(g, land)
        print("%-14s %-9s %-3s %9s %9.2f %+6.2f %10.5f %10.5f %5.2f %6s" %
              (pid, p["status"], p["est"], src_ha or "(%g)" % target, drawn, diff,
               c.GetX(), c.GetY(), lf, occ))
        nv = g.GetGeometryRef(0).GetPointCount() - 1
        if not 6 <= nv <= 14:
            problems.append("%s: %d vertices" % (pid, nv))
        if abs(diff) > 10:
            problems.append("%s: drawn area off by %.1f%%" % (pid, diff))
        if not g.IsValid():
            problems.append("%s: invalid polygon" % pid)
        if pid not in RECLAIMED_IDS and lf < 0.9:
            problems.append("%s: only %.0f%% on GSHHG land" % (pid, 100 * lf))
        gw = to_wgs(g)
        for r in rivers:
            if gw.Intersects(r):
                problems.append("%s: crosses a hp_rivers line" % pid)
                break
    ids = list(park_geom)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            inter = park_geom[a].Intersection(park_geom[b])
            ov = 0.0 if inter is None or inter.IsEmpty() else inter.GetArea()
            if ov > 1.0 and frozenset((a, b)) not in ADJACENT_OK:
                problems.append("parks %s and %s overlap (%.1f ha)" % (a, b, ov / 1e4))
            elif ov > 1.0:
                problems.append("parks %s and %s overlap (%.1f ha); adjacent ones must only touch"
                                % (a, b, ov / 1e4))

    print("\neconomic zones (area in EPSG:9210 metres)")
    for z in ZONES:
        gv = to_vn(zone_geom[z["id"]])
        ha = gv.GetArea() / 1e4
        lf = land_fraction(gv, land)
        e = zone_geom[z["id"]].GetEnvelope()
        print("%-17s drawn %9.0f ha vs %6.0f (%+.1f%%), land %.2f (sea %.0f ha), lon %.4f–%.4f lat %.4f–%.4f"
              % (z["id"], ha, z["area_ha"], 100 * (ha - z["area_ha"]) / z["area_ha"], lf,
                 (1 - lf) * ha, e[0], e[1], e[2], e[3]))
        if abs(ha - z["area_ha"]) > 0.1 * z["area_ha"]:
            problems.append("zone %s: area off by more than 10%%" % z["id"])
        if not zone_geom[z["id"]].IsValid():
            problems.append("zone %s: invalid polygon" % z["id"])
    e = zone_geom["southern-coastal"].GetEnvelope()
    if e[0] < SOUTH_BOX[0] or e[1] > SOUTH_BOX[2] or e[2] < SOUTH_BOX[1] or e[3] > SOUTH_BOX[3]:
        problems.append("southern zone leaves the bounding box of [11]")
    south = zone_geom["southern-coastal"]
    for pid in ("ngu-phuc", "tan-trao", "vinh-quang"):
        if not south.Contains(to_wgs(park_geom[pid])):
            problems.append("%s is not inside the southern zone outline" % pid)
    lm = {l["id"]: l for l in LANDMARKS}
    ndp = ogr.CreateGeometryFromWkt("POINT (%f %f)" % lm["nam-do-son-port"]["lonlat"])
    if not south.Contains(ndp):
        problems.append("nam-do-son-port is not inside the southern zone outline")
    dvch = zone_geom["dinh-vu-cat-hai"]
    for pid in ("dinh-vu", "mp-dinh-vu", "nam-dinh-vu-1", "nam-dinh-vu-2", "deep-c-3", "xuan-cau"):
        if not dvch.Contains(to_wgs(park_geom[pid])):
            problems.append("%s is not inside the Đình Vũ – Cát Hải outline" % pid)

    print("\nprojects: %d pins" % len(project_pts))
    for pid_, (pt, park) in project_pts.items():
        if not to_wgs(park_geom[park]).Contains(pt):
            problems.append("pin %s is not inside park %s" % (pid_, park))
    pins = list(project_pts.values())
    for i in range(len(pins)):
        for j in range(i + 1, len(pins)):
            if to_vn(pins[i][0]).Distance(to_vn(pins[j][0])) < 50:
                problems.append("two pins closer than 50 m")
    print("not pinned (no park in the sources): " + "; ".join(n for n, *_ in NOT_PINNED))

    # ---- datum check: the .prj (TOWGS84) vs the EPSG pipeline, on every park vertex
    ds = ogr.Open(os.path.join(OUT, "parks.shp"))
    lyr = ds.GetLayer(0)
    file_srs = osr.SpatialReference()
    with open(os.path.join(OUT, "parks.prj"), encoding="ascii") as fh:
        file_srs.ImportFromWkt(fh.read())
    file_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    read_srs = lyr.GetSpatialRef()
    towgs_read = read_srs.GetTOWGS84() if read_srs is not None else None
    print("\nparks.prj as read back by OGR: TOWGS84 =", towgs_read)
    if not towgs_read or max(abs(a - b) for a, b in zip(towgs_read, TOWGS84)) > 1e-9:
        problems.append("parks.shp does not read back with the TOWGS84 of the .prj")
    via_prj = osr.CoordinateTransformation(file_srs, WGS84)
    # what a reader that loses the datum shift would get (same projection, no TOWGS84)
    no_shift = osr.SpatialReference()
    no_shift.ImportFromProj4("+proj=tmerc +lat_0=0 +lon_0=105.75 +k=0.9999 +x_0=500000 +y_0=0 "
                             "+ellps=WGS84 +units=m +no_defs")
    no_shift.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    via_none = osr.CoordinateTransformation(no_shift, WGS84)
    verts = []
    for f in lyr:
        g = f.GetGeometryRef()
        if g is None:
            continue
        ring = g.GetGeometryRef(0)
        verts += [(ring.GetX(i), ring.GetY(i)) for i in range(ring.GetPointCount() - 1)]
    epsg = [TO_WGS.TransformPoint(x, y)[:2] for x, y in verts]
    worst_osr = max(metres(a, via_prj.TransformPoint(x, y)) for a, (x, y) in zip(epsg, verts))
    worst_none = max(metres(a, via_none.TransformPoint(x, y)) for a, (x, y) in zip(epsg, verts))
    print("datum check on %d park vertices:" % len(verts))
    print("  OGR/osr: .prj vs EPSG:9210->EPSG:4326 max %.6f m" % worst_osr)
    print("  without the datum shift (plain TM on WGS 84) they would be off by up to %.1f m" % worst_none)
    if worst_osr > 0.05:
        problems.append("datum check (osr) failed: %.3f m" % worst_osr)
    # the same with PROJ's own cs2cs, which applies the WKT's TOWGS84 as written
    cs2cs = shutil.which("cs2cs")
    if cs2cs is None:
        print("  cs2cs not found (Debian package proj-bin): PROJ command-line check skipped")
    else:
        a = run_cs2cs(cs2cs, "EPSG:9210", verts)
        b = run_cs2cs(cs2cs, prj, verts)
        bumped = prj.replace("TOWGS84[%.8f," % TOWGS84[0], "TOWGS84[%.8f," % (TOWGS84[0] + 10))
        assert bumped != prj
        c = run_cs2cs(cs2cs, bumped, verts)
        worst_cs = max(metres(p, q) for p, q in zip(a, b))
        moved = [metres(p, q) for p, q in zip(b, c)]
        worst_epsg = max(metres(p, q) for p, q in zip(a, epsg))
        print("  cs2cs: \"$(cat parks.prj)\" vs EPSG:9210 -> EPSG:4326 max %.6f m "
              "(cs2cs EPSG vs osr EPSG max %.6f m)" % (worst_cs, worst_epsg))
        print("  cs2cs with TOWGS84 X moved by 10 m: vertices move %.2f-%.2f m "
              "(PROJ applies the .prj's TOWGS84)" % (min(moved), max(moved)))
        for (x, y), p, q in list(zip(verts, a, b))[:3]:
            print("    E %.2f N %.2f -> prj %.9f %.9f | EPSG %.9f %.9f" % (x, y, q[0], q[1], p[0], p[1]))
        if worst_cs > 0.05 or worst_epsg > 0.05:
            problems.append("datum check (cs2cs) failed: %.3f m" % max(worst_cs, worst_epsg))
        if not 9.0 < min(moved) <= max(moved) < 11.0:
            problems.append("PROJ does not apply the TOWGS84 of parks.prj")

    # ---- read every layer back and compare with the tables (catches DBF truncation)
    for name, table, fields in (("parks", PARKS, PARK_FIELDS), ("economic_zones", ZONES, ZONE_FIELDS),
                                ("projects", PROJECTS, PROJECT_FIELDS),
                                ("landmarks", LANDMARKS, LANDMARK_FIELDS)):
        back_ds = ogr.Open(os.path.join(OUT, name + ".shp"))   # keep the dataset alive
        back = {f.GetField("id"): f for f in back_ds.GetLayer(0)}
        for rec in table:
            f = back[rec["id"]]
            for fname, kind in fields:
                if fname not in rec:
                    continue
                want, got = rec[fname], (f.GetField(fname) if f.IsFieldSetAndNotNull(fname) else None)
                if want == "":
                    want = None
                if kind == "real" and want is not None and got is not None:
                    same = abs(want - got) < 0.005
                else:
                    same = want == got
                if not same:
                    problems.append("%s %s.%s reads back as %r, not %r" % (name, rec["id"], fname, got, want))
    print("read-back of all attributes: %s" % ("ok" if not any("reads back" in p for p in problems)
                                                 else "MISMATCH"))

    size = sum(os.path.getsize(os.path.join(OUT, f)) for f in os.listdir(OUT)
               if os.path.isfile(os.path.join(OUT, f)))
    print("\ndata/haiphong files: %.2f MB" % (size / 1e6))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all checks passed")


def run_cs2cs(exe, src_crs, pts):
    """lon/lat (EPSG:4326) of EPSG:9210-like E/N points through PROJ's cs2cs."""
    import subprocess
    txt = "".join("%.3f %.3f\n" % p for p in pts)
    out = subprocess.run([exe, "-f", "%.10f", src_crs, "EPSG:4326"], input=txt, text=True,
                         capture_output=True, check=True).stdout.split("\n")
    res = []
    for line in out[:len(pts)]:
        lat, lon = map(float, line.split()[:2])      # EPSG:4326 axis order: lat, lon
        res.append((lon, lat))
    return res


def metres(a, b):
    """Distance in metres between two lon/lat points (small distances)."""
    dlat = math.radians(b[1] - a[1])
    dlon = math.radians(b[0] - a[0]) * math.cos(math.radians(a[1]))
    return 6371008.8 * math.hypot(dlat, dlon)


if __name__ == "__main__":
    main()
