package dev.tessera.memory;

import dev.tessera.api.Problems;
import dev.tessera.common.Rows;
import dev.tessera.memory.MemoryViews.Origin;
import dev.tessera.memory.MemoryViews.Suggestion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Finds the memory's best matches for a text in two steps: candidates from the index of the
 * entries' words, then each candidate scored in Java by {@link MatchScore}.
 *
 * <p>Candidates ({@link TermStatistics} says which words are rare):
 * <ol>
 * <li><b>Close step</b>: entries that hold at least {@value #CLOSE_SHARED} of the query's
 * {@value #CLOSE_TERMS} rarest words (one text-search query, {@link RareWordQuery}, over the
 * GIN index of the terms' lexemes, which intersects the words' posting lists), so only real
 * near matches are read, ranked and scored.
 * A query that differs from an entry in up to {@value #CLOSE_TERMS} - {@value #CLOSE_SHARED}
 * words still holds that many of its rarest words in common with it, so such matches are
 * never missed for want of a candidate.</li>
 * <li><b>Wide step</b>, only when the close step found no suggestion of at least
 * {@value #STRONG} (no near match in the memory): entries that share one of the query's
 * {@value #RARE_TERMS} rarest words and whose length could reach the minimum score, at most
 * {@value #POOL}, ranked by trigram similarity. When a strong match exists, weaker ones that
 * share fewer rare words are not looked for.</li>
 * </ol>
 * The best {@code limit} × {@value #SCORED_PER_RESULT} candidates of a step are scored. The
 * choice was measured against plain trigram queries, the wide step alone and earlier forms of
 * the close step (docs/BENCHMARKS.md).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MemorySuggestions {

    /** The neighbours' source hashes of the segment asked about: a 100% match with the same ones is 101%. */
    public record Context(String prevHash, String nextHash) {
    }

    /** A memory entry found as a candidate, as {@link #candidates} reads it. */
    record Candidate(long id, String source, String target, String sourcePlain, String prevHash, String nextHash,
                     Origin origin, Instant createdAt) {

        static Candidate of(Tuple r) {
            return new Candidate(Rows.id(r, "id"), Rows.text(r, "source"), Rows.text(r, "target"),
                    Rows.text(r, "source_plain"), Rows.text(r, "prev_hash"), Rows.text(r, "next_hash"),
                    MemorySuggestions.origin(r), Rows.instant(r, "created_at"));
        }
    }

    static final int CLOSE_TERMS = 5;
    static final int CLOSE_SHARED = 3;
    static final int STRONG = 75;
    static final int RARE_TERMS = 3;
    static final int POOL = 2000;
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
        List<Tuple> rows = Rows.of(em.createNativeQuery("SELECT prev_hash, next_hash FROM segment WHERE id = ?1",
                        Tuple.class).setParameter(1, segmentId));
        if (rows.isEmpty()) {
            throw Problems.notFound("Segment", segmentId);
        }
        Tuple row = rows.get(0);
        return new Context(Rows.text(row, "prev_hash"), Rows.text(row, "next_hash"));
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
        List<Suggestion> found = scoredAll(close(sourceLang, targetLang, plain, terms, limit), text, plain, locale,
                context, minScore);
        if (found.stream().noneMatch(s -> s.score() >= STRONG)) {
            found = scoredAll(wide(sourceLang, targetLang, plain, terms, words, limit, minScore), text, plain, locale,
                    context, minScore);
        }
        found.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(Suggestion::createdAt, Comparator.reverseOrder()));
        return found.size() <= limit ? found : List.copyOf(found.subList(0, limit));
    }

    private static List<Suggestion> scoredAll(List<Tuple> rows, String text, String plain, Locale locale,
                                              Context context, int minScore) {
        List<Suggestion> found = new ArrayList<>();
        for (Tuple row : rows) {
            Suggestion suggestion = scored(Candidate.of(row), text, plain, locale, context);
            if (suggestion.score() >= minScore) {
                found.add(suggestion);
            }
        }
        return found;
    }

    /**
     * The close step: entries holding {@value #CLOSE_SHARED} of the {@value #CLOSE_TERMS} rarest
     * words (all of them when the query has fewer than {@value #CLOSE_SHARED} words), as one
     * text-search clause over the GIN index of the terms' lexemes: the index intersects the
     * words' posting lists, so only such entries are read from the table. Two earlier forms
     * were slower (docs/BENCHMARKS.md): an OR of ten {@code terms @> ARRAY[...]} clauses cost 40
     * times its execution in planning (each clause estimated against the statistics of
     * {@code terms}); one {@code terms && ARRAY[...]} clause with the count checked per row read
     * every entry holding any of the five words.
     */
    private List<Tuple> close(String sourceLang, String targetLang, String plain, List<String> terms, int limit) {
        return candidates(RareWordQuery.atLeast(statistics.rarest(terms, CLOSE_TERMS), CLOSE_SHARED), sourceLang,
                targetLang, plain, 0, Integer.MAX_VALUE, limit);
    }

    /** The wide step: entries sharing one of the {@value #RARE_TERMS} rarest words, within the length pre-filter. */
    private List<Tuple> wide(String sourceLang, String targetLang, String plain, List<String> terms, int words,
                             int limit, int minScore) {
        int floor = Math.max(1, minScore);
        return candidates(RareWordQuery.anyOf(statistics.rarest(terms, RARE_TERMS)), sourceLang, targetLang, plain,
                words * floor / 100, (words * 100 + floor - 1) / floor, limit);
    }

    /**
     * The entries matching {@code query} (a {@link RareWordQuery}) whose word count is within
     * the bounds, at most {@value #POOL}, best {@code limit} × {@value #SCORED_PER_RESULT} by
     * trigram similarity.
     */
    private List<Tuple> candidates(String query, String sourceLang, String targetLang, String plain, int shortest,
                                   int longest, int limit) {
        return Rows.of(em.createNativeQuery("""
                        SELECT c.id, c.source, c.target, c.source_plain, c.prev_hash, c.next_hash, c.origin,
                               c.article_id, c.segment_id, c.revision_id, c.user_id, u.username, c.created_at
                        FROM (SELECT * FROM memory_entry m
                              WHERE array_to_tsvector(m.terms) @@ cast(:query AS tsquery)
                                AND m.source_lang = :source AND m.target_lang = :target
                                AND m.source_words BETWEEN :shortest AND :longest
                              LIMIT :pool) c
                        LEFT JOIN app_user u ON u.id = c.user_id
                        ORDER BY similarity(c.source_plain, :plain) DESC, c.updated_at DESC
                        LIMIT :scored""", Tuple.class)
                .setParameter("query", query)
                .setParameter("source", sourceLang).setParameter("target", targetLang)
                .setParameter("shortest", shortest).setParameter("longest", longest)
                .setParameter("pool", POOL).setParameter("plain", plain)
                .setParameter("scored", limit * SCORED_PER_RESULT));
    }

    private static Suggestion scored(Candidate row, String text, String plain, Locale locale, Context context) {
        String source = row.source();
        MatchScore.Result match = MatchScore.of(row.sourcePlain(), plain, locale);
        int score = match.score();
        if (score == 100 && !sameTags(source, text)) {
            score = 99; // the same words, but other codes, or in another order
        }
        if (score == 100 && context != null && Objects.equals(context.prevHash(), row.prevHash())
                && Objects.equals(context.nextHash(), row.nextHash())) {
            score = 101;
        }
        CodePlacement.Placed placed = CodePlacement.place(source, row.target(), text);
        return new Suggestion(row.id(), score, source, placed.target(), match.diff(), row.origin(), row.createdAt(),
                placed.complete());
    }

    private static boolean sameTags(String a, String b) {
        return Notation.tags(a).stream().map(Notation.Tag::kind).toList()
                .equals(Notation.tags(b).stream().map(Notation.Tag::kind).toList());
    }

    /** The origin columns of an entry row: {@code origin}, the four ids and {@code username}. */
    static Origin origin(Tuple r) {
        return new Origin(Rows.text(r, "origin"), Rows.id(r, "article_id"), Rows.id(r, "segment_id"),
                Rows.id(r, "revision_id"), Rows.id(r, "user_id"), Rows.text(r, "username"));
    }
}
