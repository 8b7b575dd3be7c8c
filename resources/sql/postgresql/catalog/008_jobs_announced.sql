-- The queue announces itself (005_notify.sql's channel, table "jobs"): a job queued, taken,
-- finished, retried or cancelled. Workers waiting for work take it at once rather than at their
-- next look (QueueWorker), and an open Work Queue shows it (MainWindow). A lease renewed is not
-- announced: it changes nothing anyone waits for.
CREATE TRIGGER jobs_announced AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF state ON jobs
    FOR EACH STATEMENT EXECUTE FUNCTION reelatlas_notify();
