-- A version of each table of records (locations, facilities, experts) that moves when one of
-- its rows is written, for the name order a records page keeps (RecordStore::nameOrder). The
-- server's next transaction id, which it was keyed on, moves with every write to the catalog:
-- during a worker's night batch each search of the records read their whole name order again
-- (100,000 locations: 95-170 ms). The version is bumped in the writer's transaction, once a
-- statement: a reader sees it when it sees the rows.
CREATE TABLE IF NOT EXISTS record_versions (
    what    text COLLATE "C" PRIMARY KEY,
    version bigint NOT NULL DEFAULT 0
);
INSERT INTO record_versions (what) VALUES ('locations'), ('facilities'), ('experts') ON CONFLICT DO NOTHING;

CREATE OR REPLACE FUNCTION reelatlas_record_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE record_versions SET version = version + 1 WHERE what = TG_TABLE_NAME;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER locations_versioned AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON locations
    FOR EACH STATEMENT EXECUTE FUNCTION reelatlas_record_version();
CREATE OR REPLACE TRIGGER facilities_versioned AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON facilities
    FOR EACH STATEMENT EXECUTE FUNCTION reelatlas_record_version();
CREATE OR REPLACE TRIGGER experts_versioned AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON experts
    FOR EACH STATEMENT EXECUTE FUNCTION reelatlas_record_version();

-- Catalogs that already have users: editors bump it, viewers read it.
DO $$
DECLARE
    base text := reelatlas_role_base();
BEGIN
    IF to_regrole(base || '_editor') IS NOT NULL THEN
        EXECUTE format('GRANT SELECT, UPDATE ON record_versions TO %I', base || '_editor');
    END IF;
    IF to_regrole(base || '_viewer') IS NOT NULL THEN
        EXECUTE format('GRANT SELECT ON record_versions TO %I', base || '_viewer');
    END IF;
END
$$;
