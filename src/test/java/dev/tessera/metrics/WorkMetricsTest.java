package dev.tessera.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A small workflow (import, claim, save, submit, approve, reject, a lapsed lease taken over) moves
 * the domain meters by exactly its own work, the gauges agree with the API's figures, and only an
 * admin reads them.
 */
@QuarkusTest
class WorkMetricsTest {

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})?\\s+(\\S+)");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aSmallWorkflowMovesTheDomainMetersByItsOwnWork() throws Exception {
        String before = scrape();
        long article = Work.article(3, "en", "tr", 0);
        String format = Fixtures.asAdmin().get("/api/articles/" + article).then().extract().jsonPath().getString("format");
        Account translator = Fixtures.user("translator", "tr");
        Account reviewer = Fixtures.user("reviewer", "tr");
        List<Long> segments = Work.claim(translator, "tr", 3, "&articleId=" + article)
                .getList("segments.segmentId", Long.class);
        assertThat(segments).hasSize(3);
        Work.save(translator, segments.get(0), "tr", "Birinci cümle.", "DRAFT", 0).then().statusCode(200);
        Work.save(translator, segments.get(0), "tr", "Birinci cümle.", "TRANSLATED", 1).then().statusCode(200);
        Work.save(translator, segments.get(1), "tr", "İkinci cümle.", "TRANSLATED", 0).then().statusCode(200);
        Work.approve(reviewer, segments.get(0), "tr", 2).then().statusCode(200);
        Work.reject(reviewer, segments.get(1), "tr", 1, "Terim yanlış").then().statusCode(200);
        // A refused change counts nowhere: the version is stale.
        Work.approve(reviewer, segments.get(0), "tr", 0).then().statusCode(409);
        // The third segment's lease runs out; another translator's claim takes it over.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE translation SET claim_expires_at = now() - interval '1 second'"
                    + " WHERE article_id = " + article + " AND claimed_by IS NOT NULL");
        }
        Work.claim(Fixtures.user("translator", "tr"), "tr", 3, "&articleId=" + article);
        String after = scrape();
        // The README's sample scrape comes from here.
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "metrics-sample.txt"), String.join("\n",
                after.lines().filter(l -> l.startsWith("tessera_")).toList()) + "\n");

        assertThat(delta(before, after, "tessera_imports_total", "format", format)).isEqualTo(1);
        assertThat(delta(before, after, "tessera_import_segments_total", "format", format)).isEqualTo(3);
        assertThat(delta(before, after, "tessera_import_duration_seconds_count", "format", format)).isEqualTo(1);
        assertThat(delta(before, after, "tessera_translation_changes_total", "lang", "tr", "action", "save_draft")).isEqualTo(1);
        assertThat(delta(before, after, "tessera_translation_changes_total", "lang", "tr", "action", "submit")).isEqualTo(2);
        assertThat(delta(before, after, "tessera_translation_changes_total", "lang", "tr", "action", "approve")).isEqualTo(1);
        assertThat(delta(before, after, "tessera_translation_changes_total", "lang", "tr", "action", "reject")).isEqualTo(1);
        assertThat(delta(before, after, "tessera_claims_total", "lang", "tr", "role", "translate")).isEqualTo(2);
        // The first claim leased 3; the second took the rejected segment and the lapsed one.
        assertThat(delta(before, after, "tessera_claimed_segments_total", "lang", "tr", "role", "translate")).isEqualTo(5);
        assertThat(delta(before, after, "tessera_lease_expiries_total", "lang", "tr")).isEqualTo(1);

        JsonPath queue = translator.request().get("/api/queue/tr").then().statusCode(200).extract().jsonPath();
        int waiting = queue.getInt("rejected") + queue.getInt("stale") + queue.getInt("draft") + queue.getInt("newSegments");
        assertThat(value(after, "tessera_queue_waiting", "lang", "tr", "queue", "translate")).isEqualTo(waiting);
        assertThat(value(after, "tessera_queue_waiting", "lang", "tr", "queue", "review"))
                .isEqualTo(queue.getInt("awaitingReview"));
        assertThat(value(after, "tessera_queue_oldest_waiting_seconds", "lang", "tr")).isPositive();
        assertThat(value(after, "tessera_outbox_pending")).isGreaterThanOrEqualTo(0);
        assertThat(value(after, "tessera_outbox_lag_seconds")).isGreaterThanOrEqualTo(0);
        assertThat(value(after, "tessera_webhook_deliveries", "status", "SUCCEEDED")).isGreaterThanOrEqualTo(0);
        assertThat(after).contains("agroal_"); // datasource metrics
    }

    @Test
    void anArchivedArticleLeavesTheQueueGauges() {
        long article = Work.article(4, "en", "ru", 0);
        double waiting = value(scrape(), "tessera_queue_waiting", "lang", "ru", "queue", "translate");
        Fixtures.asAdmin().delete("/api/articles/" + article).then().statusCode(200);
        assertThat(value(scrape(), "tessera_queue_waiting", "lang", "ru", "queue", "translate"))
                .isCloseTo(waiting - 4, within(0.001));
    }

    @Test
    void onlyAnAdminScrapes() {
        Fixtures.user("translator", "tr").request().get("/q/metrics").then().statusCode(403);
        Fixtures.user("editor").request().get("/q/metrics").then().statusCode(403);
    }

    private static String scrape() {
        return Fixtures.asAdmin().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double delta(String before, String after, String name, String... labels) {
        return value(after, name, labels) - value(before, name, labels);
    }

    /** The sum of the samples of {@code name} whose labels include the given pairs (0 when none). */
    static double value(String scrape, String name, String... labels) {
        double sum = 0;
        for (String line : scrape.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (line.startsWith("#") || !m.find() || !m.group(1).equals(name)) {
                continue;
            }
            Map<String, String> found = new HashMap<>();
            Matcher l = LABEL.matcher(m.group(3) == null ? "" : m.group(3));
            while (l.find()) {
                found.put(l.group(1), l.group(2));
            }
            boolean matches = true;
            for (int i = 0; i < labels.length; i += 2) {
                matches &= labels[i + 1].equals(found.get(labels[i]));
            }
            if (matches) {
                sum += Double.parseDouble(m.group(4));
            }
        }
        return sum;
    }
}
