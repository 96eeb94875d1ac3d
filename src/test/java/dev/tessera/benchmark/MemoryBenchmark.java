package dev.tessera.benchmark;

import dev.tessera.common.Sha256;
import dev.tessera.memory.MemorySuggestions;
import dev.tessera.memory.MemoryText;
import dev.tessera.memory.RareWordQuery;
import dev.tessera.memory.MemoryViews.Suggestion;
import dev.tessera.memory.TermStatistics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Memory suggestions at 100,000 and 1,000,000 entries of recombined corpus sentences (loaded
 * with COPY, indexes built afterwards): latency p50/p95 and recall of Tessera's lookup
 * ({@link MemorySuggestions}: close step over the rarest words as text search, wide step as
 * fallback, trigram-ranked pool, word scoring) next to plain pg_trgm queries on the same data in
 * the same run. Recall: a query made by changing one or two words of an entry must find that
 * entry with a score of at least 75.
 *
 * <p>Also measured in the same run, over JDBC: the candidate index choices, each statement
 * alone (the close step as text search, which Tessera uses; the previous close step over the
 * array index of {@code terms}; the wide step), and, for queries that have no near match in
 * the memory (new recombinations of known sentence halves: both steps run, the worst case),
 * Tessera's lookup next to the previous one's two array statements. An embedded Lucene index
 * ({@link LuceneTerms}, rebuilt from PostgreSQL after loading) runs the close step's rule too.
 * For a few queries the close steps' plans are printed ({@code EXPLAIN ANALYZE}). At more than
 * 100,000 entries the plain trigram queries run over a sample of the queries
 * ({@code -Dmemory.trigramQueries}, 50): they take seconds each there.
 *
 * <p>{@code mvn -Pbenchmark test -Dtest=MemoryBenchmark [-Dmemory.sizes=100000,1000000] [-Dmemory.queries=200]};
 * {@code -Dbench.quick=true}: 10,000 entries, 100 queries.
 */
@QuarkusTest
@Tag("benchmark")
class MemoryBenchmark {

    private static final Path CORPUS = Path.of(System.getProperty("memory.corpus", "src/test/resources/segmentation/corpus"));

    @Inject
    MemorySuggestions suggestions;

    @Inject
    TermStatistics statistics;

    @Inject
    AgroalDataSource dataSource;

    /** A query: the entry it was made from, in which languages, and the edited text. */
    private record Query(String sourceLang, String entry, String text) {
    }

    /** One method's figures over the queries. */
    private record Figures(String method, double p50, double p95, double recall) {
    }

