-- The translator and reviewer workflow: queue order kept on the translation row, history,
-- comments.

-- The queue orders work by article priority, due date and position; keeping those on the
-- translation row lets one index serve a claim without joining or sorting.
ALTER TABLE translation
    ADD COLUMN position integer,
    ADD COLUMN priority integer NOT NULL DEFAULT 0,
    ADD COLUMN due_date date;
UPDATE translation t SET position = s.position, priority = a.priority, due_date = a.due_date
FROM segment s, article a WHERE s.id = t.segment_id AND a.id = t.article_id;
ALTER TABLE translation ALTER COLUMN position SET NOT NULL;

-- Translator queue: REJECTED first, then STALE, then NEW (and drafts whose lease ran out).
CREATE INDEX translation_work_queue_idx ON translation
    (lang, (CASE status WHEN 'REJECTED' THEN 0 WHEN 'STALE' THEN 1 ELSE 2 END), priority DESC, due_date,
     article_id, position)
    WHERE status IN ('NEW', 'DRAFT', 'STALE', 'REJECTED');
-- Reviewer queue: TRANSLATED.
CREATE INDEX translation_review_queue_idx ON translation (lang, priority DESC, due_date, article_id, position)
    WHERE status = 'TRANSLATED';
CREATE INDEX translation_claimed_by_idx ON translation (claimed_by) WHERE claimed_by IS NOT NULL;

-- Every change of a translation, appended and never changed.
CREATE SEQUENCE translation_history_seq INCREMENT BY 50;
CREATE TABLE translation_history (
    id             bigint PRIMARY KEY,
    translation_id bigint      NOT NULL REFERENCES translation (id),
    changed_by     bigint      REFERENCES app_user (id),
    changed_at     timestamptz NOT NULL DEFAULT now(),
    action         text        NOT NULL,
    old_status     text        NOT NULL,
    new_status     text        NOT NULL,
    old_target     text,
    new_target     text,
    comment        text
);
CREATE INDEX translation_history_translation_idx ON translation_history (translation_id, id);

CREATE FUNCTION translation_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'translation_history is append-only';
END $$;
CREATE TRIGGER translation_history_no_change BEFORE UPDATE OR DELETE ON translation_history
    FOR EACH ROW EXECUTE FUNCTION translation_history_append_only();

-- Comments on (segment, language): the reviewer's reason for a rejection, questions, notes.
CREATE SEQUENCE translation_comment_seq INCREMENT BY 50;
CREATE TABLE translation_comment (
    id             bigint PRIMARY KEY,
    translation_id bigint      NOT NULL REFERENCES translation (id),
    author_id      bigint      NOT NULL REFERENCES app_user (id),
    created_at     timestamptz NOT NULL DEFAULT now(),
    body           text        NOT NULL,
    CONSTRAINT translation_comment_not_blank CHECK (length(btrim(body)) > 0)
);
CREATE INDEX translation_comment_translation_idx ON translation_comment (translation_id, id);
