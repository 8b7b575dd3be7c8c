-- ReelAtlas catalog, schema version 11: an index for every filter of the query language and for
-- the newest/oldest order, so that no filter reads the whole assets table (tst_queryplans checks
-- each filter's query plan). A catalog of a million assets answers a filter from its index.

-- Newest and oldest first, the order the library opens in: the index is walked, not the table sorted.
CREATE INDEX assets_when ON assets (COALESCE(created_at, added_at));

-- fps:, hdr:, codec:, kind:, size:
CREATE INDEX assets_fps ON assets (fps);
CREATE INDEX assets_hdr ON assets (hdr);
CREATE INDEX assets_codec ON assets (lower(video_codec));
CREATE INDEX assets_kind ON assets (kind);
CREATE INDEX assets_size ON assets (size_bytes);

-- orient: the sign of width - height (portrait below zero, square at zero, landscape above).
CREATE INDEX assets_orient ON assets ((width - height));

-- folder: a range of paths (everything under a folder sorts between "folder/" and "folder0").
CREATE INDEX assets_path ON assets (path);

-- camera: the camera as people name it ("dji mavic 3 pro"), computed from the file's make and
-- model; camera:dji finds the few distinct cameras containing "dji" by walking this index one
-- value at a time, then the assets of each.
ALTER TABLE assets ADD COLUMN camera TEXT
    GENERATED ALWAYS AS (lower(COALESCE(camera_make, '') || ' ' || COALESCE(camera_model, ''))) VIRTUAL;
CREATE INDEX assets_camera ON assets (camera);