    @Test
    void suggestionsAtScale() throws Exception {
        boolean quick = Bench.quick();
        Bench.context("MemoryBenchmark");
        int[] sizes = Arrays.stream(System.getProperty("memory.sizes", quick ? "10000" : "100000,1000000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int queryCount = Integer.getInteger("memory.queries", quick ? 100 : 200);
        RecombinedSentences tr = new RecombinedSentences(CORPUS.resolve("tr.tsv"), 1);
        RecombinedSentences ru = new RecombinedSentences(CORPUS.resolve("ru.tsv"), 2);
        Random random = new Random(3);
        StringBuilder report = new StringBuilder();
        report.append(String.format("Corpus: %d Turkish and %d Russian sentences of the segmentation gold sets,"
                + " recombined; 75 %% Turkish→English, 25 %% Russian→English entries.%n%n", tr.sentenceCount(),
                ru.sentenceCount()));
        report.append("| entries | method | p50 ms | p95 ms | recall (score ≥ 75) | p95 goal < 100 ms | recall goal ≥ 95 % |\n");
        report.append("|---|---|---|---|---|---|---|\n");
        List<Query> seeds = new ArrayList<>();
        int loaded = 0;
        for (int size : sizes) {
            long start = System.nanoTime();
            dropIndexes();
            loaded += load(size - loaded, tr, ru, random, seeds, queryCount);
            buildIndexes();
            statistics.refresh();
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            List<Query> queries = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Query seed = seeds.get(i);
                RecombinedSentences sentences = seed.sourceLang().equals("tr") ? tr : ru;
                queries.add(new Query(seed.sourceLang(), seed.entry(), sentences.edited(seed.entry(), 1 + i % 2)));
            }
            List<Query> unmatched = new ArrayList<>();
            for (int i = 0; i < queries.size() / 2; i++) {
                boolean turkish = i % 4 != 0;
                unmatched.add(new Query(turkish ? "tr" : "ru", null, (turkish ? tr : ru).next()));
            }
            System.out.printf("[bench] %d entries loaded and indexed in %.0f s, %s%n", loaded, loadSeconds, Bench.load());
            explain(queries.get(0));
            explain(unmatched.get(0));
            Figures mine = tessera(queries, "Tessera: close step (3 of the 5 rarest words, full text), wide step if"
                    + " no match ≥ 75; word score");
            // again, after the measured queries: planning times with warm caches
            explain(queries.get(1));
            // the plain trigram queries take seconds each at 1,000,000 entries: a sample of the queries there
            List<Query> sample = loaded > 100_000
                    ? queries.subList(0, Math.min(queries.size(), Integer.getInteger("memory.trigramQueries", 50)))
                    : queries;
            String sampled = sample.size() < queries.size() ? String.format(" (first %d queries)", sample.size()) : "";
            long built = System.nanoTime();
            Figures lucene;
            try (LuceneTerms index = LuceneTerms.build(dataSource)) {
                System.out.printf("[bench] Lucene index of %d entries built in %.0f s, %s%n", loaded,
                        (System.nanoTime() - built) / 1e9, Bench.load());
                lucene = measured("close step alone, embedded Lucene: 3 of the 5 rarest words (Boolean query, minimum"
                        + " should match 3), rows read by id, top 30 by trigram", queries,
                        (c, q) -> index.close(c, q.sourceLang(), rarest(q, 5), q.text()));
            }
            List<Figures> all = List.of(mine,
                    measured("close step alone, full text: tsquery of the 3-of-5 subsets, GIN on array_to_tsvector(terms)",
                            queries, this::closeFullText), lucene,
                    measured("close step alone, array: terms && 5 rarest, count ≥ 3 per row (the previous close step)",
                            queries, this::closeArray),
                    measured("wide step alone, array: 3 rarest words + length, pool 5,000, top 30 by trigram",
                            queries, (c, q) -> wideArray(c, q, 5000)),
                    trigram(sample, 0.7, false, sampled), trigram(sample, 0.5, true, sampled));
            for (Figures f : all) {
                report.append(String.format(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %.1f %% | %s | %s |%n", loaded,
                        f.method(), f.p50(), f.p95(), 100 * f.recall(), f.p95() < 100 ? "MET" : "MISSED",
                        f.recall() >= 0.95 ? "MET" : "MISSED"));
                System.out.printf("[bench] %s%n", f);
            }
            Figures none = tessera(unmatched, "Tessera, queries without a near match (both steps run)");
            Figures before = measured("the previous lookup over JDBC, queries without a near match: array close step,"
                    + " then array wide step (pool 2,000)", unmatched, (c, q) -> {
                        closeArray(c, q);
                        return wideArray(c, q, 2000);
                    });
            for (Figures f : List.of(none, before)) {
                report.append(String.format(Locale.ROOT, "| %,d | %s | %.1f | %.1f | — | %s | — |%n", loaded,
                        f.method(), f.p50(), f.p95(), f.p95() < 100 ? "MET" : "MISSED"));
                System.out.printf("[bench] %s%n", f);
            }
            System.out.printf("[bench] %s%n", Bench.load());
            Bench.below("memory.suggest.p95." + loaded, mine.p95(), "ms", 100);
            Bench.atLeast("memory.suggest.recall." + loaded, 100 * mine.recall(), "%", 95);
            Bench.below("memory.suggest.nomatch.p95." + loaded, none.p95(), "ms", 100);
        }
        Files.writeString(Path.of("target/memory-benchmark.md"), report.toString());
        System.out.println(report);
    }

    /** Tessera's lookup, through the service as the API calls it; recall counted where the query has an entry. */
    private Figures tessera(List<Query> queries, String method) {
        for (Query q : queries.subList(0, Math.min(20, queries.size()))) {
            suggestions.suggest(q.sourceLang(), "en", escape(q.text()), null, 5, MemorySuggestions.DEFAULT_MIN_SCORE);
        }
        double[] millis = new double[queries.size()];
        int found = 0;
        for (int i = 0; i < queries.size(); i++) {
            Query q = queries.get(i);
            long t0 = System.nanoTime();
            List<Suggestion> result = suggestions.suggest(q.sourceLang(), "en", escape(q.text()), null, 5,
                    MemorySuggestions.DEFAULT_MIN_SCORE);
            millis[i] = (System.nanoTime() - t0) / 1e6;
            if (q.entry() != null
                    && result.stream().anyMatch(s -> s.source().equals(escape(q.entry())) && s.score() >= 75)) {
                found++;
            }
        }
        return figures(method, millis, found);
    }

    /** One JDBC lookup: the source texts of the candidates it returns for a query. */
    private interface Lookup {
        List<String> run(Connection c, Query q) throws Exception;
    }

    /**
     * A lookup over JDBC, after 20 warm-up queries; recall: the query's entry is among the
     * candidates returned (one or two words changed score above 75).
     */
    private Figures measured(String method, List<Query> queries, Lookup lookup) throws Exception {
        double[] millis = new double[queries.size()];
        int found = 0;
        try (Connection c = dataSource.getConnection()) {
            for (int i = -Math.min(20, queries.size()); i < queries.size(); i++) {
                Query q = queries.get(Math.max(i, 0));
                long t0 = System.nanoTime();
                List<String> candidates = lookup.run(c, q);
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - t0) / 1e6;
                    found += q.entry() != null && candidates.contains(q.entry()) ? 1 : 0;
                }
            }
        }
        return figures(method, millis, found);
    }

    private List<String> rarest(Query q, int count) {
        return statistics.rarest(MemoryText.terms(q.text(), MemoryText.locale(q.sourceLang())), count);
    }

    private static final String FULL_TEXT = """
            SELECT c.source_plain FROM (SELECT * FROM memory_entry m
                  WHERE array_to_tsvector(m.terms) @@ cast(? AS tsquery) AND m.source_lang = ? AND m.target_lang = 'en'
                  LIMIT 2000) c
            ORDER BY similarity(c.source_plain, ?) DESC LIMIT 30""";

    /** Tessera's close step alone: one tsquery, the OR of every 3 of the 5 rarest words. */
    private List<String> closeFullText(Connection c, Query q) throws Exception {
        try (PreparedStatement s = c.prepareStatement(FULL_TEXT)) {
            s.setString(1, RareWordQuery.atLeast(rarest(q, 5), 3));
            s.setString(2, q.sourceLang());
            s.setString(3, q.text());
            return column(s);
        }
    }

    private static final String ARRAY_CLOSE = """
            SELECT c.source_plain FROM (SELECT * FROM memory_entry m
                  WHERE m.terms && ? AND m.source_lang = ? AND m.target_lang = 'en'
                    AND (SELECT count(*) FROM unnest(m.terms) AS t(term) WHERE t.term = ANY(?)) >= 3
                  LIMIT 2000) c
            ORDER BY similarity(c.source_plain, ?) DESC LIMIT 30""";

    /** The previous close step: one {@code &&} over the 5 rarest words, the count of shared words checked per row. */
    private List<String> closeArray(Connection c, Query q) throws Exception {
        try (PreparedStatement s = c.prepareStatement(ARRAY_CLOSE)) {
            java.sql.Array rare = c.createArrayOf("text", rarest(q, 5).toArray());
            s.setArray(1, rare);
            s.setString(2, q.sourceLang());
            s.setArray(3, rare);
            s.setString(4, q.text());
            return column(s);
        }
    }

    private static final String ARRAY_WIDE = """
            SELECT c.source_plain FROM (SELECT * FROM memory_entry m
                  WHERE m.terms && cast(? AS text[]) AND m.source_lang = ? AND m.target_lang = 'en'
                    AND m.source_words BETWEEN ? AND ? LIMIT ?) c
            ORDER BY similarity(c.source_plain, ?) DESC LIMIT 30""";

    /** The wide step over the array index: 3 rarest words, length pre-filter, a pool, best 30 by trigram similarity. */
    private List<String> wideArray(Connection c, Query q, int pool) throws Exception {
        try (PreparedStatement s = c.prepareStatement(ARRAY_WIDE)) {
            int words = MemoryText.wordCount(q.text());
            s.setArray(1, c.createArrayOf("text", rarest(q, 3).toArray()));
            s.setString(2, q.sourceLang());
            s.setInt(3, words / 2);
            s.setInt(4, words * 2);
            s.setInt(5, pool);
            s.setString(6, q.text());
            return column(s);
        }
    }

    private static List<String> column(PreparedStatement s) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Prints the plans of Tessera's close step and of the previous (array) close step for one query. */
    private void explain(Query q) throws Exception {
        String kind = q.entry() == null ? "query without a near match" : "edited entry";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + FULL_TEXT)) {
                s.setString(1, RareWordQuery.atLeast(rarest(q, 5), 3));
                s.setString(2, q.sourceLang());
                s.setString(3, q.text());
                print("close step, full text, " + kind, s);
            }
            try (PreparedStatement s = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + ARRAY_CLOSE)) {
                java.sql.Array rare = c.createArrayOf("text", rarest(q, 5).toArray());
                s.setArray(1, rare);
                s.setString(2, q.sourceLang());
                s.setArray(3, rare);
                s.setString(4, q.text());
                print("close step, array (previous), " + kind, s);
            }
        }
    }

    private static void print(String title, PreparedStatement s) throws Exception {
        StringBuilder plan = new StringBuilder("[bench] plan of the " + title + ":\n");
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                plan.append("    ").append(rs.getString(1)).append('\n');
            }
        }
        System.out.print(plan);
    }

    /** A plain pg_trgm query: {@code %} at a threshold, best 5 by similarity; optionally with the length pre-filter. */
    private Figures trigram(List<Query> queries, double threshold, boolean lengthFilter, String sampled)
            throws Exception {
        String sql = "SELECT source_plain FROM memory_entry WHERE source_lang = ? AND target_lang = 'en'"
                + " AND source_plain % ?" + (lengthFilter ? " AND source_words BETWEEN ? AND ?" : "")
                + " ORDER BY similarity(source_plain, ?) DESC LIMIT 5";
        double[] millis = new double[queries.size()];
        int found = 0;
        try (Connection c = dataSource.getConnection(); Statement set = c.createStatement();
             PreparedStatement s = c.prepareStatement(sql)) {
            set.execute("SET pg_trgm.similarity_threshold = " + threshold);
            for (int i = -Math.min(20, queries.size()); i < queries.size(); i++) {
                Query q = queries.get(Math.max(i, 0));
                int words = MemoryText.wordCount(q.text());
                int p = 1;
                s.setString(p++, q.sourceLang());
                s.setString(p++, q.text());
                if (lengthFilter) {
                    s.setInt(p++, words / 2);
                    s.setInt(p++, words * 2);
                }
                s.setString(p, q.text());
                long t0 = System.nanoTime();
                boolean hit = false;
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        hit |= rs.getString(1).equals(q.entry());
                    }
                }
                if (i >= 0) {
                    millis[i] = (System.nanoTime() - t0) / 1e6;
                    found += hit ? 1 : 0;
                }
            }
        }
        return figures(String.format(Locale.ROOT, "plain pg_trgm %% at %.1f%s, top 5%s", threshold,
                lengthFilter ? " + length" : "", sampled), millis, found);
    }

    private static Figures figures(String method, double[] millis, int found) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Figures(method, percentile(sorted, 50), percentile(sorted, 95), (double) found / millis.length);
    }

    private static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Adds {@code count} entries with COPY; keeps a sample of them as query seeds. */
    private int load(int count, RecombinedSentences tr, RecombinedSentences ru, Random random, List<Query> seeds,
                     int queryCount) throws Exception {
        StringBuilder rows = new StringBuilder(1 << 20);
        try (Connection c = dataSource.getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            String sql = "COPY memory_entry (source_lang, target_lang, source, target, source_plain, target_plain,"
                    + " source_hash, target_hash, source_words, terms, origin) FROM STDIN";
            for (int i = 0; i < count; i++) {
                boolean turkish = random.nextInt(4) != 0;
                String lang = turkish ? "tr" : "ru";
                String text = (turkish ? tr : ru).next();
                String target = "EN " + text;
                String source = escape(text);
                row(rows, lang, "en", source, escape(target), text, target, Sha256.hex(source), Sha256.hex(escape(target)),
                        MemoryText.wordCount(text), MemoryText.terms(text, MemoryText.locale(lang)));
                if (random.nextInt(Math.max(1, count / queryCount)) == 0) {
                    // reservoir of seeds: at most queryCount, drawn from all entries loaded so far
                    Query seed = new Query(lang, text, text);
                    if (seeds.size() < queryCount) {
                        seeds.add(seed);
                    } else {
                        seeds.set(random.nextInt(seeds.size()), seed);
                    }
                }
                if (rows.length() > (1 << 20) || i == count - 1) {
                    copy.copyIn(sql, new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
                    rows.setLength(0);
                }
            }
        }
        return count;
    }

    private static void row(StringBuilder out, String sourceLang, String targetLang, String source, String target,
                            String sourcePlain, String targetPlain, String sourceHash, String targetHash, int words,
                            List<String> terms) {
        StringBuilder array = new StringBuilder("{");
        for (String term : terms) {
            array.append(array.length() > 1 ? "," : "").append('"')
                    .append(term.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        array.append('}');
        for (String field : List.of(sourceLang, targetLang, source, target, sourcePlain, targetPlain, sourceHash,
                targetHash, Integer.toString(words), array.toString(), "tmx")) {
            out.append(field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"))
                    .append('\t');
        }
        out.setCharAt(out.length() - 1, '\n');
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("<", "\\<");
    }

    private void dropIndexes() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP INDEX IF EXISTS memory_entry_lexemes_idx, memory_entry_terms_idx,"
                    + " memory_entry_source_trgm_idx, memory_entry_target_trgm_idx");
        }
    }

    private void buildIndexes() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET maintenance_work_mem = '1GB'");
            s.execute("CREATE INDEX memory_entry_lexemes_idx ON memory_entry USING gin (array_to_tsvector(terms))");
            // the array index of the previous lookup, measured next to it
            s.execute("CREATE INDEX memory_entry_terms_idx ON memory_entry USING gin (terms)");
            s.execute("CREATE INDEX memory_entry_source_trgm_idx ON memory_entry USING gin (source_plain gin_trgm_ops)");
            // the target index serves concordance only and is left out here to save the build time
            s.execute("VACUUM ANALYZE memory_entry");
        }
    }
}
