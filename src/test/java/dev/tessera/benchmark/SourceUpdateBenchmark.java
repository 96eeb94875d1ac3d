package dev.tessera.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.article.ArticleImporter;
import dev.tessera.article.ImportCommand;
import dev.tessera.article.SourceUpdate;
import dev.tessera.article.SourceUpdateViews.LanguageSummary;
import dev.tessera.article.SourceUpdateViews.SourceUpdateView;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A source update of a 2,000-segment article with 5% of its sentences changed, next to a plain
 * import of the same new bytes in the same run (docs/BENCHMARKS.md, "Source update"). Not part
 * of the normal build: {@code mvn -Pbenchmark test -Dtest=SourceUpdateBenchmark}
 * ({@code -Dbench.quick=true}: one measured round instead of three).
 *
 * <p>The article has 2,000 distinct sentences (random words of a fixed vocabulary, five to a
 * paragraph), every one translated into Turkish and Russian. The new version edits one word in
 * 60 sentences (must become STALE with the old target) and rewrites 40 with words of another
 * vocabulary (must become NEW, their old sentences REMOVED); the counts are asserted exactly.
 */
@QuarkusTest
@Tag("benchmark")
class SourceUpdateBenchmark {

    private static final int SENTENCES = 2000;
    private static final int EDITED = 60;
    private static final int REWRITTEN = 40;
    private static final double GOAL_RATIO = 2.0;
    private static final String[] WORDS = ("grid queue operator capacity transformer cable permit developer project"
            + " regulator deposit market price winter summer storage battery solar wind turbine network region"
            + " border tariff demand supply forecast report analyst minister budget investment delay connection"
            + " reform auction contract finance bank risk study plan line substation voltage engineer shortage").split(" ");
    private static final String[] OTHER = ("zebra quartz violin marmalade orchid glacier lantern pepper saffron"
            + " tortoise canyon meadow harbour velvet lemon cobalt").split(" ");

    @Inject
    ArticleImporter importer;
    @Inject
    SourceUpdate sourceUpdate;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void sourceUpdateOfATranslatedArticle() {
        List<Double> updates = new ArrayList<>();
        List<Double> imports = new ArrayList<>();
        int rounds = Bench.quick() ? 2 : 4;
        for (int round = 0; round < rounds; round++) {
            long article = importer.importArticle(command(page(false, "a" + round + System.nanoTime()), "bench-" + System.nanoTime()),
                    null).articleId();
            translateAll(article);
            byte[] changed = page(true, "b" + round + System.nanoTime());
            long start = System.nanoTime();
            SourceUpdateView view = sourceUpdate.update(article, command(changed, null), null);
            double update = (System.nanoTime() - start) / 1e9;
            byte[] same = page(true, "c" + round + System.nanoTime());
            start = System.nanoTime();
            importer.importArticle(command(same, null), null);
            double plain = (System.nanoTime() - start) / 1e9;
            for (LanguageSummary s : view.languages()) {
                assertThat(List.of(s.kept(), s.moved(), s.stale(), s.added(), s.removed()))
                        .isEqualTo(List.of(SENTENCES - EDITED - REWRITTEN, 0, EDITED, REWRITTEN, REWRITTEN));
            }
            if (round > 0) { // the first round warms up
                updates.add(update);
                imports.add(plain);
            }
        }
        double update = median(updates);
        double plain = median(imports);
        double ratio = update / plain;
        System.out.printf(Locale.ROOT, "%n[source-update-benchmark] %d segments, %d edited, %d rewritten, 2 languages;"
                        + " medians of %d rounds%n| what | seconds |%n|---|---|%n| plain import of the new bytes (baseline) | %.3f |%n"
                        + "| source update | %.3f |%n[source-update-benchmark] update / import = %.2f (goal ≤ %.1f): %s;"
                        + " kept %d, stale %d, new %d, removed %d per language as constructed: MET%n",
                SENTENCES, EDITED, REWRITTEN, updates.size(), plain, update, ratio, GOAL_RATIO,
                ratio <= GOAL_RATIO ? "MET" : "MISSED", SENTENCES - EDITED - REWRITTEN, EDITED, REWRITTEN, REWRITTEN);
        Bench.atMost("source-update.ratio-to-import", ratio, "x", GOAL_RATIO);
    }

    private static ImportCommand command(byte[] bytes, String externalId) {
        return new ImportCommand(bytes, "bench.html", "text/html", null, "en", List.of("tr", "ru"), externalId,
                "Source update benchmark", 0, null);
    }

    /** The article; {@code changed}: every 20th sentence changed, alternately edited (one word) and rewritten. */
    private static byte[] page(boolean changed, String variant) {
        Random random = new Random(20261201L);
        StringBuilder html = new StringBuilder("<html><body><!-- ").append(variant).append(" -->\n");
        int edited = 0;
        int rewritten = 0;
        for (int i = 0; i < SENTENCES; i++) {
            html.append(i % 5 == 0 ? "<p>" : " ");
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 12; w++) {
                words.add(WORDS[random.nextInt(WORDS.length)]);
            }
            words.set(0, "Item" + i);
            if (changed && i % 20 == 10 && edited < EDITED && (rewritten >= REWRITTEN || i % 40 == 10)) {
                words.set(6, "changed"); // one word of thirteen: similarity 92
                edited++;
            } else if (changed && i % 20 == 10 && rewritten < REWRITTEN) {
                Random other = new Random(i); // leaves the main sequence as it is in the original
                for (int w = 0; w < words.size(); w++) {
                    words.set(w, OTHER[other.nextInt(OTHER.length)]);
                }
                rewritten++;
            }
            html.append(String.join(" ", words)).append('.');
            html.append(i % 5 == 4 ? "</p>\n" : "");
        }
        return html.append("</body></html>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every translation gets a target and TRANSLATED (written with SQL; the update counts progress again). */
    private void translateAll(long article) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE translation SET target = 'Çeviri ' || id, status = 'TRANSLATED' WHERE article_id = ?")) {
            s.setLong(1, article);
            assertThat(s.executeUpdate()).isEqualTo(2 * SENTENCES);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
