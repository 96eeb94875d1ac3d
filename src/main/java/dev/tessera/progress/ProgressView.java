package dev.tessera.progress;

import dev.tessera.status.Status;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Completeness of one article in one language: segments and words by status (every counted
 * status, in workflow order, named as the translation statuses are), and the share approved (by
 * words, as editors plan by words; 100 only when every segment is approved).
 */
public record ProgressView(String lang, int segments, int words, Map<String, Integer> segmentsByStatus,
                           Map<String, Integer> wordsByStatus, double percentApproved, boolean complete) {

    public static ProgressView of(Progress p) {
        int approved = p.segments(Status.APPROVED);
        boolean complete = p.segmentsTotal() > 0 && approved == p.segmentsTotal();
        double percent = complete ? 100.0 : p.wordsTotal() == 0 ? 0.0
                : Math.floor(1000.0 * p.words(Status.APPROVED) / p.wordsTotal()) / 10.0;
        return new ProgressView(p.key().lang(), p.segmentsTotal(), p.wordsTotal(), byName(p.segments()),
                byName(p.words()), Math.min(percent, complete ? 100.0 : 99.9), complete);
    }

    private static Map<String, Integer> byName(Map<Status, Integer> counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (Status status : Status.COUNTED) {
            map.put(status.name(), counts.get(status));
        }
        return map;
    }
}
