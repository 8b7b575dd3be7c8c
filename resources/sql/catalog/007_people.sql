-- ReelAtlas catalog, schema version 7: people in the picture (analysis version 2).
-- NULL: not looked for yet (or no still of the shot was looked at). 0: nobody seen.
ALTER TABLE assets ADD COLUMN people INTEGER;
CREATE INDEX assets_people ON assets (people);

-- The most people seen in one still of the shot, and where: a JSON array of
-- ["person"|"face", x, y, width, height, score], in parts of the picture's width and height.
ALTER TABLE asset_shots ADD COLUMN people INTEGER;
ALTER TABLE asset_shots ADD COLUMN people_boxes TEXT;
