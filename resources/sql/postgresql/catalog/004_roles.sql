-- Logins and roles (reelatlas-cli users add NAME --role viewer|editor|admin). Each catalog has
-- three group roles, named after its database (and its schema when that is not "public"):
--   …_viewer  searches and browses; never reads a fee, a rate or a confidential contact. It has
--             no privilege on the tables that hold them; it reads them through views of the same
--             names in a schema of its own (reelatlas_viewer), which leave out what a record marks
--             confidential and every contact not marked public. Its sessions put that schema
--             first in their search path (reelatlas_session_viewer_schema), so the program's SQL
--             is the same for everyone; with psql it finds nothing more.
--   …_editor  reads and writes every table.
--   …_admin   an editor who adds users (CREATEROLE) and, where the catalog's owner is an
--             ordinary role, a member of it: it may upgrade the schema.

-- The catalog's schema: the one its assets are in (a viewer's search path begins elsewhere).
CREATE FUNCTION reelatlas_catalog_schema() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT n.nspname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.oid = to_regclass('assets')
$$;

-- The prefix of this catalog's group roles.
CREATE FUNCTION reelatlas_role_base() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT left('reelatlas_' || current_database()
                || CASE WHEN reelatlas_catalog_schema() = 'public' THEN '' ELSE '_' || reelatlas_catalog_schema() END,
                48)
$$;

-- The schema of the viewers' views.
CREATE FUNCTION reelatlas_viewer_schema() RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN reelatlas_catalog_schema() = 'public' THEN 'reelatlas_viewer'
                ELSE left(reelatlas_catalog_schema(), 56) || '_viewer' END
$$;

-- A record's marks of what is confidential, failing closed: marks that cannot be read (damaged,
-- not a list of names) are the defaults, as RecordStore reads them.
CREATE FUNCTION reelatlas_marks(marks text, defaults jsonb) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    parsed jsonb;
BEGIN
    parsed := marks::jsonb;
    IF jsonb_typeof(parsed) <> 'array'
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(parsed) e WHERE jsonb_typeof(e) <> 'string') THEN
        RETURN defaults;
    END IF;
    RETURN parsed;
EXCEPTION WHEN others THEN
    RETURN defaults;
END
$$;

-- The viewers' schema when this session is a viewer of this catalog and nothing more (a
-- superuser is a member of every role: never a viewer); NULL otherwise.
CREATE FUNCTION reelatlas_session_viewer_schema() RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    base text := reelatlas_role_base();
BEGIN
    IF to_regrole(base || '_viewer') IS NULL OR to_regrole(base || '_editor') IS NULL THEN
        RETURN NULL;
    END IF;
    IF pg_has_role(current_user, base || '_viewer', 'MEMBER')
       AND NOT pg_has_role(current_user, base || '_editor', 'MEMBER') THEN
        RETURN reelatlas_viewer_schema();
    END IF;
    RETURN NULL;
END
$$;

-- Makes the group roles, the viewers' views and every grant again (after a migration added a
-- table, too). Run by the catalog's owner (or an admin where the owner is an ordinary role).
CREATE FUNCTION reelatlas_setup_roles() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    base text := reelatlas_role_base();
    viewer text := base || '_viewer';
    editor text := base || '_editor';
    admin text := base || '_admin';
    catalog text := reelatlas_catalog_schema();
    views text := reelatlas_viewer_schema();
    masked record;
    columns text;
    owner text;
BEGIN
    FOREACH owner IN ARRAY ARRAY[viewer, editor, admin] LOOP
        IF to_regrole(owner) IS NULL THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', owner);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', editor, admin);
    -- Admins may upgrade the schema as its owner does, unless the owner is a superuser (being
    -- its member would make them one).
    SELECT tableowner INTO owner FROM pg_tables WHERE schemaname = catalog AND tablename = 'assets';
    IF owner IS NOT NULL AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = owner) THEN
        EXECUTE format('GRANT %I TO %I', owner, admin);
    END IF;

    -- The viewers' views: every column, the confidential one left out where the record marks it.
    IF to_regnamespace(views) IS NULL THEN -- (CREATE SCHEMA IF NOT EXISTS asks for a privilege anyway)
        EXECUTE format('CREATE SCHEMA %I', views);
    END IF;
    FOR masked IN SELECT * FROM (VALUES ('locations', 'fee', '["fee"]'),
                                        ('facilities', 'rates', '["rates"]'),
                                        ('experts', 'fee_range', '["fee_range"]')) v (name, field, defaults) LOOP
        SELECT string_agg(CASE WHEN column_name = masked.field
                               THEN format('CASE WHEN reelatlas_marks(confidential_fields, %L::jsonb) ? %L '
                                           'THEN NULL ELSE %I END AS %I',
                                           masked.defaults, masked.field, column_name, column_name)
                               ELSE format('%I', column_name) END, ', ' ORDER BY ordinal_position)
          INTO columns
          FROM information_schema.columns WHERE table_schema = catalog AND table_name = masked.name;
        EXECUTE format('DROP VIEW IF EXISTS %I.%I', views, masked.name);
        EXECUTE format('CREATE VIEW %I.%I AS SELECT %s FROM %I.%I', views, masked.name, columns, catalog,
                       masked.name);
    END LOOP;
    -- A contact is public only when its flag says 0.
    EXECUTE format('DROP VIEW IF EXISTS %I.contacts', views);
    EXECUTE format('CREATE VIEW %I.contacts AS SELECT * FROM %I.contacts WHERE confidential = 0', views, catalog);

    -- Viewers: everything but the tables the views stand for.
    EXECUTE format('GRANT USAGE ON SCHEMA %I, %I, reelatlas_thumbnails TO %I', catalog, views, viewer);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', catalog, viewer);
    EXECUTE format('REVOKE ALL ON %I.locations, %I.facilities, %I.experts, %I.contacts FROM %I',
                   catalog, catalog, catalog, catalog, viewer);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', views, viewer);
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA reelatlas_thumbnails TO %I', viewer);
    -- Editors: every table, and the identities that number new rows.
    EXECUTE format('GRANT USAGE ON SCHEMA %I, reelatlas_thumbnails TO %I', catalog, editor);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', catalog, editor);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA reelatlas_thumbnails TO %I',
                   editor);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', catalog, editor);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA reelatlas_thumbnails TO %I', editor);
END
$$;

-- A login with the grants of its role. Run by the catalog's owner, or an admin once there is one.
CREATE FUNCTION reelatlas_add_user(name text, role text, password text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF role NOT IN ('viewer', 'editor', 'admin') THEN
        RAISE EXCEPTION 'no such role: % (viewer, editor or admin)', role;
    END IF;
    -- The first user: the groups, views and grants are made (by the catalog's owner); after that
    -- an admin adds users with the groups it may give.
    IF to_regrole(reelatlas_role_base() || '_viewer') IS NULL OR to_regnamespace(reelatlas_viewer_schema()) IS NULL THEN
        PERFORM reelatlas_setup_roles();
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN%s%s', name,
                   CASE WHEN role = 'admin' THEN ' CREATEROLE' ELSE '' END,
                   CASE WHEN password IS NULL OR password = '' THEN '' ELSE format(' PASSWORD %L', password) END);
    EXECUTE format('GRANT %I TO %I', reelatlas_role_base() || '_' || role, name);
    IF role = 'admin' THEN -- and may give the roles to others
        EXECUTE format('GRANT %I, %I, %I TO %I WITH ADMIN OPTION', reelatlas_role_base() || '_viewer',
                       reelatlas_role_base() || '_editor', reelatlas_role_base() || '_admin', name);
    END IF;
END
$$;
