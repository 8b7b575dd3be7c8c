-- ReelAtlas catalog, schema version 4: prefix indexes for search as you type.
-- The last word typed is searched as a prefix ("g", "gu", "guz" ...). Without prefix indexes a
-- one- or two-letter prefix merges the lists of every pinyin syllable it starts (d: da, dai, dan,
-- dang, dao, de, deng, di ...), which took 100-280 ms on 100,000 assets; with them it is one list.
-- The index is built again with the same content, and its triggers with it; building it again
-- also adds the tokenizer's initials pairs (gz on 古 of 古镇), which make "gz" one short list
-- where the phrase "g z" of two one-letter tokens took 10-40 ms.
DROP TRIGGER asset_fts_after_insert;
DROP TRIGGER asset_fts_after_update;
DROP TRIGGER asset_fts_after_delete;
DROP TRIGGER asset_fts_after_tagging;
DROP TRIGGER asset_fts_after_untagging;
DROP TRIGGER asset_fts_after_tag_rename;

CREATE VIRTUAL TABLE asset_fts_prefixed USING fts5(title, description, tags, names, tokenize = 'reelatlas',
                                                   prefix = '1 2 3');
INSERT INTO asset_fts_prefixed (rowid, title, description, tags, names)
    SELECT rowid, title, description, tags, names FROM asset_fts;
DROP TABLE asset_fts;
ALTER TABLE asset_fts_prefixed RENAME TO asset_fts;

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
