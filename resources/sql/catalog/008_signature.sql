-- ReelAtlas catalog, schema version 8: what copies are found by (analysis version 2).
-- The perceptual hashes of a photo (one) or of a clip's evenly spaced filmstrip frames (eight), as
-- 16 hex digits each, space-separated; NULL until analysed.
ALTER TABLE assets ADD COLUMN signature TEXT;
