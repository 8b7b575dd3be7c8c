-- ReelAtlas catalog, schema version 5: locations, facilities and experts become searchable (the
-- "reelatlas" tokenizer: Chinese, pinyin, initials) and mappable (R*Tree indexes on WGS-84
-- coordinates, also for clips and photos with GPS); facility types become data; productions get
-- a status.

-- ------------------------------------------------------------------ locations
ALTER TABLE locations ADD COLUMN notes TEXT;
ALTER TABLE locations ADD COLUMN cover_asset_id INTEGER REFERENCES assets (id) ON DELETE SET NULL;
CREATE INDEX locations_status ON locations (status);
CREATE INDEX locations_pinyin ON locations (name_pinyin);

-- ------------------------------------------------------------------ facilities
-- Service types were a fixed CHECK list; real offices keep more (catering, transport, props …),
-- so they are a table with Chinese and English names, searchable like categories. The facilities
-- table is rebuilt without the CHECK (no earlier version wrote facilities).
CREATE TABLE facility_types (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name_zh    TEXT NOT NULL,
    name_en    TEXT NOT NULL,
    sort_order INTEGER NOT NULL DEFAULT 0
);
INSERT INTO facility_types (code, name_zh, name_en, sort_order) VALUES
    ('studio', '影棚', 'Studio / stage', 1),
    ('equipment', '器材租赁', 'Equipment rental', 2),
    ('accommodation', '住宿', 'Accommodation', 3),
    ('catering', '餐饮', 'Catering', 4),
    ('transport', '交通运输', 'Transport', 5),
    ('props-costume', '道具服装', 'Props & costume', 6),
    ('post-production', '后期制作', 'Post-production', 7),
    ('service', '制片服务', 'Production services', 8),
    ('other', '其他', 'Other', 9);

CREATE TABLE facilities_new (
    id                  INTEGER PRIMARY KEY,
    code                TEXT UNIQUE,
    name_zh             TEXT,
    name_en             TEXT,
    aliases             TEXT NOT NULL DEFAULT '[]',
    name_pinyin         TEXT,
    name_initials       TEXT,
    service_type        TEXT NOT NULL DEFAULT 'other',
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
    website             TEXT,
    notes               TEXT,
    cover_asset_id      INTEGER REFERENCES assets (id) ON DELETE SET NULL,
    confidential_fields TEXT NOT NULL DEFAULT '["rates"]',
    status              TEXT NOT NULL DEFAULT 'review' CHECK (status IN ('review', 'public', 'private')),
    last_verified_at    TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);
INSERT INTO facilities_new (id, code, name_zh, name_en, aliases, name_pinyin, name_initials, service_type,
                            province, city, district, address, lat, lon, description, stage_area_m2,
                            grid_height_m, ceiling_height_m, power, capacity, equipment, rates, truck_parking,
                            confidential_fields, status, last_verified_at, created_at, updated_at)
    SELECT id, code, name_zh, name_en, aliases, name_pinyin, name_initials, service_type, province, city,
           district, address, lat, lon, description, stage_area_m2, grid_height_m, ceiling_height_m, power,
           capacity, equipment, rates, truck_parking, confidential_fields, status, last_verified_at,
           created_at, updated_at
    FROM facilities;
DROP TABLE facilities;
ALTER TABLE facilities_new RENAME TO facilities;
CREATE INDEX facilities_type ON facilities (service_type);
CREATE INDEX facilities_status ON facilities (status);
CREATE INDEX facilities_pinyin ON facilities (name_pinyin);

-- ------------------------------------------------------------------ experts
ALTER TABLE experts ADD COLUMN district TEXT;
ALTER TABLE experts ADD COLUMN notes TEXT;
CREATE INDEX experts_status ON experts (status);
CREATE INDEX experts_pinyin ON experts (name_pinyin);

-- ------------------------------------------------------------------ productions
ALTER TABLE productions ADD COLUMN status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'));
CREATE INDEX production_candidates_location ON production_candidates (location_id);
CREATE INDEX expert_locations_location ON expert_locations (location_id);

