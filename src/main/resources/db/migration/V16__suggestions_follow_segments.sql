-- Suggestions stored ahead belong to a segment: they go when it goes. Before, a suggestion
-- batch computed while its article was purged could write rows for segments no longer there.
DELETE FROM memory_suggestion ms WHERE NOT EXISTS (SELECT 1 FROM segment s WHERE s.id = ms.segment_id);
ALTER TABLE memory_suggestion
    ADD CONSTRAINT memory_suggestion_segment_fk FOREIGN KEY (segment_id) REFERENCES segment (id) ON DELETE CASCADE;
