-- ReelAtlas catalog, schema version 14: batch work queued in the catalog ("ingest --queue",
-- "analyze --queue") for any machine's "reelatlas-cli worker" to take (database/jobqueue.h).
-- A job is one file to catalogue or one asset to analyse. It waits, runs under a lease that its
-- worker renews while alive (a lease that runs out puts the job back), and ends done or failed
-- (after three attempts). Times are seconds since 1970 by the catalog's clock, so that the
-- machines' own clocks never decide whose lease ran out.
CREATE TABLE jobs (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('ingest', 'analyze')),
    path_raw    BLOB NOT NULL,            -- as the file system of the queueing machine spells it
    asset_id    INTEGER,                  -- analyze: the asset
    state       TEXT NOT NULL DEFAULT 'waiting'
                CHECK (state IN ('waiting', 'running', 'done', 'failed', 'cancelled')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    worker      TEXT,                     -- the worker that holds it (or last did)
    host        TEXT,                     -- its machine
    lease_until REAL,                     -- running: its worker's lease; waiting again: not before
    queued_at   REAL NOT NULL,
    queued_by   TEXT,                     -- the machine that queued it
    started_at  REAL,
    finished_at REAL,
    error       TEXT                      -- why the last attempt failed
);
-- One open job per file and kind: queueing a folder again adds only what is not already queued.
CREATE UNIQUE INDEX jobs_open_path ON jobs (kind, path_raw) WHERE state IN ('waiting', 'running');
-- What workers look for, oldest first.
CREATE INDEX jobs_open ON jobs (id) WHERE state IN ('waiting', 'running');
