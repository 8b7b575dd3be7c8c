-- ReelAtlas catalog, schema version 12: the library's name order from an index.
-- An asset's name is its title, else its file name; its key (reelatlas_name_key, SortKey::of in
-- the code, registered on every connection ReelAtlas opens) is toneless pinyin for Chinese, lower
-- case, numbers by value: "古镇 clip 2" -> "gu zhen clip 0000000002". The table sorted by name
-- asks for the same order. The key is stored, kept by triggers, not generated: a program without
-- the function (the sqlite3 shell) must still read every column (SQLite 3.40's shell crashed
-- reading a generated column that calls a function it does not have). A change to the key needs
-- a migration that computes the column again.
ALTER TABLE assets ADD COLUMN sort_name TEXT;
UPDATE assets SET sort_name = reelatlas_name_key(COALESCE(NULLIF(title, ''), file_name));
CREATE INDEX assets_sort_name ON assets (sort_name);

CREATE TRIGGER assets_sort_name_after_insert AFTER INSERT ON assets BEGIN
    UPDATE assets SET sort_name = reelatlas_name_key(COALESCE(NULLIF(NEW.title, ''), NEW.file_name))
     WHERE id = NEW.id;
END;

CREATE TRIGGER assets_sort_name_after_update AFTER UPDATE OF title, file_name ON assets BEGIN
    UPDATE assets SET sort_name = reelatlas_name_key(COALESCE(NULLIF(NEW.title, ''), NEW.file_name))
     WHERE id = NEW.id;
END;
