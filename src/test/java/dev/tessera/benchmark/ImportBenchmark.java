package dev.tessera.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.article.ArticleImporter;
import dev.tessera.article.ImportCommand;
import dev.tessera.document.BareOkapiBaseline;
import dev.tessera.document.DocumentFormat;
import dev.tessera.document.DocumentReader;
import dev.tessera.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Import throughput against Okapi's bare extract-and-segment of the same bytes, with the same
 * rules, in the same JVM and run (docs/BENCHMARKS.md, "Import throughput"). Not part of the
 * normal build: {@code mvn -Pbenchmark test -Dtest=ImportBenchmark} (512 MB heap); add
 * {@code -Dbench.quick=true} for the short configuration (10 KB and 1 MB, fewer rounds).
 *
 * <p>Per size and round, one page's bytes go through every path: Okapi bare
 * ({@link BareOkapiBaseline}); Tessera's extraction alone ({@link DocumentReader}, no database)
 * to split the cost; Tessera's import ({@link ArticleImporter#importArticle}, one transaction:
 * revision, COPY of the segments, translation and progress rows, commit); and for the two
 * smaller sizes the same import through {@code POST /api/articles}, sent by the JDK's HTTP
 * client ({@link TesseraClient}; REST Assured added 60-90 ms to every request). Each import
 * names its own external id, so the same bytes are imported again instead of answered as a
 * known article. The order of the paths is reversed every other round, after the same warm-up
 * for all of them (and, in full mode, one untimed round at each size above 10 KB); each path starts on a
 * collected heap, and an import's background work (stored suggestions) ends before the next
 * path starts. Every path must find the bare loop's segment count; the figures are the medians of the
 * per-round ratios (bare time / Tessera time), printed as {@code BENCH} lines with their goals.
 */
@QuarkusTest
@Tag("benchmark")
class ImportBenchmark {

    private static final long SEED = 20261127L;
    private static final double MB = 1024 * 1024;
    private static final double GOAL = 0.8;
    private static final double HTTP_GOAL = 0.7;

    @Inject
    ArticleImporter importer;
    @Inject
    AgroalDataSource dataSource;
    @TestHTTPResource("/")
    URI base;

    private int variant;

    private record Size(String label, String name, int bytes, int rounds, boolean http) {
    }

    private record Row(Size size, int length, int segments, double bare, double extract, double tessera, double http,
                       List<Double> ratios, List<Double> httpRatios) {
    }

    @Test
    void importThroughput() {
        Bench.context("import");
        TesseraClient editor = new TesseraClient(base, Fixtures.user("editor").token());
        // Every path's code compiled by the JIT before timing: a 10 KB import lasts 30-100 ms, in which a
        // path still interpreted or a compilation running beside it decides the round.
        for (int i = 0, warmUps = Bench.quick() ? 6 : 12; i < warmUps; i++) {
            byte[] warm = page(10 * 1024);
            BareOkapiBaseline.extractAndSegment(warm, DocumentFormat.HTML, "en");
            new DocumentReader().extract(warm, DocumentFormat.HTML, "en", s -> { });
            SuggestionsDone.await(dataSource, importOnce(warm));
            SuggestionsDone.await(dataSource, httpOnce(editor, warm));
        }

        Bench.phase("import warm-up");
        List<Size> sizes = Bench.quick()
                ? List.of(new Size("10 KB", "10kb", 10 * 1024, 9, true), new Size("1 MB", "1mb", 1024 * 1024, 2, true))
                : List.of(new Size("10 KB", "10kb", 10 * 1024, 31, true), new Size("1 MB", "1mb", 1024 * 1024, 5, true),
                        new Size("10 MB", "10mb", 10 * 1024 * 1024, 3, false));
        List<Row> rows = new ArrayList<>();
        long heapAfterLargest = 0;
        long heapLive = 0;
        for (Size size : sizes) {
            List<Double> bare = new ArrayList<>();
            List<Double> extract = new ArrayList<>();
            List<Double> tessera = new ArrayList<>();
            List<Double> http = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<Double> httpRatios = new ArrayList<>();
            int segments = 0;
            int length = 0;
            // In full mode, sizes above 10 KB get one untimed round first: the 10 KB warm-up leaves the paths
            // compiled, but the first round at a new size may still pay for growing buffers and heap. The quick
            // mode cannot spare it: a 1 MB round costs 20-30 s, most of it the two imports' background work.
            for (int round = size.bytes() > 10 * 1024 && !Bench.quick() ? -1 : 0; round < size.rounds(); round++) {
                byte[] bytes = page(size.bytes());
                length = bytes.length;
                int[] bareCount = new int[1];
                int[] extracted = new int[1];
                long[] article = new long[2];
                double[] times = new double[4];
                List<Runnable> paths = new ArrayList<>();
                paths.add(() -> times[0] = seconds(() -> bareCount[0] = BareOkapiBaseline.extractAndSegment(bytes,
                        DocumentFormat.HTML, "en")));
                paths.add(() -> times[1] = seconds(() -> {
                    new DocumentReader().extract(bytes, DocumentFormat.HTML, "en", s -> extracted[0]++);
                    return 0;
                }));
                // An import's background work (stored suggestions, after the commit) ends before the next path
                // is timed: it once ran beside the paths after it and made them 2-3 times slower.
                paths.add(() -> {
                    times[2] = seconds(() -> {
                        article[0] = importOnce(bytes);
                        return 0;
                    });
                    SuggestionsDone.await(dataSource, article[0]);
                });
                if (size.http()) {
                    paths.add(() -> {
                        times[3] = seconds(() -> {
                            article[1] = httpOnce(editor, bytes);
                            return 0;
                        });
                        SuggestionsDone.await(dataSource, article[1]);
                    });
                }
                if (round % 2 != 0) {
                    Collections.reverse(paths);
                }
                for (Runnable path : paths) {
                    // Each path starts on a collected heap: none pays for the garbage of the one before it.
                    System.gc();
                    path.run();
                }
                segments = bareCount[0];
                assertThat(segments).as("bare segments").isPositive();
                assertThat(extracted[0]).as("Tessera's extraction finds the bare loop's segments").isEqualTo(segments);
                assertThat(storedSegments(article[0])).as("the import stores the bare loop's segments").isEqualTo(segments);
                if (size.http()) {
                    assertThat(storedSegments(article[1])).as("the HTTP import stores the bare loop's segments")
                            .isEqualTo(segments);
                }
                System.out.printf(Locale.ROOT, "[import-benchmark] %s %s: bare %.3f s, extract %.3f s, import %.3f s%s%n",
                        size.label(), round < 0 ? "warm-up" : "round " + (round + 1), times[0], times[1], times[2],
                        size.http() ? String.format(Locale.ROOT, ", HTTP %.3f s", times[3]) : "");
                if (round < 0) {
                    continue;
                }
                bare.add(times[0]);
                extract.add(times[1]);
                tessera.add(times[2]);
                ratios.add(times[0] / times[2]);
                if (size.http()) {
                    http.add(times[3]);
                    httpRatios.add(times[0] / times[3]);
                }
            }
            if (size.bytes() >= 10 * 1024 * 1024) {
                Runtime runtime = Runtime.getRuntime();
                heapAfterLargest = runtime.totalMemory() - runtime.freeMemory();
                System.gc();
                heapLive = runtime.totalMemory() - runtime.freeMemory();
            }
            Bench.phase("import " + size.label());
            rows.add(new Row(size, length, segments, Bench.median(bare), Bench.median(extract), Bench.median(tessera),
                    http.isEmpty() ? Double.NaN : Bench.median(http), ratios, httpRatios));
        }
        print(rows, heapAfterLargest, heapLive);
        for (Row r : rows) {
            Bench.note("import " + r.size().label() + " in-process / bare, per round: " + Bench.spread(r.ratios()));
            Bench.atLeast("import." + r.size().name() + ".inprocess_vs_bare", Bench.median(r.ratios()), "x", GOAL);
        }
        for (Row r : rows) {
            if (r.size().bytes() == 1024 * 1024) {
                Bench.note("import 1 MB over HTTP / bare, per round: " + Bench.spread(r.httpRatios()));
                Bench.atLeast("import.1mb.http_vs_bare", Bench.median(r.httpRatios()), "x", HTTP_GOAL);
            }
        }
        if (Bench.quick()) {
            Bench.note("import: quick mode, 10 MB not measured (full mode: mvn -Pbenchmark test -Dtest=ImportBenchmark)");
        }
        Bench.context("import, end");
    }

