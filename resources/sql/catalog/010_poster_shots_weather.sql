-- ReelAtlas catalog, schema version 10: the poster a person chose; each shot's own signature and
-- the weather a picture looks like (analysis version 4); indexes for the look's filters.

-- The time in a clip (seconds from its start) of the frame a person made its poster, NULL while
-- the poster is the one ReelAtlas picked. Ingesting the file again (a changed file, a newer
-- ReelAtlas) makes the poster at this time again; the analysis pass never touches the poster.
ALTER TABLE assets ADD COLUMN poster_chosen_s REAL;

-- The perceptual hash of a shot's frame (16 hex digits): "find similar" from one shot.
ALTER TABLE asset_shots ADD COLUMN signature TEXT;

-- The weather the picture looks like (sunny, overcast, fog, snow): offered as a suggestion that a
-- person accepts, never taken for a fact.
ALTER TABLE assets ADD COLUMN weather_look TEXT;

CREATE INDEX assets_exposure ON assets (exposure);
CREATE INDEX assets_color_temp ON assets (color_temp_k);
