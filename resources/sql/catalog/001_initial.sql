-- ReelAtlas catalog, schema version 1.
-- Runs in one transaction. Times are ISO-8601 UTC text ("2024-07-10T10:30:00Z"); booleans are
-- 0/1 integers; lists are JSON arrays in text columns; coordinates are WGS-84 degrees.

CREATE TABLE catalog_info (
    key   TEXT PRIMARY KEY,
    value TEXT
);

-- File systems the media lives on: a removable drive keeps its identity when it is mounted
-- elsewhere, and its files are "offline" while it is unplugged.
CREATE TABLE volumes (
    id           INTEGER PRIMARY KEY,
    fs_uuid      TEXT,
    label        TEXT,
    mount_path   TEXT NOT NULL,
    last_seen_at TEXT
);
CREATE UNIQUE INDEX volumes_identity ON volumes (COALESCE(fs_uuid, ''), mount_path);

-- Folders given to "ingest"; "rescan" walks them again.
CREATE TABLE scan_roots (
    id           INTEGER PRIMARY KEY,
    path_raw     BLOB NOT NULL UNIQUE,
    path         TEXT NOT NULL,
    added_at     TEXT NOT NULL,
    last_scan_at TEXT
);

-- ------------------------------------------------------------------ records
CREATE TABLE location_categories (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO location_categories (code, name_zh, name_en, sort_order) VALUES
    ('government', '政府单位', 'Government', 1),
    ('public-facility', '公共设施', 'Public facility', 2),
    ('landmark', '地标景区', 'Landmark / scenic', 3),
    ('commerce', '商业店铺', 'Shops & commerce', 4),
    ('coast', '海岸风光', 'Coast', 5),
    ('mountains-rivers', '山川河流', 'Mountains & rivers', 6),
    ('period', '年代场景', 'Period setting', 7),
    ('foreign-style', '异域风情', 'Foreign-style', 8);

CREATE TABLE locations (
    id                    INTEGER PRIMARY KEY,
    code                  TEXT UNIQUE,
    name_zh               TEXT,
    name_en               TEXT,
    aliases               TEXT NOT NULL DEFAULT '[]',
    name_pinyin           TEXT,           -- computed, toneless, space separated
    name_initials         TEXT,           -- computed
    category_id           INTEGER REFERENCES location_categories (id) ON DELETE SET NULL,
    setting               TEXT CHECK (setting IN ('interior', 'exterior', 'both')),
    eras                  TEXT NOT NULL DEFAULT '[]', -- eras it can portray
    province              TEXT,
    city                  TEXT,
    district              TEXT,
    address               TEXT,
    lat                   REAL CHECK (lat BETWEEN -90 AND 90),
    lon                   REAL CHECK (lon BETWEEN -180 AND 180),
    description           TEXT,
    history               TEXT,
    best_season           TEXT,
    best_light            TEXT,
    area_m2               REAL,
    ceiling_height_m      REAL,
    truck_parking         TEXT,
    power                 TEXT,
    toilets               TEXT,
    base_camp             TEXT,
    lodging_nearby        TEXT,
    transport_distance_km REAL,
    transport_notes       TEXT,
    owner_type            TEXT,
    approvals             TEXT,
    drone_rules           TEXT,
    fee                   TEXT,
    confidential_fields   TEXT NOT NULL DEFAULT '["fee"]', -- left out of every export
    status                TEXT NOT NULL DEFAULT 'review' CHECK (status IN ('review', 'public', 'private')),
    last_verified_at      TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);
CREATE INDEX locations_category ON locations (category_id);
CREATE INDEX locations_region ON locations (province, city, district);

CREATE TABLE facilities (
    id                  INTEGER PRIMARY KEY,
    code                TEXT UNIQUE,
    name_zh             TEXT,
    name_en             TEXT,
    aliases             TEXT NOT NULL DEFAULT '[]',
    name_pinyin         TEXT,
    name_initials       TEXT,
    service_type        TEXT NOT NULL DEFAULT 'other'
                        CHECK (service_type IN ('studio', 'equipment', 'accommodation', 'service', 'other')),
    province            TEXT,
    city                TEXT,
    district            TEXT,
    address             TEXT,
    lat                 REAL CHECK (lat BETWEEN -90 AND 90),
    lon                 REAL CHECK (lon BETWEEN -180 AND 180),
    description         TEXT,
    stage_area_m2       REAL,
    grid_height_m       REAL,
    ceiling_height_m    REAL,
    power               TEXT,
    capacity            TEXT,
    equipment           TEXT,
    rates               TEXT,
    truck_parking       TEXT,
    confidential_fields TEXT NOT NULL DEFAULT '["rates"]',
    status              TEXT NOT NULL DEFAULT 'review' CHECK (status IN ('review', 'public', 'private')),
    last_verified_at    TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

CREATE TABLE experts (
    id                  INTEGER PRIMARY KEY,
    name_zh             TEXT,
    name_en             TEXT,
    name_pinyin         TEXT,
    name_initials       TEXT,
    photo_asset_id      INTEGER REFERENCES assets (id) ON DELETE SET NULL,
    organisation        TEXT,
    title               TEXT,
    expertise           TEXT NOT NULL DEFAULT '[]',
    languages           TEXT NOT NULL DEFAULT '[]',
    representative_works TEXT,
    province            TEXT,
    city                TEXT,
    availability        TEXT,
    fee_range           TEXT,
    confidential_fields TEXT NOT NULL DEFAULT '["fee_range"]',
    consent_to_publish  INTEGER NOT NULL DEFAULT 0,
    status              TEXT NOT NULL DEFAULT 'review' CHECK (status IN ('review', 'public', 'private')),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

-- Contacts of a location, facility or expert; confidential ones never leave the catalog.
CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    owner_kind   TEXT NOT NULL CHECK (owner_kind IN ('location', 'facility', 'expert')),
    owner_id     INTEGER NOT NULL,
    name         TEXT,
    role         TEXT,
    phone        TEXT,
    email        TEXT,
    wechat       TEXT,
    address      TEXT,
    notes        TEXT,
    confidential INTEGER NOT NULL DEFAULT 1,
    sort_order   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contacts_owner ON contacts (owner_kind, owner_id);

CREATE TABLE productions (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    title_en     TEXT,
    producer     TEXT,
    company      TEXT,
    start_date   TEXT,
    end_date     TEXT,
    needs        TEXT,
    base_address TEXT,
    base_lat     REAL CHECK (base_lat BETWEEN -90 AND 90),
    base_lon     REAL CHECK (base_lon BETWEEN -180 AND 180),
    notes        TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- ------------------------------------------------------------------ empty-lens assets
CREATE TABLE assets (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL CHECK (kind IN ('video', 'photo')),
    -- file identity
    path              TEXT NOT NULL,          -- as shown (decoded for people)
    path_raw          BLOB NOT NULL UNIQUE,   -- as the file system spells it
    file_name         TEXT NOT NULL,
    volume_id         INTEGER REFERENCES volumes (id) ON DELETE SET NULL,
    size_bytes        INTEGER NOT NULL,
    mtime_ns          INTEGER NOT NULL,
    content_hash      TEXT,
    status            TEXT NOT NULL DEFAULT 'ok' CHECK (status IN ('ok', 'failed', 'offline')),
    error             TEXT,                   -- why it failed (kept while offline)
    warnings          TEXT,                   -- JSON array: damage that did not stop it
    processed_version INTEGER NOT NULL DEFAULT 0,
    added_at          TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    verified_at       TEXT,
    -- technical facts
    container         TEXT,
    width             INTEGER,
    height            INTEGER,
    display_aspect    TEXT,
    rotation          INTEGER,
    mirrored          INTEGER,
    duration_s        REAL,
    fps               REAL,
    video_codec       TEXT,
    video_profile     TEXT,
    bit_depth         INTEGER,
    pixel_format      TEXT,
    color_primaries   TEXT,
    color_transfer    TEXT,
    color_space       TEXT,
    color_range       TEXT,
    field_order       TEXT,
    hdr               TEXT,
    bitrate_bps       INTEGER,
    audio_codec       TEXT,
    audio_channels    INTEGER,
    audio_sample_rate INTEGER,
    timecode          TEXT,
    created_at        TEXT,
    camera_make       TEXT,
    camera_model      TEXT,
    gps_lat           REAL,
    gps_lon           REAL,
    gps_alt_m         REAL,
    format_class      TEXT,
    format_class_zh   TEXT,
    format_class_en   TEXT,
    media_json        TEXT,                   -- every stream and tag, as probed
    -- derived facts
    has_poster        INTEGER NOT NULL DEFAULT 0,
    filmstrip_frames  INTEGER,
    poster_time_s     REAL,
    sharpness         REAL,
    brightness        REAL,
    contrast          REAL,
    colorfulness      REAL,
    dominant_colors   TEXT,                   -- JSON array of "#rrggbb"
    phash             TEXT,                   -- 16 hex digits
    people_score      REAL,
    shot_count        INTEGER,
    -- user facts
    title             TEXT,
    description       TEXT,
    shot_size         TEXT,
    time_of_day       TEXT,
    season            TEXT,
    weather           TEXT,
    camera_movement   TEXT,
    speed             TEXT CHECK (speed IN ('real-time', 'slow-motion', 'time-lapse')),
    rights_holder     TEXT,
    licence           TEXT,
    licence_expiry    TEXT,
    releases          TEXT,
    rating            INTEGER CHECK (rating BETWEEN 0 AND 5),
    notes             TEXT,
    location_id       INTEGER REFERENCES locations (id) ON DELETE SET NULL
);
CREATE INDEX assets_content_hash ON assets (content_hash);
CREATE INDEX assets_location ON assets (location_id);
CREATE INDEX assets_status ON assets (status);
CREATE INDEX assets_created ON assets (created_at);

-- Shots / scene cuts found in a clip.
CREATE TABLE asset_shots (
    asset_id INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    start_s  REAL NOT NULL,
    end_s    REAL NOT NULL,
    PRIMARY KEY (asset_id, start_s)
);

-- ------------------------------------------------------------------ tags
-- Hierarchical: "天气/晴" is the tag 晴 under 天气.
CREATE TABLE tags (
    id         INTEGER PRIMARY KEY,
    parent_id  INTEGER REFERENCES tags (id) ON DELETE CASCADE,
    name       TEXT NOT NULL CHECK (name <> '' AND instr(name, '/') = 0),
    name_en    TEXT,
    vocabulary TEXT,          -- controlled vocabulary it belongs to (shot_size, weather, ...)
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX tags_sibling_name ON tags (COALESCE(parent_id, 0), name);

CREATE TABLE asset_tags (
    asset_id INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (asset_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX asset_tags_tag ON asset_tags (tag_id);

CREATE TABLE location_tags (
    location_id INTEGER NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (location_id, tag_id)
) WITHOUT ROWID;

-- ------------------------------------------------------------------ links
-- Productions filmed at a location (a catalogued production or just a title).
CREATE TABLE location_productions (
    id            INTEGER PRIMARY KEY,
    location_id   INTEGER NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    production_id INTEGER REFERENCES productions (id) ON DELETE SET NULL,
    title         TEXT,
    year          INTEGER,
    notes         TEXT
);
CREATE INDEX location_productions_location ON location_productions (location_id);

-- Candidate locations of a production's request.
CREATE TABLE production_candidates (
    production_id INTEGER NOT NULL REFERENCES productions (id) ON DELETE CASCADE,
    location_id   INTEGER NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    status        TEXT NOT NULL DEFAULT 'proposed'
                  CHECK (status IN ('proposed', 'visited', 'chosen', 'rejected')),
    notes         TEXT,
    sort_order    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (production_id, location_id)
);

CREATE TABLE production_experts (
    production_id INTEGER NOT NULL REFERENCES productions (id) ON DELETE CASCADE,
    expert_id     INTEGER NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
    role          TEXT,
    PRIMARY KEY (production_id, expert_id)
);

CREATE TABLE production_assets (
    production_id INTEGER NOT NULL REFERENCES productions (id) ON DELETE CASCADE,
    asset_id      INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    PRIMARY KEY (production_id, asset_id)
);

CREATE TABLE expert_locations (
    expert_id   INTEGER NOT NULL REFERENCES experts (id) ON DELETE CASCADE,
    location_id INTEGER NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    relation    TEXT,
    PRIMARY KEY (expert_id, location_id)
);

CREATE TABLE facility_locations (
    facility_id INTEGER NOT NULL REFERENCES facilities (id) ON DELETE CASCADE,
    location_id INTEGER NOT NULL REFERENCES locations (id) ON DELETE CASCADE,
    distance_km REAL,
    PRIMARY KEY (facility_id, location_id)
);
