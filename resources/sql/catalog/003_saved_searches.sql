-- ReelAtlas catalog, schema version 3: saved searches ("smart collections"), kept in the catalog
-- so that everyone who opens it sees them.
CREATE TABLE saved_searches (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (name <> ''),
    query      TEXT NOT NULL,
    sort       TEXT NOT NULL DEFAULT 'relevance',
    sort_order INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