-- ------------------------------------------------------------------ search
-- What each record is found by: names (weighted high: names, aliases, code) and text (everything
-- else worth finding). Confidential fields and contacts are left out. The views are the one
-- definition; triggers copy a record's row into the index whenever the record, its tags or a
-- category or type name changes. (SQLite 3.40 has no concat_ws.)
CREATE VIEW location_search AS
SELECT l.id AS id,
       (COALESCE(l.name_zh, '')
                 || ' ' || COALESCE(l.name_en, '')
                 || ' ' || COALESCE(l.code, '')
                 || ' ' || COALESCE((SELECT group_concat(value, ' ') FROM json_each(l.aliases)), '')) AS names,
       (COALESCE(c.name_zh, '')
                 || ' ' || COALESCE(c.name_en, '')
                 || ' ' || COALESCE(l.province, '')
                 || ' ' || COALESCE(l.city, '')
                 || ' ' || COALESCE(l.district, '')
                 || ' ' || COALESCE(l.address, '')
                 || ' ' || COALESCE((SELECT group_concat(value, ' ') FROM json_each(l.eras)), '')
                 || ' ' || COALESCE(CASE l.setting WHEN 'interior' THEN '内景 interior' WHEN 'exterior' THEN '外景 exterior'
                                WHEN 'both' THEN '内景 外景 interior exterior' END, '')
                 || ' ' || COALESCE(l.description, '')
                 || ' ' || COALESCE(l.history, '')
                 || ' ' || COALESCE(l.best_season, '')
                 || ' ' || COALESCE(l.best_light, '')
                 || ' ' || COALESCE(l.owner_type, '')
                 || ' ' || COALESCE(l.approvals, '')
                 || ' ' || COALESCE(l.drone_rules, '')
                 || ' ' || COALESCE(l.notes, '')
                 || ' ' || COALESCE((SELECT group_concat(replace(t.path, '/', ' ') || COALESCE(' ' || t.name_en, ''), ' ')
                    FROM location_tags x JOIN tags t ON t.id = x.tag_id WHERE x.location_id = l.id), '')
                 || ' ' || COALESCE((SELECT group_concat(p.title, ' ') FROM location_productions p WHERE p.location_id = l.id), ''))
           AS text
FROM locations l LEFT JOIN location_categories c ON c.id = l.category_id;

CREATE VIEW facility_search AS
SELECT f.id AS id,
       (COALESCE(f.name_zh, '')
                 || ' ' || COALESCE(f.name_en, '')
                 || ' ' || COALESCE(f.code, '')
                 || ' ' || COALESCE((SELECT group_concat(value, ' ') FROM json_each(f.aliases)), '')) AS names,
       (COALESCE(t.name_zh, '')
                 || ' ' || COALESCE(t.name_en, '')
                 || ' ' || COALESCE(f.province, '')
                 || ' ' || COALESCE(f.city, '')
                 || ' ' || COALESCE(f.district, '')
                 || ' ' || COALESCE(f.address, '')
                 || ' ' || COALESCE(f.description, '')
                 || ' ' || COALESCE(f.power, '')
                 || ' ' || COALESCE(f.capacity, '')
                 || ' ' || COALESCE(f.equipment, '')
                 || ' ' || COALESCE(f.truck_parking, '')
                 || ' ' || COALESCE(f.notes, '')) AS text
FROM facilities f LEFT JOIN facility_types t ON t.code = f.service_type;

CREATE VIEW expert_search AS
SELECT e.id AS id,
       (COALESCE(e.name_zh, '')
                 || ' ' || COALESCE(e.name_en, '')) AS names,
       (COALESCE(e.organisation, '')
                 || ' ' || COALESCE(e.title, '')
                 || ' ' || COALESCE((SELECT group_concat(value, ' ') FROM json_each(e.expertise)), '')
                 || ' ' || COALESCE((SELECT group_concat(value, ' ') FROM json_each(e.languages)), '')
                 || ' ' || COALESCE(e.representative_works, '')
                 || ' ' || COALESCE(e.province, '')
                 || ' ' || COALESCE(e.city, '')
                 || ' ' || COALESCE(e.district, '')
                 || ' ' || COALESCE(e.availability, '')
                 || ' ' || COALESCE(e.notes, '')) AS text
FROM experts e;

