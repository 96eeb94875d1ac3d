-- Source updates and segmentation fixes.

-- A source update keeps a segment's row (and so its id, translations, history and comments)
-- when the new revision has the same or a similar sentence: the row moves to the new revision.
-- previous_plain_text is the text the segment had before its last change (an update that
-- matched it fuzzily, a split, a merge): the word diff shown next to a STALE translation.
ALTER TABLE segment ADD COLUMN previous_plain_text text;
-- An editor's split cuts one filter segment in two: the left part records the text between the
-- parts (usually a space), so that reassembly can join the two targets into the one segment the
-- filter finds again. A merge joins filter segments: okapi_segment_id then lists them, '+'-joined.
ALTER TABLE segment ADD COLUMN join_with_next text;

-- The translation of a segment that a source update removed: kept with its history and comments,
-- out of every queue and every count.
ALTER TABLE translation DROP CONSTRAINT translation_status_known;
ALTER TABLE translation ADD CONSTRAINT translation_status_known
    CHECK (status IN ('NEW', 'DRAFT', 'TRANSLATED', 'REJECTED', 'APPROVED', 'STALE', 'REMOVED'));

-- A segment joined into its predecessor by an editor's merge leaves its revision (its
-- translations become REMOVED and keep their history); merged_into names the segment it joined.
ALTER TABLE segment ALTER COLUMN revision_id DROP NOT NULL;
ALTER TABLE segment ADD COLUMN merged_into bigint REFERENCES segment (id);
-- Deleting segments (a source update drops the duplicates of matched rows) checks this reference:
-- without an index, every deleted row would scan the whole table.
CREATE INDEX segment_merged_into_idx ON segment (merged_into) WHERE merged_into IS NOT NULL;
