-- Candidates of fuzzy matches as text search over the entry's terms as lexemes: a query for
-- "3 of these 5 words" is one tsquery clause whose posting lists the GIN index intersects, so
-- only the entries that hold them are read (an array index can only find entries holding any
-- one of the words, or needs one clause per subset, which is slow to plan). It replaces the
-- array index; the statistics of terms (most_common_elems) still say which words are rare.
DROP INDEX memory_entry_terms_idx;
CREATE INDEX memory_entry_lexemes_idx ON memory_entry USING gin (array_to_tsvector(terms));
