-- Assets changed in place are announced with their ids (at most 500 of them in one statement;
-- more, and the announcement names the table alone), so that other windows read again only
-- those rows (database/changefeed: rowsChanged). A worker's analysis updates assets all night,
-- and each of those announcements made every open window read the whole catalog again. Assets
-- that come or go are announced as before: "SCHEMA TABLE PROGRAM", and for rows the same, a
-- newline, and the ids with commas. An UPDATE that changed no row announces nothing.
CREATE OR REPLACE FUNCTION reelatlas_notify_rows() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids text;
    rows integer;
BEGIN
    SELECT string_agg(id::text, ','), count(*) INTO ids, rows FROM (SELECT id FROM changed LIMIT 501) s;
    IF rows = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM pg_notify('reelatlas_changes',
                      TG_TABLE_SCHEMA || ' ' || TG_TABLE_NAME || ' ' || current_setting('application_name')
                          || CASE WHEN rows > 500 THEN '' ELSE E'\n' || ids END);
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS assets_announced ON assets;
DROP TRIGGER IF EXISTS assets_updated_announced ON assets;
CREATE TRIGGER assets_announced AFTER INSERT OR DELETE OR TRUNCATE ON assets
    FOR EACH STATEMENT EXECUTE FUNCTION reelatlas_notify();
CREATE TRIGGER assets_updated_announced AFTER UPDATE ON assets REFERENCING NEW TABLE AS changed
    FOR EACH STATEMENT EXECUTE FUNCTION reelatlas_notify_rows();
