-- ReelAtlas catalog, schema version 13: every asset's facets and filters, narrow.
-- The desktop reads these facts of every asset once (its facet counts, orders and the filters
-- it tests itself). From the table that read passes every row's probe JSON on the way to the
-- analysis columns after it: ten seconds for a million assets from a cold disk. This index
-- holds just those columns, about 100 bytes an asset, in id order. The camera is its make and
-- model (the generated column camera is computed from them, which an index cannot cover).
CREATE INDEX assets_facts ON assets (id, kind, status, width, height, hdr, video_codec, fps, duration_s,
                                     created_at, format_class, people, light, colors, camera_make,
                                     camera_model);