CREATE VIRTUAL TABLE location_fts USING fts5(names, text, tokenize = 'reelatlas', prefix = '1 2 3');
CREATE VIRTUAL TABLE facility_fts USING fts5(names, text, tokenize = 'reelatlas', prefix = '1 2 3');
CREATE VIRTUAL TABLE expert_fts USING fts5(names, text, tokenize = 'reelatlas', prefix = '1 2 3');
INSERT INTO location_fts (rowid, names, text) SELECT id, names, text FROM location_search;
INSERT INTO facility_fts (rowid, names, text) SELECT id, names, text FROM facility_search;
INSERT INTO expert_fts (rowid, names, text) SELECT id, names, text FROM expert_search;

CREATE TRIGGER location_fts_insert AFTER INSERT ON locations BEGIN
    INSERT INTO location_fts (rowid, names, text) SELECT id, names, text FROM location_search WHERE id = NEW.id;
END;
CREATE TRIGGER location_fts_update AFTER UPDATE ON locations BEGIN
    DELETE FROM location_fts WHERE rowid = OLD.id;
    INSERT INTO location_fts (rowid, names, text) SELECT id, names, text FROM location_search WHERE id = NEW.id;
END;
CREATE TRIGGER location_fts_delete AFTER DELETE ON locations BEGIN
    DELETE FROM location_fts WHERE rowid = OLD.id;
END;
CREATE TRIGGER location_fts_tagging AFTER INSERT ON location_tags BEGIN
    DELETE FROM location_fts WHERE rowid = NEW.location_id;
    INSERT INTO location_fts (rowid, names, text)
        SELECT id, names, text FROM location_search WHERE id = NEW.location_id;
END;
CREATE TRIGGER location_fts_untagging AFTER DELETE ON location_tags BEGIN
    DELETE FROM location_fts WHERE rowid = OLD.location_id;
    INSERT INTO location_fts (rowid, names, text)
        SELECT id, names, text FROM location_search WHERE id = OLD.location_id;
END;
CREATE TRIGGER location_fts_tag_rename AFTER UPDATE OF path, name_en ON tags BEGIN
    DELETE FROM location_fts WHERE rowid IN (SELECT location_id FROM location_tags WHERE tag_id = NEW.id);
    INSERT INTO location_fts (rowid, names, text)
        SELECT id, names, text FROM location_search
        WHERE id IN (SELECT location_id FROM location_tags WHERE tag_id = NEW.id);
END;
CREATE TRIGGER location_fts_category_rename AFTER UPDATE OF name_zh, name_en ON location_categories BEGIN
    DELETE FROM location_fts WHERE rowid IN (SELECT id FROM locations WHERE category_id = NEW.id);
    INSERT INTO location_fts (rowid, names, text)
        SELECT id, names, text FROM location_search WHERE id IN (SELECT id FROM locations WHERE category_id = NEW.id);
END;
CREATE TRIGGER location_fts_production_insert AFTER INSERT ON location_productions BEGIN
    DELETE FROM location_fts WHERE rowid = NEW.location_id;
    INSERT INTO location_fts (rowid, names, text)
        SELECT id, names, text FROM location_search WHERE id = NEW.location_id;
END;
CREATE TRIGGER location_fts_production_delete AFTER DELETE ON location_productions BEGIN
    DELETE FROM location_fts WHERE rowid = OLD.location_id;
    INSERT INTO location_fts (rowid, names, text)
        SELECT id, names, text FROM location_search WHERE id = OLD.location_id;
END;

CREATE TRIGGER facility_fts_insert AFTER INSERT ON facilities BEGIN
    INSERT INTO facility_fts (rowid, names, text) SELECT id, names, text FROM facility_search WHERE id = NEW.id;
END;
CREATE TRIGGER facility_fts_update AFTER UPDATE ON facilities BEGIN
    DELETE FROM facility_fts WHERE rowid = OLD.id;
    INSERT INTO facility_fts (rowid, names, text) SELECT id, names, text FROM facility_search WHERE id = NEW.id;
END;
CREATE TRIGGER facility_fts_delete AFTER DELETE ON facilities BEGIN
    DELETE FROM facility_fts WHERE rowid = OLD.id;
END;
CREATE TRIGGER facility_fts_type_rename AFTER UPDATE OF name_zh, name_en ON facility_types BEGIN
    DELETE FROM facility_fts WHERE rowid IN (SELECT id FROM facilities WHERE service_type = NEW.code);
    INSERT INTO facility_fts (rowid, names, text)
        SELECT id, names, text FROM facility_search
        WHERE id IN (SELECT id FROM facilities WHERE service_type = NEW.code);
