-- ReelAtlas catalog, schema version 2: the search index, tag paths, the controlled vocabulary.
-- Needs the "reelatlas" FTS5 tokenizer, which every ReelAtlas connection registers.

-- Tags: the full path of each tag ("天气/晴"), kept by the program on rename and move, so that
-- search and the index need no recursive queries (which triggers cannot use).
ALTER TABLE tags ADD COLUMN path TEXT;
WITH RECURSIVE tree (id, path) AS (
    SELECT id, name FROM tags WHERE parent_id IS NULL
    UNION ALL
    SELECT t.id, tree.path || '/' || t.name FROM tags t JOIN tree ON t.parent_id = tree.id
)
UPDATE tags SET path = (SELECT path FROM tree WHERE tree.id = tags.id);
CREATE UNIQUE INDEX tags_path ON tags (path);

-- Shot size, time of day, season, weather, camera movement and speed are tags under these roots
-- (one mechanism for editing, search "tag:天气/晴", facets and counts); the columns go.
ALTER TABLE assets DROP COLUMN shot_size;
ALTER TABLE assets DROP COLUMN time_of_day;
ALTER TABLE assets DROP COLUMN season;
ALTER TABLE assets DROP COLUMN weather;
ALTER TABLE assets DROP COLUMN camera_movement;
ALTER TABLE assets DROP COLUMN speed;

-- The bilingual controlled vocabulary.
CREATE TEMP TABLE vocabulary_seed (vocabulary TEXT, parent TEXT, name TEXT, name_en TEXT, sort_order INTEGER);
INSERT INTO vocabulary_seed VALUES
    ('shot_size', NULL, '景别', 'Shot size', 1),
    ('shot_size', '景别', '大远景', 'Extreme long shot', 1),
    ('shot_size', '景别', '远景', 'Long shot', 2),
    ('shot_size', '景别', '全景', 'Full shot', 3),
    ('shot_size', '景别', '中景', 'Medium shot', 4),
    ('shot_size', '景别', '近景', 'Medium close-up', 5),
    ('shot_size', '景别', '特写', 'Close-up', 6),
    ('shot_size', '景别', '大特写', 'Extreme close-up', 7),
    ('time_of_day', NULL, '时段', 'Time of day', 2),
    ('time_of_day', '时段', '清晨', 'Dawn', 1),
    ('time_of_day', '时段', '上午', 'Morning', 2),
    ('time_of_day', '时段', '正午', 'Midday', 3),
    ('time_of_day', '时段', '下午', 'Afternoon', 4),
    ('time_of_day', '时段', '黄金时刻', 'Golden hour', 5),
    ('time_of_day', '时段', '黄昏', 'Dusk', 6),
    ('time_of_day', '时段', '蓝调时刻', 'Blue hour', 7),
    ('time_of_day', '时段', '夜晚', 'Night', 8),
    ('season', NULL, '季节', 'Season', 3),
    ('season', '季节', '春', 'Spring', 1),
    ('season', '季节', '夏', 'Summer', 2),
    ('season', '季节', '秋', 'Autumn', 3),
    ('season', '季节', '冬', 'Winter', 4),
    ('weather', NULL, '天气', 'Weather', 4),
    ('weather', '天气', '晴', 'Sunny', 1),
    ('weather', '天气', '多云', 'Partly cloudy', 2),
    ('weather', '天气', '阴', 'Overcast', 3),
    ('weather', '天气', '雨', 'Rain', 4),
    ('weather', '天气', '雪', 'Snow', 5),
    ('weather', '天气', '雾', 'Fog', 6),
    ('weather', '天气', '大风', 'Wind', 7),
    ('weather', '天气', '雷暴', 'Thunderstorm', 8),
    ('camera_movement', NULL, '运镜', 'Camera movement', 5),
    ('camera_movement', '运镜', '固定', 'Static', 1),
    ('camera_movement', '运镜', '摇', 'Pan', 2),
    ('camera_movement', '运镜', '俯仰', 'Tilt', 3),
    ('camera_movement', '运镜', '推', 'Push in', 4),
    ('camera_movement', '运镜', '拉', 'Pull out', 5),
    ('camera_movement', '运镜', '移', 'Tracking', 6),
    ('camera_movement', '运镜', '升降', 'Crane', 7),
    ('camera_movement', '运镜', '手持', 'Handheld', 8),
    ('camera_movement', '运镜', '航拍', 'Aerial', 9),
    ('camera_movement', '运镜', '稳定器', 'Gimbal', 10),
    ('speed', NULL, '速度', 'Speed', 6),
    ('speed', '速度', '正常速度', 'Real time', 1),
    ('speed', '速度', '慢动作', 'Slow motion', 2),
    ('speed', '速度', '延时', 'Time-lapse', 3);