    private byte[] page(int bytes) {
        return GeneratedArticle.page(bytes, SEED, "run-" + System.nanoTime() + "-" + variant++);
    }

    private long importOnce(byte[] bytes) {
        ImportCommand command = new ImportCommand(bytes, "generated.html", "text/html", null, "en", null,
                "bench-" + UUID.randomUUID(), "Generated article", 0, null);
        return importer.importArticle(command, null).articleId();
    }

    /**
     * The same import through {@code POST /api/articles}, sent by the JDK's HTTP client (one keep-alive
     * connection, the body built in memory): the figure is the service's cost, not a test library's.
     */
    private long httpOnce(TesseraClient client, byte[] bytes) {
        try {
            return TesseraClient.expect(client.importDocument(bytes, "generated.html", "text/html",
                    Map.of("sourceLang", "en", "externalId", "bench-" + UUID.randomUUID())), 201, "import").get("id").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int storedSegments(long articleId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT r.segment_count FROM article a JOIN revision r ON r.id = a.current_revision_id WHERE a.id = ?")) {
            s.setLong(1, articleId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(IntSupplier work) {
        long start = System.nanoTime();
        work.getAsInt();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void print(List<Row> rows, long heapAfterLargest, long heapLive) {
        StringBuilder out = new StringBuilder("\n[import-benchmark] medians; segments/s and MB/s; import / bare is the"
                + " median of the per-round ratios\n");
        out.append("| size | bytes | segments | Okapi bare seg/s | MB/s | Tessera extract seg/s | Tessera import seg/s | MB/s"
                + " | import / bare | HTTP import seg/s |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            double mb = r.length() / MB;
            out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,.0f | %.3f | %,.0f | %,.0f | %.3f | %.0f%% | %s |%n",
                    r.size().label(), r.length(), r.segments(), r.segments() / r.bare(), mb / r.bare(),
                    r.segments() / r.extract(), r.segments() / r.tessera(), mb / r.tessera(),
                    100 * Bench.median(r.ratios()),
                    Double.isNaN(r.http()) ? "—" : String.format(Locale.ROOT, "%,.0f", r.segments() / r.http())));
        }
        for (Row r : rows) {
            out.append(String.format(Locale.ROOT, "[import-benchmark] %s: bare %.2f s, extract %.2f s, import %.2f s%s%n",
                    r.size().label(), r.bare(), r.extract(), r.tessera(),
                    Double.isNaN(r.http()) ? "" : String.format(Locale.ROOT, ", HTTP %.2f s", r.http())));
        }
        Runtime runtime = Runtime.getRuntime();
        out.append(String.format(Locale.ROOT, "[import-benchmark] max heap %d MB; heap in use after the 10 MB imports %d MB"
                        + " (%d MB after a full GC)%n",
                runtime.maxMemory() / (1024 * 1024), heapAfterLargest / (1024 * 1024), heapLive / (1024 * 1024)));
        System.out.println(out);
    }
}
