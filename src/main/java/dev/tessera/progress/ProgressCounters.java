package dev.tessera.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the per (article, language) counters in step with every status change, in the
 * transaction that makes the change: one row updated per change, never a recount. The
 * counters are per article, so there is no single hot row per language; totals per
 * language are sums over these rows.
 */
@ApplicationScoped
public class ProgressCounters {

    /** Whether the language of the article was complete before and after a change. */
    public record Completion(boolean wasComplete, boolean isComplete) {
        public boolean completed() {
            return !wasComplete && isComplete;
        }

        public boolean reopened() {
            return wasComplete && !isComplete;
        }
    }

    private static final Set<String> STATUSES = Set.of("NEW", "DRAFT", "TRANSLATED", "REJECTED", "APPROVED", "STALE");

    private final EntityManager em;

    public ProgressCounters(EntityManager em) {
        this.em = em;
    }

    /** Moves one segment of {@code words} words from one status to another. */
    public Completion move(long articleId, String lang, String from, String to, int words) {
        String fromColumn = column(from);
        String toColumn = column(to);
        Object[] row = (Object[]) em.createNativeQuery(
                        "UPDATE progress SET segments_" + fromColumn + " = segments_" + fromColumn + " - 1,"
                                + " words_" + fromColumn + " = words_" + fromColumn + " - :words,"
                                + " segments_" + toColumn + " = segments_" + toColumn + " + 1,"
                                + " words_" + toColumn + " = words_" + toColumn + " + :words,"
                                + " updated_at = now()"
                                + " WHERE article_id = :article AND lang = :lang"
                                + " RETURNING segments_approved, segments_total")
                .setParameter("words", words).setParameter("article", articleId).setParameter("lang", lang)
                .getSingleResult();
        int approved = ((Number) row[0]).intValue();
        int total = ((Number) row[1]).intValue();
        boolean isComplete = total > 0 && approved == total;
        int approvedBefore = approved - ("APPROVED".equals(to) ? 1 : 0) + ("APPROVED".equals(from) ? 1 : 0);
        boolean wasComplete = total > 0 && approvedBefore == total;
        return new Completion(wasComplete, isComplete);
    }

    private static String column(String status) {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("Unknown status " + status);
        }
        return status.toLowerCase(Locale.ROOT);
    }
}