INSERT INTO tags (parent_id, name, name_en, vocabulary, sort_order, created_at, path)
    SELECT NULL, name, name_en, vocabulary, sort_order, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), name
    FROM vocabulary_seed WHERE parent IS NULL
    ON CONFLICT DO UPDATE SET vocabulary = excluded.vocabulary,
                              name_en = COALESCE(tags.name_en, excluded.name_en);
INSERT INTO tags (parent_id, name, name_en, vocabulary, sort_order, created_at, path)
    SELECT (SELECT id FROM tags WHERE path = s.parent), s.name, s.name_en, s.vocabulary, s.sort_order,
           strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), s.parent || '/' || s.name
    FROM vocabulary_seed s WHERE s.parent IS NOT NULL
    ON CONFLICT DO UPDATE SET vocabulary = excluded.vocabulary,
                              name_en = COALESCE(tags.name_en, excluded.name_en);
DROP TABLE vocabulary_seed;

-- The search index: one row per asset (rowid = assets.id). Columns are weighted when ranking.
CREATE VIRTUAL TABLE asset_fts USING fts5(title, description, tags, names, tokenize = 'reelatlas');

INSERT INTO asset_fts (rowid, title, description, tags, names)
    SELECT a.id, a.title, a.description,
           (SELECT group_concat(replace(t.path, '/', ' ') || COALESCE(' ' || t.name_en, ''), ' ')
              FROM asset_tags x JOIN tags t ON t.id = x.tag_id WHERE x.asset_id = a.id),
           (COALESCE(a.path, '') || ' ' || COALESCE(a.camera_make, '') || ' ' || COALESCE(a.camera_model, '') || ' ' || COALESCE(a.format_class_zh, '') || ' ' || COALESCE(a.format_class_en, '') || ' ' || COALESCE(a.video_codec, '') || ' ' || COALESCE(a.notes, ''))
    FROM assets a;

CREATE TRIGGER asset_fts_after_insert AFTER INSERT ON assets BEGIN
    INSERT INTO asset_fts (rowid, title, description, tags, names)
    VALUES (NEW.id, NEW.title, NEW.description, NULL,
            (COALESCE(NEW.path, '') || ' ' || COALESCE(NEW.camera_make, '') || ' ' || COALESCE(NEW.camera_model, '') || ' ' || COALESCE(NEW.format_class_zh, '') || ' ' || COALESCE(NEW.format_class_en, '') || ' ' || COALESCE(NEW.video_codec, '') || ' ' || COALESCE(NEW.notes, '')));
END;

CREATE TRIGGER asset_fts_after_update
AFTER UPDATE OF title, description, path, camera_make, camera_model, format_class_zh, format_class_en,
                video_codec, notes ON assets BEGIN
    UPDATE asset_fts
       SET title = NEW.title, description = NEW.description,
           names = (COALESCE(NEW.path, '') || ' ' || COALESCE(NEW.camera_make, '') || ' ' || COALESCE(NEW.camera_model, '') || ' ' || COALESCE(NEW.format_class_zh, '') || ' ' || COALESCE(NEW.format_class_en, '') || ' ' || COALESCE(NEW.video_codec, '') || ' ' || COALESCE(NEW.notes, ''))
     WHERE rowid = NEW.id;
END;

CREATE TRIGGER asset_fts_after_delete AFTER DELETE ON assets BEGIN
    DELETE FROM asset_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER asset_fts_after_tagging AFTER INSERT ON asset_tags BEGIN
    UPDATE asset_fts
       SET tags = (SELECT group_concat(replace(t.path, '/', ' ') || COALESCE(' ' || t.name_en, ''), ' ')
                     FROM asset_tags x JOIN tags t ON t.id = x.tag_id WHERE x.asset_id = NEW.asset_id)
     WHERE rowid = NEW.asset_id;
END;

CREATE TRIGGER asset_fts_after_untagging AFTER DELETE ON asset_tags BEGIN
    UPDATE asset_fts
       SET tags = (SELECT group_concat(replace(t.path, '/', ' ') || COALESCE(' ' || t.name_en, ''), ' ')
                     FROM asset_tags x JOIN tags t ON t.id = x.tag_id WHERE x.asset_id = OLD.asset_id)
     WHERE rowid = OLD.asset_id;
END;

CREATE TRIGGER asset_fts_after_tag_rename AFTER UPDATE OF path, name_en ON tags BEGIN
    UPDATE asset_fts
       SET tags = (SELECT group_concat(replace(t.path, '/', ' ') || COALESCE(' ' || t.name_en, ''), ' ')
                     FROM asset_tags x JOIN tags t ON t.id = x.tag_id WHERE x.asset_id = asset_fts.rowid)
     WHERE rowid IN (SELECT asset_id FROM asset_tags WHERE tag_id = NEW.id);
END;

-- Filters and sorting of the search box.
CREATE INDEX assets_duration ON assets (duration_s);
CREATE INDEX assets_format_class ON assets (format_class);
CREATE INDEX assets_added ON assets (added_at);
