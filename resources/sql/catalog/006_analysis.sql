-- ReelAtlas catalog, schema version 6: the analysis pass (what is in the picture), shots first.
-- An asset is analysed when analysis_version is that of the program's analysers; "analyze" runs
-- again over the older ones. A file an analyser could not read keeps its facts and says why.
ALTER TABLE assets ADD COLUMN analysis_version INTEGER;
ALTER TABLE assets ADD COLUMN analyzed_at TEXT;
ALTER TABLE assets ADD COLUMN analysis_error TEXT;
CREATE INDEX assets_analysis ON assets (analysis_version);

-- How a shot begins: 'cut', 'dissolve' or 'fade'; NULL for a clip's first.
ALTER TABLE asset_shots ADD COLUMN kind TEXT;
