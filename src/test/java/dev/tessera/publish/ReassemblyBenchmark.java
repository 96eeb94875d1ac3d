package dev.tessera.publish;

import dev.tessera.benchmark.GeneratedArticle;
import dev.tessera.document.BareOkapiBaseline;
import dev.tessera.document.DocumentFormat;
import dev.tessera.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reassembly throughput: Tessera's document assembly (read the revision and every approved
 * target from the database, parse the targets, merge through Okapi) next to Okapi's bare merge
 * of the same bytes (filter, segmenter, target copied from source, writer), in the same run.
 * Run with {@code mvn -Pbenchmark test -Dtest=ReassemblyBenchmark}.
 */
@QuarkusTest
@Tag("benchmark")
class ReassemblyBenchmark {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DocumentAssembly assembly;

    @Test
    void reassemblyNextToBareMerge() {
        StringBuilder report = new StringBuilder("\n[reassembly-benchmark] medians; same run\n"
                + "| page | bytes | segments | Okapi bare merge | Tessera reassembly (DB + merge) | reassembly / bare |\n"
                + "|---|---|---|---|---|---|\n");
        for (int[] size : new int[][] {{60_000, 21}, {1_000_000, 5}}) {
            byte[] page = GeneratedArticle.page(size[0], 42, "reassembly-" + size[0]);
            long id = Fixtures.asAdmin().multiPart("file", "page.html", page).multiPart("sourceLang", "en")
                    .multiPart("targetLangs", "ru").post("/api/articles").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            int segments = approveAll(id);
            for (int warm = 0; warm < 5; warm++) {
                BareOkapiBaseline.merge(page, DocumentFormat.HTML, "en", "ru");
                assembly.merge(assembly.load(id, "ru"));
            }
            List<Long> bare = new ArrayList<>();
            List<Long> tessera = new ArrayList<>();
            List<Long> loading = new ArrayList<>();
            for (int round = 0; round < size[1]; round++) {
                long start = System.nanoTime();
                BareOkapiBaseline.merge(page, DocumentFormat.HTML, "en", "ru");
                bare.add(System.nanoTime() - start);
                start = System.nanoTime();
                DocumentAssembly.Inputs inputs = assembly.load(id, "ru");
                loading.add(System.nanoTime() - start);
                assembly.merge(inputs);
                tessera.add(System.nanoTime() - start);
            }
            double bareSeconds = median(bare) / 1e9;
            double tesseraSeconds = median(tessera) / 1e9;
            report.append(String.format(Locale.ROOT, "[reassembly-benchmark] %d segments: loading from the database %.3f s of %.3f s%n",
                    segments, median(loading) / 1e9, tesseraSeconds));
            report.append(String.format(Locale.ROOT, "| ~%d KB | %,d | %,d | %.3f s (%,.0f seg/s) | %.3f s (%,.0f seg/s) | %.0f%% |%n",
                    size[0] / 1000, page.length, segments, bareSeconds, segments / bareSeconds, tesseraSeconds,
                    segments / tesseraSeconds, 100 * bareSeconds / tesseraSeconds));
        }
        System.out.println(report);
    }

    /** Every Russian target approved as "Перевод: " + the source's notation, written with JDBC batches. */
    private int approveAll(long articleId) {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement read = c.prepareStatement("SELECT t.id, s.source_coded, s.source_codes FROM translation t"
                     + " JOIN segment s ON s.id = t.segment_id WHERE t.article_id = ? AND t.lang = 'ru'");
             java.sql.PreparedStatement write = c.prepareStatement(
                     "UPDATE translation SET status = 'APPROVED', target = ?, updated_at = now() WHERE id = ?")) {
            read.setLong(1, articleId);
            int count = 0;
            try (java.sql.ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    String notation = dev.tessera.document.InlineNotation.render(
                            new dev.tessera.document.SegmentContent(rows.getString(2), rows.getString(3)));
                    write.setString(1, "Перевод: " + notation);
                    write.setLong(2, rows.getLong(1));
                    write.addBatch();
                    count++;
                }
            }
            write.executeBatch();
            c.createStatement().executeUpdate("UPDATE progress SET segments_approved = segments_total,"
                    + " words_approved = words_total, segments_new = 0, words_new = 0 WHERE article_id = " + articleId);
            return count;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
