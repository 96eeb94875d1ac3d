-- Where a change of a translation came from: the API (and the web pages on it) or an XLIFF
-- file handed back from a CAT tool. Existing rows came through the API.
ALTER TABLE translation_history ADD COLUMN origin text NOT NULL DEFAULT 'api';
