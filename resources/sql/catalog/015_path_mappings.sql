-- ReelAtlas catalog, schema version 15: where each machine finds the media (database/pathmap.h).
-- Paths in the catalog are spelled as the machine that catalogued them saw them; a machine that
-- mounts the same share elsewhere (/Volumes/NAS for /mnt/nas, //nas/footage) maps the catalog's
-- folder to its own. The catalog keeps one spelling for everyone (searches, saved searches and
-- folder: filters mean the same on every machine); each machine reads and writes through its
-- mappings.
CREATE TABLE path_mappings (
    id               INTEGER PRIMARY KEY,
    machine          TEXT NOT NULL,   -- host name, or $REELATLAS_MACHINE
    catalog_root_raw BLOB NOT NULL,   -- the folder as the catalog spells its paths
    catalog_root     TEXT NOT NULL,   -- as shown
    local_root_raw   BLOB NOT NULL,   -- where this machine finds it
    local_root       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (machine, catalog_root_raw),
    UNIQUE (machine, local_root_raw)
);

-- The sidebar counts each volume's assets: an index range each, not a scan of every asset per
-- volume (100,000 assets on four volumes: 0.25 s on a server).
CREATE INDEX assets_volume ON assets (volume_id);
