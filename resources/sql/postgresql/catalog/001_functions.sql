-- ReelAtlas catalog on PostgreSQL, schema version 1: the functions the backend's SQL spells with
-- (database/postgresbackend.cpp; docs/postgresql.md). Plain SQL and PL/pgSQL: nothing to install.

-- "Best match": the place, among `places` (column numbers, 0-based, in the order that ranks them),
-- of the first column that matches every word's tsquery; else the number of places. As SQLite's
-- reelatlas_tier does with the phrases of an FTS5 match.
CREATE FUNCTION reelatlas_tier(columns tsvector[], places integer[], words tsquery[])
RETURNS integer LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    place integer;
    col integer;
    word tsquery;
    every boolean;
BEGIN
    FOR place IN 1 .. coalesce(array_length(places, 1), 0) LOOP
        col := places[place] + 1;
        CONTINUE WHEN col < 1 OR col > coalesce(array_length(columns, 1), 0);
        every := true;
        FOREACH word IN ARRAY coalesce(words, '{}'::tsquery[]) LOOP
            IF columns[col] IS NULL OR NOT (columns[col] @@ word) THEN
                every := false;
                EXIT;
            END IF;
        END LOOP;
        IF every THEN
            RETURN place - 1;
        END IF;
    END LOOP;
    RETURN coalesce(array_length(places, 1), 0);
END
$$;

-- "Near": a point (longitude, latitude) inside the box of its south, north, west and east edges,
-- and inside one that wraps longitude (west > east). Single SQL expressions, so PostgreSQL inlines
-- them and a GiST index on the point answers them.
CREATE FUNCTION reelatlas_in_box(p point, south float8, north float8, west float8, east float8)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p <@ box(point(west, south), point(east, north))
$$;

CREATE FUNCTION reelatlas_in_wrapped_box(p point, south float8, north float8, west float8, east float8)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p <@ box(point(west, south), point(180, north)) OR p <@ box(point(-180, south), point(east, north))
$$;

-- SQLite's instr(): where `needle` first is in `haystack`, from 1; 0 when it is not. The query
-- languages' SQL uses it on both engines.
CREATE FUNCTION instr(haystack text, needle text) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT strpos(haystack, needle)
$$;
