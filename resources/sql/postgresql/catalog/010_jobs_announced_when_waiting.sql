-- Only new work is announced on the catalog's change channel: a job queued, or one put back to
-- wait (retried, released). 008 announced every statement on the queue, taking and finishing
-- too, and PostgreSQL makes the commits of transactions that notify wait for each other: eight
-- workers taking one job at a time were handed 470 jobs a second, 627 without (four at a time:
-- 1,144 and 1,764; bench/queue.sh, fsync on).
-- Workers wait only for new work; the desktop's Work Queue reads the queue every 2 s while it
-- is shown, and at once on this news.
DROP TRIGGER jobs_announced ON jobs;
CREATE TRIGGER jobs_queued AFTER INSERT ON jobs
    FOR EACH STATEMENT EXECUTE FUNCTION reelatlas_notify();
CREATE TRIGGER jobs_waiting AFTER UPDATE OF state ON jobs
    FOR EACH ROW WHEN (NEW.state = 'waiting' AND OLD.state IS DISTINCT FROM 'waiting')
    EXECUTE FUNCTION reelatlas_notify();
