-- Progress counters split into shards per (article, language), so that translators saving
-- different segments of one article do not queue on one row. A segment's changes go to shard
-- position % ProgressCounters.SHARDS; the rows of a new article start in shard 0, so a shard alone may show
-- negative counts: only the sums over the shards mean anything, and every reader sums.
-- Shard 0 also serves as the lock that decides completeness exactly once.
ALTER TABLE progress ADD COLUMN shard smallint NOT NULL DEFAULT 0;
ALTER TABLE progress DROP CONSTRAINT progress_pkey;
ALTER TABLE progress ADD PRIMARY KEY (article_id, lang, shard);
