#!/usr/bin/env python3
"""Writes the seed inputs of fuzz/corpus/ that come from the bundled data (data/haiphong/) or
are written out here; run from anywhere, needs ogr2ogr (gdal-bin). The files it writes are
committed: run it again only to change them. fuzz_triangulate's seeds are not made here: they
are inputs picked from fuzzing runs, each adding coverage (fuzz/README.md), as its input is
read by FuzzedDataProvider and not worth writing by hand.

Each seed is a few KB at most: small inputs make fast runs, and libFuzzer's -max_len defaults
to the largest seed.
"""
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "data", "haiphong")
SEPARATOR = b"\n--next-part--\n"  # fuzz_vector_loader.cpp's kPartSeparator; parts .shp .shx .dbf .prj .cpg

# fuzz_vector_loader's first byte.
SHAPEFILE, TWO_THREADS, EXACT, SPLIT_READING = 1, 2, 4, 8


def write(target, name, data):
    folder = os.path.join(HERE, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)
    assert len(data) <= 6000, f"{target}/{name} is {len(data)} bytes: keep seeds small"


def ogr2ogr(*args):
    subprocess.run(["ogr2ogr", *args], check=True, stdout=subprocess.DEVNULL)


def shapefile_seed(name, flags, source, *options, prj=True, cpg=False):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "seed.shp")
        ogr2ogr("-f", "ESRI Shapefile", out, os.path.join(DATA, source), "-lco", "ENCODING=UTF-8", *options)
        parts = []
        for ext in ["shp", "shx", "dbf"] + (["prj"] if prj or cpg else []) + (["cpg"] if cpg else []):
            with open(os.path.join(tmp, "seed." + ext), "rb") as f:
                parts.append(f.read())
    write("vector_loader", name, bytes([flags]) + SEPARATOR.join(parts))


def geojson_seed(name, flags, source, *options):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "seed.geojson")
        ogr2ogr("-f", "GeoJSON", out, os.path.join(DATA, source), *options)
        with open(out, "rb") as f:
            write("vector_loader", name, bytes([flags]) + f.read())


def vector_loader():
    # Points in WGS 84, with Vietnamese and CJK names; the same without its .prj (the loader
    # assumes lon/lat); read by two readers at once.
    shapefile_seed("shp-landmarks", SHAPEFILE, "landmarks.shp", "-limit", "3", "-select", "id,name_vi,name_zh",
                   cpg=True)
    shapefile_seed("shp-landmarks-no-prj", SHAPEFILE | TWO_THREADS, "landmarks.shp", "-limit", "2", "-select", "id",
                   prj=False)
    shapefile_seed("shp-landmarks-split", SHAPEFILE | TWO_THREADS | SPLIT_READING, "landmarks.shp", "-select", "id,kind")
    # Polygons in VN-2000 (a .prj with a datum shift), simplified to a few points each.
    shapefile_seed("shp-parks", SHAPEFILE | TWO_THREADS, "parks.shp", "-limit", "3", "-simplify", "300", "-select",
                   "id,area_ha,occ_pct")
    shapefile_seed("shp-parks-exact", SHAPEFILE | EXACT, "parks.shp", "-limit", "1", "-simplify", "500", "-select", "id")
    # Lines with integer and real fields.
    shapefile_seed("shp-rivers", SHAPEFILE, "hp_rivers.shp", "-limit", "2", "-simplify", "200", "-select", "level,len_km")
    geojson_seed("geojson-parks", TWO_THREADS, "parks.shp", "-limit", "2", "-simplify", "300", "-select", "id,name_vi",
                 "-t_srs", "EPSG:4326", "-lco", "COORDINATE_PRECISION=5")
    geojson_seed("geojson-projects", 0, "projects.shp", "-limit", "3", "-select", "id,cap_musd,year")

    hand_written = {
        "geojson-point": (0, b'{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
                             b'{"id":"a","n":1.5},"geometry":{"type":"Point","coordinates":[106.7,20.8]}}]}'),
        "geojson-polygon-hole": (TWO_THREADS, b'{"type":"FeatureCollection","features":[{"type":"Feature",'
                                 b'"properties":{"id":"p"},"geometry":{"type":"Polygon","coordinates":'
                                 b'[[[106.6,20.7],[106.9,20.7],[106.9,20.9],[106.6,20.9],[106.6,20.7]],'
                                 b'[[106.7,20.75],[106.7,20.8],[106.8,20.8],[106.7,20.75]]]}}]}'),
        "geojson-mixed": (EXACT, '{"type":"FeatureCollection","features":['
                          '{"type":"Feature","properties":{"name":"Khu công nghiệp Đình Vũ","x":null},'
                          '"geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],'
                          '[[[2,2],[3,2],[3,3],[2,2]]]]}},'
                          '{"type":"Feature","properties":{"name":"河流"},"geometry":{"type":"LineString",'
                          '"coordinates":[[106.6,20.8],[106.7,20.85,3]]}},'
                          '{"type":"Feature","properties":{"n":[1,2],"o":{"a":1}},"geometry":null},'
                          '{"type":"Feature","properties":{},"geometry":{"type":"GeometryCollection","geometries":'
                          '[{"type":"Point","coordinates":[1,2]},{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}]}}'
                          ']}'.encode()),
        "geojson-utm-crs": (0, b'{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":'
                            b'"urn:ogc:def:crs:EPSG::32648"}},"features":[{"type":"Feature","properties":{},'
                            b'"geometry":{"type":"Polygon","coordinates":[[[600000,2300000],[610000,2300000],'
                            b'[610000,2310000],[600000,2300000]]]}}]}'),
        "geojson-bad-numbers": (0, b'{"type":"Feature","properties":{"v":1e999},"geometry":{"type":"Point",'
                                b'"coordinates":[1e308,-1e308]}}'),
    }
    for name, (flags, text) in hand_written.items():
        write("vector_loader", name, bytes([flags]) + text)


