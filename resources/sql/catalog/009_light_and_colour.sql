-- ReelAtlas catalog, schema version 9: light and colour (analysis version 3).
-- How the picture looks: its colours by name (a JSON array, most of the picture first), how it is
-- exposed (dark, normal, bright) and how warm its light is (kelvin); for a clip, over its
-- filmstrip. From the GPS position and the creation time: the sun's elevation (degrees) and the
-- light that makes (night below -6°, blue hour to -4°, golden hour to 6°, day above).
-- NULL until analysed, or when there is no position or no time.
ALTER TABLE assets ADD COLUMN colors TEXT;
ALTER TABLE assets ADD COLUMN exposure TEXT;
ALTER TABLE assets ADD COLUMN color_temp_k INTEGER;
ALTER TABLE assets ADD COLUMN sun_elevation REAL;
ALTER TABLE assets ADD COLUMN light TEXT;
CREATE INDEX assets_light ON assets (light);

-- The colours by name again, one row each, for color: searches through an index.
CREATE TABLE asset_colors (
    color    TEXT NOT NULL,
    asset_id INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
    PRIMARY KEY (color, asset_id)
) WITHOUT ROWID;
CREATE INDEX asset_colors_asset ON asset_colors (asset_id);

-- A shot's colours (of its frame), as a JSON array.
ALTER TABLE asset_shots ADD COLUMN colors TEXT;
