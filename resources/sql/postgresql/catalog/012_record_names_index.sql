-- The names of each location, facility and expert as a search index of their own, with the name
-- order's key: the words of weight A of a record's document (its names), in a narrow table beside
-- the documents'.
--
-- "Best match" shows first the records with every word in their names, in name order, and the
-- records page shows the first 100 of them as soon as they are found (RecordStore::firstByName).
-- Asked of the documents (1.6 KB a location), the index's bitmap visits the wide rows of most of
-- the table for a short prefix; a walk through the name order instead gives up where the names
-- that match are far down it (青岛: every Beijing name comes first), or clustered there (sj:
-- 石家庄). The names alone are 340 bytes a location, and with their key beside them the first
-- 100 are a top-N sort of what the index found, with no other table read and nothing to guess
-- for the planner (there is no index on the key here to walk).
--
-- The rows follow their document's and their record's key (triggers), whoever writes them:
-- ReelAtlas's search rows (PostgresBackend::makeDerived), a catalog copy, an upgrade. Their words
-- keep their positions (phrases) and lose their weight, so that a word without a phrase needs
-- no second look at the row.
DO $$
DECLARE
    kind text[];
    owner name;
BEGIN
    FOREACH kind SLICE 1 IN ARRAY ARRAY[['location_fts', 'locations'], ['facility_fts', 'facilities'],
                                        ['expert_fts', 'experts']]
    LOOP
        -- Made so already (a catalog whose recorded version was set back by hand): kept.
        CONTINUE WHEN to_regclass(kind[1] || '_names') IS NOT NULL;
        EXECUTE format('CREATE TABLE %I (id bigint PRIMARY KEY REFERENCES %I (id) ON DELETE CASCADE, '
                       'names tsvector NOT NULL, name_pinyin text COLLATE "C")', kind[1] || '_names', kind[1]);
        EXECUTE format('INSERT INTO %I (id, names, name_pinyin) '
                       'SELECT f.id, setweight(ts_filter(f.document, ''{a}''), ''D''), r.name_pinyin '
                       'FROM %I f JOIN %I r ON r.id = f.id', kind[1] || '_names', kind[1], kind[2]);
        EXECUTE format('CREATE INDEX %I ON %I USING gin (names)', kind[1] || '_names_words', kind[1] || '_names');
        SELECT tableowner INTO owner FROM pg_tables
         WHERE schemaname = current_schema() AND tablename = kind[1];
        IF owner IS NOT NULL AND owner <> current_user THEN
            EXECUTE format('ALTER TABLE %I OWNER TO %I', kind[1] || '_names', owner);
        END IF;
    END LOOP;
END
$$;

-- A document written: its names, and its record's key as it is now.
CREATE OR REPLACE FUNCTION reelatlas_record_names() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    -- Static statements, one a table: their plans are kept for the session.
    IF TG_TABLE_NAME = 'location_fts' THEN
        INSERT INTO location_fts_names (id, names, name_pinyin)
            VALUES (NEW.id, setweight(ts_filter(NEW.document, '{a}'), 'D'),
                    (SELECT name_pinyin FROM locations WHERE id = NEW.id))
            ON CONFLICT (id) DO UPDATE SET names = excluded.names, name_pinyin = excluded.name_pinyin;
    ELSIF TG_TABLE_NAME = 'facility_fts' THEN
        INSERT INTO facility_fts_names (id, names, name_pinyin)
            VALUES (NEW.id, setweight(ts_filter(NEW.document, '{a}'), 'D'),
                    (SELECT name_pinyin FROM facilities WHERE id = NEW.id))
            ON CONFLICT (id) DO UPDATE SET names = excluded.names, name_pinyin = excluded.name_pinyin;
    ELSIF TG_TABLE_NAME = 'expert_fts' THEN
        INSERT INTO expert_fts_names (id, names, name_pinyin)
            VALUES (NEW.id, setweight(ts_filter(NEW.document, '{a}'), 'D'),
                    (SELECT name_pinyin FROM experts WHERE id = NEW.id))
            ON CONFLICT (id) DO UPDATE SET names = excluded.names, name_pinyin = excluded.name_pinyin;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER location_fts_names_follow AFTER INSERT OR UPDATE OF document ON location_fts
    FOR EACH ROW EXECUTE FUNCTION reelatlas_record_names();
CREATE OR REPLACE TRIGGER facility_fts_names_follow AFTER INSERT OR UPDATE OF document ON facility_fts
    FOR EACH ROW EXECUTE FUNCTION reelatlas_record_names();
CREATE OR REPLACE TRIGGER expert_fts_names_follow AFTER INSERT OR UPDATE OF document ON expert_fts
    FOR EACH ROW EXECUTE FUNCTION reelatlas_record_names();

-- A record's key changed (its names did, or how they are spelled in pinyin).
CREATE OR REPLACE FUNCTION reelatlas_record_name_key() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'locations' THEN
        UPDATE location_fts_names SET name_pinyin = NEW.name_pinyin WHERE id = NEW.id;
    ELSIF TG_TABLE_NAME = 'facilities' THEN
        UPDATE facility_fts_names SET name_pinyin = NEW.name_pinyin WHERE id = NEW.id;
    ELSIF TG_TABLE_NAME = 'experts' THEN
        UPDATE expert_fts_names SET name_pinyin = NEW.name_pinyin WHERE id = NEW.id;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER locations_name_key_follows AFTER UPDATE OF name_pinyin ON locations
    FOR EACH ROW WHEN (OLD.name_pinyin IS DISTINCT FROM NEW.name_pinyin)
    EXECUTE FUNCTION reelatlas_record_name_key();
CREATE OR REPLACE TRIGGER facilities_name_key_follows AFTER UPDATE OF name_pinyin ON facilities
    FOR EACH ROW WHEN (OLD.name_pinyin IS DISTINCT FROM NEW.name_pinyin)
    EXECUTE FUNCTION reelatlas_record_name_key();
CREATE OR REPLACE TRIGGER experts_name_key_follows AFTER UPDATE OF name_pinyin ON experts
    FOR EACH ROW WHEN (OLD.name_pinyin IS DISTINCT FROM NEW.name_pinyin)
    EXECUTE FUNCTION reelatlas_record_name_key();

-- Catalogs that already have users: as the documents (the names are no more confidential than
-- the documents they come from, which viewers read).
DO $$
DECLARE
    base text := reelatlas_role_base();
BEGIN
    IF to_regrole(base || '_editor') IS NOT NULL THEN
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON location_fts_names, facility_fts_names, '
                       'expert_fts_names TO %I', base || '_editor');
    END IF;
    IF to_regrole(base || '_viewer') IS NOT NULL THEN
        EXECUTE format('GRANT SELECT ON location_fts_names, facility_fts_names, expert_fts_names TO %I',
                       base || '_viewer');
    END IF;
END
$$;
