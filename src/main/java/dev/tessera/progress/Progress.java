package dev.tessera.progress;

import java.time.Instant;

/**
 * Segment and word counts by status for one (article, language): the sum of its shard rows
 * (see {@link ProgressCounters}), read, never recounted over the translations.
 */
public class Progress {

    /** Which article and language the counts are of. */
    public record Key(Long articleId, String lang) {
    }

    public Key key;
    public int segmentsTotal;
    public int wordsTotal;
    public int segmentsNew;
    public int wordsNew;
    public int segmentsDraft;
    public int wordsDraft;
    public int segmentsTranslated;
    public int wordsTranslated;
    public int segmentsRejected;
    public int wordsRejected;
    public int segmentsApproved;
    public int wordsApproved;
    public int segmentsStale;
    public int wordsStale;
    public Instant updatedAt;

    /** A row of sums: {@code r[from]} … {@code r[from + 13]} in column order, total first. */
    static Progress of(long articleId, String lang, Object[] r, int from) {
        Progress p = new Progress();
        p.key = new Key(articleId, lang);
        int[] v = new int[14];
        for (int i = 0; i < 14; i++) {
            v[i] = r[from + i] == null ? 0 : ((Number) r[from + i]).intValue();
        }
        p.segmentsTotal = v[0];
        p.wordsTotal = v[1];
        p.segmentsNew = v[2];
        p.wordsNew = v[3];
        p.segmentsDraft = v[4];
        p.wordsDraft = v[5];
        p.segmentsTranslated = v[6];
        p.wordsTranslated = v[7];
        p.segmentsRejected = v[8];
        p.wordsRejected = v[9];
        p.segmentsApproved = v[10];
        p.wordsApproved = v[11];
        p.segmentsStale = v[12];
        p.wordsStale = v[13];
        p.updatedAt = Instant.now();
        return p;
    }
}
