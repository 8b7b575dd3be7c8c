-- ReelAtlas catalog, schema version 12: the library's name order from an index.
-- An asset's name is its title, else its file name; its key (reelatlas_name_key, SortKey::of in
-- the code, registered on every connection) is toneless pinyin for Chinese, lower case, numbers by
-- value: "古镇 clip 2" -> "gu zhen clip 0000000002". The table sorted by name in memory uses the
-- same key, so both orders agree (tst_assetlistmodel). A change to the key needs a migration that
-- runs REINDEX assets_sort_name.
ALTER TABLE assets ADD COLUMN sort_name TEXT
    GENERATED ALWAYS AS (reelatlas_name_key(COALESCE(NULLIF(title, ''), file_name))) VIRTUAL;
CREATE INDEX assets_sort_name ON assets (sort_name);
