package dev.tessera.memory;

import dev.tessera.api.Problems;
import dev.tessera.memory.MemoryViews.Origin;
import dev.tessera.memory.MemoryViews.Suggestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds the memory's best matches for a text in two steps. Candidates come from the index of
 * the entries' words: entries that share at least one of the query's {@value #RARE_TERMS}
 * rarest words ({@link TermStatistics}) and whose length could still reach the minimum score,
 * at most {@value #POOL} of them, ranked by trigram similarity; the best {@code limit} ×
 * {@value #SCORED_PER_RESULT} are then scored in Java by {@link MatchScore}. A query that
 * differs from an entry in up to {@value #RARE_TERMS} - 1 words still shares one of its rarest
 * words with it, so such near matches are never missed for want of a candidate (the benchmark
 * measures this against a plain trigram query).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemorySuggestions {

    /** The neighbours' source hashes of the segment asked about: a 100% match with the same ones is 101%. */
    public record Context(String prevHash, String nextHash) {
    }

    static final int RARE_TERMS = 3;
    static final int POOL = 5000;
    static final int SCORED_PER_RESULT = 6;
    public static final int DEFAULT_MIN_SCORE = 50;

    private final EntityManager em;
    private final TermStatistics statistics;

    public MemorySuggestions(EntityManager em, TermStatistics statistics) {
        this.em = em;
        this.statistics = statistics;
    }

    /** The context of a segment, by its id; 404 when there is no such segment. */
    public Context contextOf(long segmentId) {
        List<?> rows = em.createNativeQuery("SELECT prev_hash, next_hash FROM segment WHERE id = ?1")
                .setParameter(1, segmentId).getResultList();
        if (rows.isEmpty()) {
            throw Problems.notFound("Segment", segmentId);
        }
        Object[] row = (Object[]) rows.get(0);
        return new Context((String) row[0], (String) row[1]);
    }

    /**
     * Up to {@code limit} suggestions for {@code text} (in the inline notation), best first, none
     * below {@code minScore}; {@code context} may be null.
     */
    public List<Suggestion> suggest(String sourceLang, String targetLang, String text, Context context, int limit,
                                    int minScore) {
        Locale locale = MemoryText.locale(sourceLang);
        String plain = Notation.plain(text);
        List<String> terms = MemoryText.terms(plain, locale);
        if (terms.isEmpty()) {
            return List.of();
        }
        int words = MemoryText.wordCount(plain);
        List<Suggestion> found = new ArrayList<>();
        for (Object[] row : candidates(sourceLang, targetLang, plain, terms, words, limit, minScore)) {
            Suggestion suggestion = scored(row, text, plain, locale, context);
            if (suggestion.score() >= minScore) {
                found.add(suggestion);
            }
        }
        found.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(Suggestion::createdAt, Comparator.reverseOrder()));
        return found.size() <= limit ? found : List.copyOf(found.subList(0, limit));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> candidates(String sourceLang, String targetLang, String plain, List<String> terms, int words,
                                      int limit, int minScore) {
        int floor = Math.max(1, minScore);
        return em.createNativeQuery("""
                        SELECT c.id, c.source, c.target, c.source_plain, c.prev_hash, c.next_hash, c.origin,
                               c.article_id, c.segment_id, c.revision_id, c.user_id, u.username, c.created_at
                        FROM (SELECT * FROM memory_entry m
                              WHERE m.terms && cast(:rare AS text[]) AND m.source_lang = :source
                                AND m.target_lang = :target AND m.source_words BETWEEN :shortest AND :longest
                              LIMIT :pool) c
                        LEFT JOIN app_user u ON u.id = c.user_id
                        ORDER BY similarity(c.source_plain, :plain) DESC, c.updated_at DESC
                        LIMIT :scored""")
                .setParameter("rare", statistics.rarest(terms, RARE_TERMS).toArray(String[]::new))
                .setParameter("source", sourceLang).setParameter("target", targetLang)
                .setParameter("shortest", words * floor / 100)
                .setParameter("longest", (words * 100 + floor - 1) / floor)
                .setParameter("pool", POOL).setParameter("plain", plain)
                .setParameter("scored", limit * SCORED_PER_RESULT)
                .getResultList();
    }

    private static Suggestion scored(Object[] row, String text, String plain, Locale locale, Context context) {
        String source = (String) row[1];
        MatchScore.Result match = MatchScore.of((String) row[3], plain, locale);
        int score = match.score();
        if (score == 100 && !sameTags(source, text)) {
            score = 99; // the same words, but other codes, or in another order
        }
        if (score == 100 && context != null && Objects.equals(context.prevHash(), row[4])
                && Objects.equals(context.nextHash(), row[5])) {
            score = 101;
        }
        CodePlacement.Placed placed = CodePlacement.place(source, (String) row[2], text);
        Origin origin = new Origin((String) row[6], id(row[7]), id(row[8]), id(row[9]), id(row[10]), (String) row[11]);
        return new Suggestion(((Number) row[0]).longValue(), score, source, placed.target(), match.diff(), origin,
                instant(row[12]), placed.complete());
    }

    private static boolean sameTags(String a, String b) {
        return Notation.tags(a).stream().map(Notation.Tag::kind).toList()
                .equals(Notation.tags(b).stream().map(Notation.Tag::kind).toList());
    }

    static Long id(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : null;
    }
}