def metrics_csv():
    with open(os.path.join(DATA, "park_metrics.csv"), "rb") as f:
        write("metrics_csv", "park_metrics", f.read())
    with open(os.path.join(DATA, "park_facts.csv"), "rb") as f:
        lines = f.read().split(b"\n")
    write("metrics_csv", "park_facts-head", b"\n".join(lines[:12]) + b"\n")
    # Rows of each kind of fact, from anywhere in the file.
    picked, kinds = [lines[0]], set()
    for line in lines[1:]:
        cells = line.split(b",")
        if len(cells) > 1 and cells[1] not in kinds and len(line) < 300:
            kinds.add(cells[1])
            picked.append(line)
    write("metrics_csv", "park_facts-each-kind", b"\n".join(picked) + b"\n")
    write("metrics_csv", "metrics-bom-crlf",
          b"\xef\xbb\xbfdate,park_id,occ_pct,occ_basis,leased_ha,source\r\n"
          b"2023-12-31,nomura,,handed_over,12.5,\"a \"\"quoted\"\"\r\nsource\"\r\n"
          b"2024-02-29,_city,50,all_land,,s\r2023-02-29,x,1,all_land,,s\n,,,,,\n")
    write("metrics_csv", "metrics-date-basis",
          b"park_id,date,occ_pct,occ_basis,leased_ha,source,date_basis\n"
          b"a,2023-08,10,all_land,,s,placed\nb,2024-03-01,101,all_land,,s,approximate\n"
          b"c,2024-03,-1,handed_over,,s,stated\nd,1899-01,5,all_land,,s,\n\"e,2024-01,5,all_land,,s\n")


def settings():
    write("settings", "full",
          b"# Park Atlas settings, written by the program\n[view]\ncentre_x=11879000.5\ncentre_y=2354000.25\n"
          b"width_m=42000\nheight_m=28000\n[interface]\nui_scale=1.25\nleft_sidebar=1\nlegend=0\nlanguage=vi\n"
          b"vietnamese_beneath=1\n[files]\nfile=/home/user/parcels.shp\nfile=/tmp/a b.geojson\n"
          b"[layer bundled:parks]\nvisible=1\nopacity=0.75\norder=3\n[layer file:/tmp/a b.geojson#a b]\nvisible=0\n"
          b"opacity=1\norder=-1\n")
    write("settings", "old-format",
          b"[view]\ncentre_x=0\ncentre_y=0\nmetres_per_pixel=12.5\n[layer parks]\nvisible=0\n[interface]\n"
          b"language=ko_KR.UTF-8\n")
    write("settings", "problems",
          b"stray=1\n[view\n[nowhere]\nkey=1\n[view]\ncentre_x=1e999\nwidth_m=nan\nnot a key\n[interface]\n"
          b"ui_scale=0.555\nlanguage=fr\n[layer x]\norder=2.5\nopacity=2\n[files]\nfile=\n; comment\n")


if __name__ == "__main__":
    vector_loader()
    metrics_csv()
    settings()
