package dev.tessera.progress;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Completeness of one article in one language: segments and words by status, and the share
 * approved (by words, as editors plan by words; 100 only when every segment is approved).
 */
public record ProgressView(String lang, int segments, int words, Map<String, Integer> segmentsByStatus,
                           Map<String, Integer> wordsByStatus, double percentApproved, boolean complete) {

    public static ProgressView of(Progress p) {
        Map<String, Integer> segments = byStatus(p.segmentsNew, p.segmentsDraft, p.segmentsTranslated,
                p.segmentsRejected, p.segmentsApproved, p.segmentsStale);
        Map<String, Integer> words = byStatus(p.wordsNew, p.wordsDraft, p.wordsTranslated,
                p.wordsRejected, p.wordsApproved, p.wordsStale);
        boolean complete = p.segmentsTotal > 0 && p.segmentsApproved == p.segmentsTotal;
        double percent = complete ? 100.0 : p.wordsTotal == 0 ? 0.0
                : Math.floor(1000.0 * p.wordsApproved / p.wordsTotal) / 10.0;
        return new ProgressView(p.key.lang(), p.segmentsTotal, p.wordsTotal, segments, words,
                Math.min(percent, complete ? 100.0 : 99.9), complete);
    }

    /** Status names in workflow order, as the translation statuses are named. */
    private static final String[] STATUSES = {"NEW", "DRAFT", "TRANSLATED", "REJECTED", "APPROVED", "STALE"};

    private static Map<String, Integer> byStatus(int... counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < STATUSES.length; i++) {
            map.put(STATUSES[i], counts[i]);
        }
        return map;
    }
}
