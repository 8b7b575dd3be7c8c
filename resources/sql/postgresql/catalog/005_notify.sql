-- Several workstations on one catalog: every change to what people see is announced on the
-- channel reelatlas_changes when its transaction commits ("SCHEMA TABLE PROGRAM"; identical ones
-- of a transaction are sent once), so that other windows show it within a moment
-- (database/changefeed). Statement triggers: one announcement per statement, not per row; edits
-- made with psql are announced too.
CREATE FUNCTION reelatlas_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('reelatlas_changes',
                      TG_TABLE_SCHEMA || ' ' || TG_TABLE_NAME || ' ' || current_setting('application_name'));
    RETURN NULL;
END
$$;

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['volumes', 'scan_roots', 'location_categories', 'facility_types', 'tags',
                                'locations', 'facilities', 'experts', 'contacts', 'productions', 'assets',
                                'asset_shots', 'asset_tags', 'asset_colors', 'location_tags',
                                'location_productions', 'production_candidates', 'production_experts',
                                'production_assets', 'expert_locations', 'facility_locations',
                                'saved_searches'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION reelatlas_notify()', name || '_announced', name);
    END LOOP;
END
$$;
