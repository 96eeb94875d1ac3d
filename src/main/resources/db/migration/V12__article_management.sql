-- Editors manage articles: archive (nothing destroyed, the work leaves every queue and count),
-- target languages removed and added again, and an admin's purge.

-- An archived article keeps every row; archived_at tells readers, and sums over articles skip it.
ALTER TABLE article ADD COLUMN archived_at timestamptz;
ALTER TABLE article ADD COLUMN archived_by bigint REFERENCES app_user (id);

-- A translation row out of every queue: its article is archived, or its language was removed from
-- the article's targets. The row keeps its status, target, history and comments; adding the
-- language again brings it back.
ALTER TABLE translation ADD COLUMN active boolean NOT NULL DEFAULT true;

-- The queue indexes hold active rows only, so a claim never walks an archived article's rows.
DROP INDEX translation_work_queue_idx;
CREATE INDEX translation_work_queue_idx ON translation
    (lang, (CASE status WHEN 'REJECTED' THEN 0 WHEN 'STALE' THEN 1 ELSE 2 END), priority DESC, due_date,
     article_id, position)
    WHERE status IN ('NEW', 'DRAFT', 'STALE', 'REJECTED') AND active;
DROP INDEX translation_review_queue_idx;
CREATE INDEX translation_review_queue_idx ON translation (lang, priority DESC, due_date, article_id, position)
    WHERE status = 'TRANSLATED' AND active;

-- The counters that count: progress rows of articles not archived, in languages the article still
-- goes into. Every sum over articles reads this view; one article's own figures read progress.
CREATE VIEW live_progress AS
SELECT p.*
FROM progress p
JOIN article a ON a.id = p.article_id
WHERE a.archived_at IS NULL AND p.lang = ANY (a.target_langs);

-- History stays append-only, except for an admin's purge of a whole article, which sets
-- tessera.purging for its own transaction only (set_config(..., true)).
CREATE OR REPLACE FUNCTION translation_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('tessera.purging', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'translation_history is append-only';
END $$;