END;

CREATE TRIGGER expert_fts_insert AFTER INSERT ON experts BEGIN
    INSERT INTO expert_fts (rowid, names, text) SELECT id, names, text FROM expert_search WHERE id = NEW.id;
END;
CREATE TRIGGER expert_fts_update AFTER UPDATE ON experts BEGIN
    DELETE FROM expert_fts WHERE rowid = OLD.id;
    INSERT INTO expert_fts (rowid, names, text) SELECT id, names, text FROM expert_search WHERE id = NEW.id;
END;
CREATE TRIGGER expert_fts_delete AFTER DELETE ON experts BEGIN
    DELETE FROM expert_fts WHERE rowid = OLD.id;
END;

-- ------------------------------------------------------------------ places
-- R*Tree indexes of WGS-84 points (a point is a box of zero size), kept by triggers. A "near"
-- search takes the box around its circle from here, then measures the exact distance.
CREATE VIRTUAL TABLE location_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
CREATE VIRTUAL TABLE facility_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
CREATE VIRTUAL TABLE asset_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
INSERT INTO location_geo SELECT id, lat, lat, lon, lon FROM locations WHERE lat IS NOT NULL AND lon IS NOT NULL;
INSERT INTO facility_geo SELECT id, lat, lat, lon, lon FROM facilities WHERE lat IS NOT NULL AND lon IS NOT NULL;
INSERT INTO asset_geo SELECT id, gps_lat, gps_lat, gps_lon, gps_lon FROM assets
    WHERE gps_lat IS NOT NULL AND gps_lon IS NOT NULL;

CREATE TRIGGER location_geo_insert AFTER INSERT ON locations
WHEN NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL BEGIN
    INSERT INTO location_geo VALUES (NEW.id, NEW.lat, NEW.lat, NEW.lon, NEW.lon);
END;
CREATE TRIGGER location_geo_update AFTER UPDATE OF lat, lon ON locations BEGIN
    DELETE FROM location_geo WHERE id = OLD.id;
    INSERT INTO location_geo SELECT NEW.id, NEW.lat, NEW.lat, NEW.lon, NEW.lon
        WHERE NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL;
END;
CREATE TRIGGER location_geo_delete AFTER DELETE ON locations BEGIN
    DELETE FROM location_geo WHERE id = OLD.id;
END;

CREATE TRIGGER facility_geo_insert AFTER INSERT ON facilities
WHEN NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL BEGIN
    INSERT INTO facility_geo VALUES (NEW.id, NEW.lat, NEW.lat, NEW.lon, NEW.lon);
END;
CREATE TRIGGER facility_geo_update AFTER UPDATE OF lat, lon ON facilities BEGIN
    DELETE FROM facility_geo WHERE id = OLD.id;
    INSERT INTO facility_geo SELECT NEW.id, NEW.lat, NEW.lat, NEW.lon, NEW.lon
        WHERE NEW.lat IS NOT NULL AND NEW.lon IS NOT NULL;
END;
CREATE TRIGGER facility_geo_delete AFTER DELETE ON facilities BEGIN
    DELETE FROM facility_geo WHERE id = OLD.id;
END;

CREATE TRIGGER asset_geo_insert AFTER INSERT ON assets
WHEN NEW.gps_lat IS NOT NULL AND NEW.gps_lon IS NOT NULL BEGIN
    INSERT INTO asset_geo VALUES (NEW.id, NEW.gps_lat, NEW.gps_lat, NEW.gps_lon, NEW.gps_lon);
END;
CREATE TRIGGER asset_geo_update AFTER UPDATE OF gps_lat, gps_lon ON assets BEGIN
    DELETE FROM asset_geo WHERE id = OLD.id;
    INSERT INTO asset_geo SELECT NEW.id, NEW.gps_lat, NEW.gps_lat, NEW.gps_lon, NEW.gps_lon
        WHERE NEW.gps_lat IS NOT NULL AND NEW.gps_lon IS NOT NULL;
END;
CREATE TRIGGER asset_geo_delete AFTER DELETE ON assets BEGIN
    DELETE FROM asset_geo WHERE id = OLD.id;
END;
