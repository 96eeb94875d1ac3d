package dev.tessera.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.benchmark.Bench;
import dev.tessera.benchmark.GeneratedArticle;
import dev.tessera.benchmark.SourceAsTarget;
import dev.tessera.benchmark.SuggestionsDone;
import dev.tessera.document.BareOkapiBaseline;
import dev.tessera.document.DocumentFormat;
import dev.tessera.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reassembly throughput: Tessera's document assembly (read the revision and every approved
 * target from the database, parse the targets, merge through Okapi) next to Okapi's bare merge
 * of the same bytes (filter, segmenter, target copied from source, writer), in the same run.
 * Every target is approved as a copy of its source, so both produce the same document: the
 * benchmark asserts that they do, byte for byte, in every round. The two alternate (which goes
 * first changes every round) after the same warm-up; the figure is the median of the per-round
 * ratios. Run with {@code mvn -Pbenchmark test -Dtest=ReassemblyBenchmark}
 * ({@code -Dbench.quick=true}: fewer rounds).
 */
@QuarkusTest
@Tag("benchmark")
class ReassemblyBenchmark {

    private static final double GOAL = 0.8;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DocumentAssembly assembly;

    @Test
    void reassemblyNextToBareMerge() {
        Bench.context("reassembly");
        StringBuilder report = new StringBuilder("\n[reassembly-benchmark] medians; same run; ratio = median of rounds\n"
                + "| page | bytes | segments | Okapi bare merge | Tessera reassembly (DB + merge) | reassembly / bare |\n"
                + "|---|---|---|---|---|---|\n");
        int[][] sizes = Bench.quick() ? new int[][] {{60_000, 9}, {1_000_000, 3}} : new int[][] {{60_000, 31}, {1_000_000, 7}};
        for (int[] size : sizes) {
            byte[] page = GeneratedArticle.page(size[0], 42, "reassembly-" + size[0] + "-" + System.nanoTime());
            long id = Fixtures.asAdmin().multiPart("file", "page.html", page).multiPart("sourceLang", "en")
                    .multiPart("targetLangs", "ru").post("/api/articles").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
            // Approved at once, the translations leave the import's background work (stored suggestions for
            // waiting translations) with nothing to do; it ends before anything is timed.
            int segments = SourceAsTarget.approveAll(dataSource, id, "ru");
            SuggestionsDone.await(dataSource, id);
            // A 60 KB merge lasts 50-90 ms: warm long enough that no path is timed while still interpreted.
            int warmUps = size[0] < 100_000 ? (Bench.quick() ? 12 : 20) : (Bench.quick() ? 2 : 5);
            for (int warm = 0; warm < warmUps; warm++) {
                BareOkapiBaseline.merge(page, DocumentFormat.HTML, "en", "ru");
                assembly.merge(assembly.load(id, "ru"));
            }
            List<Double> bare = new ArrayList<>();
            List<Double> tessera = new ArrayList<>();
            List<Double> loading = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int round = 0; round < size[1]; round++) {
                byte[][] merged = new byte[2][];
                Runnable bareMerge = () -> {
                    long start = System.nanoTime();
                    merged[0] = BareOkapiBaseline.merge(page, DocumentFormat.HTML, "en", "ru");
                    bare.add((System.nanoTime() - start) / 1e9);
                };
                Runnable tesseraMerge = () -> {
                    long start = System.nanoTime();
                    DocumentAssembly.Inputs inputs = assembly.load(id, "ru");
                    loading.add((System.nanoTime() - start) / 1e9);
                    assertThat(inputs.approvedSegments()).as("every segment approved").isEqualTo(segments);
                    merged[1] = assembly.merge(inputs).bytes();
                    tessera.add((System.nanoTime() - start) / 1e9);
                };
                if (round % 2 == 0) {
                    bareMerge.run();
                    tesseraMerge.run();
                } else {
                    tesseraMerge.run();
                    bareMerge.run();
                }
                assertThat(merged[1]).as("Tessera's reassembly equals the bare merge, byte for byte").isEqualTo(merged[0]);
                ratios.add(bare.get(round) / tessera.get(round));
            }
            double bareSeconds = Bench.median(bare);
            double tesseraSeconds = Bench.median(tessera);
            report.append(String.format(Locale.ROOT, "[reassembly-benchmark] %d segments: loading from the database %.3f s of %.3f s%n",
                    segments, Bench.median(loading), tesseraSeconds));
            report.append(String.format(Locale.ROOT, "| ~%d KB | %,d | %,d | %.3f s (%,.0f seg/s) | %.3f s (%,.0f seg/s) | %.0f%% |%n",
                    size[0] / 1000, page.length, segments, bareSeconds, segments / bareSeconds, tesseraSeconds,
                    segments / tesseraSeconds, 100 * Bench.median(ratios)));
            System.out.println(report);
            String name = size[0] < 100_000 ? "60kb" : "1mb";
            Bench.note("reassembly " + name + " / bare merge, per round: " + Bench.spread(ratios));
            Bench.atLeast("reassembly." + name + ".vs_bare_merge", Bench.median(ratios), "x", GOAL);
        }
        Bench.context("reassembly, end");
    }
}
