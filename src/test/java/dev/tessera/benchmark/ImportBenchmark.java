package dev.tessera.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.article.ArticleImporter;
import dev.tessera.article.ImportCommand;
import dev.tessera.document.BareOkapiBaseline;
import dev.tessera.document.DocumentFormat;
import dev.tessera.document.DocumentReader;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Import throughput against Okapi's bare extract-and-segment of the same bytes, with the same
 * rules, in the same JVM and run (docs/BENCHMARKS.md, "Import throughput"). Not part of the
 * normal build: {@code mvn -Pbenchmark test -Dtest=ImportBenchmark} (512 MB heap).
 *
 * <p>Per size: Okapi bare ({@link BareOkapiBaseline}); Tessera's extraction alone
 * ({@link DocumentReader}, no database) to split the cost; Tessera's import
 * ({@link ArticleImporter#importArticle}, one transaction: revision, COPY of the segments,
 * translation and progress rows, commit); and for the two smaller sizes the same import through
 * {@code POST /api/articles}. The measurements alternate so that machine noise spreads over all
 * of them; each import gets different bytes (a comment) so that the no-op path is never taken.
 */
@QuarkusTest
@Tag("benchmark")
class ImportBenchmark {

    private static final long SEED = 20261127L;
    private static final double MB = 1024 * 1024;

    @Inject
    ArticleImporter importer;
    @Inject
    AgroalDataSource dataSource;

    private int variant;

    private record Size(String label, int bytes, int rounds, boolean http) {
    }

    private record Row(Size size, int length, int segments, double bare, double extract, double tessera, double http) {
    }

    @Test
    void importThroughput() {
        Account editor = Fixtures.user("editor");
        for (int i = 0; i < 3; i++) {
            byte[] warm = page(10 * 1024);
            BareOkapiBaseline.extractAndSegment(warm, DocumentFormat.HTML, "en");
            new DocumentReader().extract(warm, DocumentFormat.HTML, "en", s -> { });
            importOnce(warm);
            httpOnce(editor, page(10 * 1024));
        }

        List<Row> rows = new ArrayList<>();
        long heapAfterLargest = 0;
        long heapLive = 0;
        for (Size size : List.of(new Size("10 KB", 10 * 1024, 20, true), new Size("1 MB", 1024 * 1024, 3, true),
                new Size("10 MB", 10 * 1024 * 1024, 2, false))) {
            List<Double> bare = new ArrayList<>();
            List<Double> extract = new ArrayList<>();
            List<Double> tessera = new ArrayList<>();
            List<Double> http = new ArrayList<>();
            int segments = 0;
            int length = page(size.bytes()).length;
            for (int round = 0; round < size.rounds(); round++) {
                byte[] bytes = page(size.bytes());
                int[] counted = new int[1];
                bare.add(seconds(() -> counted[0] = BareOkapiBaseline.extractAndSegment(bytes, DocumentFormat.HTML, "en")));
                segments = counted[0];
                if (round == 0 || size.bytes() < 10 * 1024 * 1024) {
                    byte[] other = page(size.bytes());
                    extract.add(seconds(() -> {
                        new DocumentReader().extract(other, DocumentFormat.HTML, "en", s -> { });
                        return 0;
                    }));
                }
                byte[] imported = page(size.bytes());
                long[] article = new long[1];
                tessera.add(seconds(() -> {
                    article[0] = importOnce(imported);
                    return 0;
                }));
                assertThat(storedSegments(article[0])).isEqualTo(segments);
                if (size.http()) {
                    byte[] posted = page(size.bytes());
                    http.add(seconds(() -> httpOnce(editor, posted)));
                }
            }
            if (size.bytes() >= 10 * 1024 * 1024) {
                Runtime runtime = Runtime.getRuntime();
                heapAfterLargest = runtime.totalMemory() - runtime.freeMemory();
                System.gc();
                heapLive = runtime.totalMemory() - runtime.freeMemory();
            }
            rows.add(new Row(size, length, segments, median(bare), median(extract), median(tessera),
                    http.isEmpty() ? Double.NaN : median(http)));
        }
        print(rows, heapAfterLargest, heapLive);
    }

    private byte[] page(int bytes) {
        return GeneratedArticle.page(bytes, SEED, "run-" + System.nanoTime() + "-" + variant++);
    }

    private long importOnce(byte[] bytes) {
        ImportCommand command = new ImportCommand(bytes, "generated.html", "text/html", null, "en", null, null,
                "Generated article", 0, null);
        return importer.importArticle(command, null).articleId();
    }

    private int httpOnce(Account editor, byte[] bytes) {
        editor.request().multiPart("file", "generated.html", bytes, "text/html").multiPart("sourceLang", "en")
                .post("/api/articles").then().statusCode(201);
        return 0;
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

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static void print(List<Row> rows, long heapAfterLargest, long heapLive) {
        StringBuilder out = new StringBuilder("\n[import-benchmark] medians; segments/s and MB/s\n");
        out.append("| size | bytes | segments | Okapi bare seg/s | MB/s | Tessera extract seg/s | Tessera import seg/s | MB/s"
                + " | import / bare | HTTP import seg/s |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            double mb = r.length() / MB;
            out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,.0f | %.3f | %,.0f | %,.0f | %.3f | %.0f%% | %s |%n",
                    r.size().label(), r.length(), r.segments(), r.segments() / r.bare(), mb / r.bare(),
                    r.segments() / r.extract(), r.segments() / r.tessera(), mb / r.tessera(),
                    100 * r.bare() / r.tessera(),
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
