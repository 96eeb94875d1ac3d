package dev.tessera.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.article.ArticleImporter;
import dev.tessera.article.ImportCommand;
import dev.tessera.document.BareOkapiBaseline;
import dev.tessera.document.DocumentFormat;
import dev.tessera.publish.DocumentAssembly;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare Tessera with bare baselines; a ratio means something only while both
 * sides do the same work. This plain test (part of {@code mvn verify}, small inputs) fails when
 * they drift apart: the bare Okapi loop and Tessera's import find the same segments, the bare
 * merge and Tessera's reassembly write the same bytes, and the bare SQL claim takes and gives
 * back the very rows Tessera's claim and release do.
 */
@QuarkusTest
class BaselineParityTest {

    @Inject
    ArticleImporter importer;
    @Inject
    DocumentAssembly assembly;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void importStoresTheSegmentsOfTheBareLoop() {
        byte[] page = GeneratedArticle.page(20 * 1024, 7, "parity-import-" + UUID.randomUUID());
        int bare = BareOkapiBaseline.extractAndSegment(page, DocumentFormat.HTML, "en");
        long article = importPage(page, List.of("tr"), 0);

        assertThat(bare).isGreaterThan(100);
        assertThat(number("SELECT r.segment_count FROM article a JOIN revision r ON r.id = a.current_revision_id"
                + " WHERE a.id = ?", article)).isEqualTo(bare);
        assertThat(number("SELECT count(*) FROM segment s JOIN article a ON a.current_revision_id = s.revision_id"
                + " WHERE a.id = ?", article)).isEqualTo(bare);
    }

    @Test
    void reassemblyWritesTheBytesOfTheBareMerge() {
        byte[] page = GeneratedArticle.page(20 * 1024, 11, "parity-merge-" + UUID.randomUUID());
        long article = importPage(page, List.of("ru"), 0);
        int approved = SourceAsTarget.approveAll(dataSource, article, "ru");

        DocumentAssembly.Inputs inputs = assembly.load(article, "ru");
        byte[] tessera = assembly.merge(inputs).bytes();
        byte[] bare = BareOkapiBaseline.merge(page, DocumentFormat.HTML, "en", "ru");

        assertThat(inputs.approvedSegments()).isEqualTo(approved).isEqualTo(inputs.segments()).isGreaterThan(100);
        assertThat(new String(tessera, StandardCharsets.UTF_8)).isEqualTo(new String(bare, StandardCharsets.UTF_8));
        assertThat(tessera).isEqualTo(bare);
    }

    @Test
    void bareClaimTakesAndGivesBackTheRowsOfTesserasClaim() throws SQLException {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append("Parity sentence number ").append(i).append(" has a few words. ");
        }
        // Priority far above any other test's article: the claims reach this article unless another
        // test left rejected or stale rows, which come first in queue order for both claims alike.
        importer.importArticle(new ImportCommand(text.toString().getBytes(StandardCharsets.UTF_8),
                "parity.txt", "text/plain", null, "en", List.of("ru"), "parity-" + UUID.randomUUID(), null, 1_000_000,
                null), null);
        Account translator = Fixtures.user("translator", "ru");
        Account bareUser = Fixtures.user("translator", "ru");
        BareClaims bare = new BareClaims(dataSource::getConnection, "ru");

        List<Long> bareClaimed;
        int bareReleased;
        try (Connection c = dataSource.getConnection()) {
            bareClaimed = bare.claimOnce(c, bareUser.id(), 10);
            bareReleased = bare.releaseOnce(c, bareUser.id());
        }
        List<Long> tesseraClaimed = new ArrayList<>(translator.request().post("/api/queue/ru/claim?limit=10").then()
                .statusCode(200).extract().jsonPath().getList("segments.segmentId", Long.class));
        tesseraClaimed.sort(null);
        int tesseraReleased = translator.request().post("/api/queue/release?lang=ru").then().statusCode(200)
                .extract().jsonPath().getInt("segments");

        // Other tests may leave rejected or stale rows that come first in queue order (a run of
        // fewer than 10): both claims must then take exactly those.
        assertThat(bareClaimed).isNotEmpty().isEqualTo(tesseraClaimed);
        assertThat(bareReleased).isEqualTo(tesseraReleased).isEqualTo(bareClaimed.size());
        assertThat(number("SELECT count(*) FROM translation WHERE claimed_by IN (?, " + bareUser.id() + ")",
                translator.id())).as("nothing left claimed by either").isZero();
    }

    private long importPage(byte[] page, List<String> targets, int priority) {
        return importer.importArticle(new ImportCommand(page, "page.html", "text/html", null, "en", targets,
                "parity-" + UUID.randomUUID(), null, priority, null), null).articleId();
    }

    private long number(String sql, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
