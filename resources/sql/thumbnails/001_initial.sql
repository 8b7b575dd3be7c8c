-- ReelAtlas thumbnail store (thumbnails.sqlite in the catalog folder), schema version 1.
-- Keyed by content hash, so moved and renamed files keep their pictures and duplicates share them.
-- A rowid table: the rows hold 5-150 KB of JPEG, which WITHOUT ROWID tables handle poorly.
CREATE TABLE thumbnails (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL,
    kind         INTEGER NOT NULL, -- 1 grid poster, 2 inspector poster, 3 filmstrip
    width        INTEGER NOT NULL,
    height       INTEGER NOT NULL,
    frames       INTEGER NOT NULL DEFAULT 1,
    jpeg         BLOB NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX thumbnails_key ON thumbnails (content_hash, kind);
