package dev.tessera.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statuses survive the trip both ways in both versions, and a file is applied with its
 * uploader's rights: a translator's sign-off approves nothing, a reviewer's approves subject
 * to four-eyes.
 */
@QuarkusTest
class XliffReviewTest {

    static String status(long article, int index, String lang) {
        return (String) translation(article, index, lang).get("status");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> translation(long article, int index, String lang) {
        Map<String, Object> segment = Work.segments(article).get(index);
        return ((Map<String, Map<String, Object>>) segment.get("translations")).get(lang);
    }

    static long segment(long article, int index) {
        return ((Number) Work.segments(article).get(index).get("id")).longValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void everyStatusSurvivesTheTripBothWays(String version) {
        long article = Work.article(6, "tr", 0);
        Account translator = Fixtures.user("translator", "tr");
        Account reviewer = Fixtures.user("reviewer", "tr");
        Work.save(translator, segment(article, 1), "tr", "Taslak.", "DRAFT", 0).then().statusCode(200);
        Work.save(translator, segment(article, 2), "tr", "Gönderildi.", "TRANSLATED", 0).then().statusCode(200);
        Work.save(translator, segment(article, 3), "tr", "Onaylandı.", "TRANSLATED", 0).then().statusCode(200);
        Work.approve(reviewer, segment(article, 3), "tr", 1).then().statusCode(200);
        Work.save(translator, segment(article, 4), "tr", "Reddedildi.", "TRANSLATED", 0).then().statusCode(200);
        Work.reject(reviewer, segment(article, 4), "tr", 1, "Yeniden deneyin").then().statusCode(200);
        XliffFiles file = XliffFiles.of(XliffFiles.export(translator, article, "tr", version));
        List<String> expected = List.of("NEW", "DRAFT", "TRANSLATED", "APPROVED", "REJECTED", "NEW");
        for (int i = 0; i < expected.size(); i++) {
            assertThat(file.statusOf(i)).endsWith(expected.get(i));
        }
        assertThat(List.of(file.stateOf(0), file.stateOf(2), file.stateOf(3))).isEqualTo(version.equals("1.2")
                ? List.of("new", "translated", "signed-off") : List.of("initial", "translated", "final"));
        assertThat(file.text()).contains("Yeniden deneyin");

        XliffFiles.upload(translator, article, file.bytes()).then().statusCode(200)
                .body("applied", equalTo(0)).body("unchanged", equalTo(6)).body("refused", equalTo(0));
        for (int i = 0; i < expected.size(); i++) {
            assertThat(status(article, i, "tr")).isEqualTo(expected.get(i));
        }
        byte[] moved = file.state(1, "translated").translate(4, "Düzeltildi.", version.equals("1.2")
                ? "needs-translation" : "initial").bytes();
        XliffFiles.upload(translator, article, moved).then().statusCode(200).body("applied", equalTo(2));
        assertThat(status(article, 1, "tr")).isEqualTo("TRANSLATED");
        assertThat(status(article, 4, "tr")).isEqualTo("DRAFT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void aTranslatorsSignOffApprovesNothingAReviewersApprovesUnderFourEyes(String version) {
        String signedOff = version.equals("1.2") ? "signed-off" : "final";
        long article = Work.article(3, "ru", 0);
        Account translator = Fixtures.user("translator", "ru");
        Account reviewer = Fixtures.user("reviewer", "ru");
        byte[] byTranslator = XliffFiles.of(XliffFiles.export(translator, article, "ru", version))
                .translate(0, "Первое.", signedOff).translate(1, "Второе.", "translated").bytes();
        XliffFiles.upload(translator, article, byTranslator).then().statusCode(200).body("applied", equalTo(2))
                .body("units[0].status", equalTo("TRANSLATED"))
                .body("units[0].message", equalTo("signed-off read as translated: only reviewers approve"));
        assertThat(status(article, 0, "ru")).isEqualTo("TRANSLATED");

        byte[] byReviewer = XliffFiles.of(XliffFiles.export(reviewer, article, "ru", version))
                .state(0, signedOff).translate(2, "Третье, от рецензента.", signedOff).bytes();
        XliffFiles.upload(reviewer, article, byReviewer).then().statusCode(200).body("applied", equalTo(2))
                .body("units[0].status", equalTo("APPROVED"))
                .body("units[1].status", equalTo("TRANSLATED"))
                .body("units[1].message", org.hamcrest.Matchers.startsWith("not approved: you cannot approve your own"));
        assertThat(status(article, 0, "ru")).isEqualTo("APPROVED");
        assertThat(status(article, 2, "ru")).isEqualTo("TRANSLATED");
        Fixtures.asAdmin().get("/api/articles/" + article + "/progress").then()
                .body("[0].segmentsByStatus.APPROVED", equalTo(1)).body("[0].segmentsByStatus.TRANSLATED", equalTo(2));
    }

    /**
     * The outbox rows an approval writes for an article (its language events; the publisher's
     * own {@code article.completed} comes later, from another transaction): type, language and
     * the event's data without ids, in order.
     */
    private static List<String> outbox(javax.sql.DataSource dataSource, long article) {
        List<String> rows = new java.util.ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement s = c.prepareStatement(
                "SELECT type || ' ' || coalesce(lang, '-') || ' ' || (data - 'articleId' - 'revisionId' - 'externalId'"
                        + " - 'revision' - 'occurredAt' - 'title')::text FROM outbox_event WHERE article_id = ?"
                        + " AND type LIKE 'article.language.%' ORDER BY id")) {
            s.setLong(1, article);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void aPairApprovedTwiceInOneFileIsOneMemoryEntryNamingTheLastSegment() throws SQLException {
        // letters only: a number in the source would have to come back in the target
        String unique = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        String sentence = "This repeated sentence " + unique + " appears twice.";
        long article = Fixtures.asAdmin().multiPart("file", "twice.txt",
                        (sentence + "\n\n" + sentence).getBytes(StandardCharsets.UTF_8))
                .multiPart("sourceLang", "en").multiPart("targetLangs", "ru")
                .post("/api/articles").then().statusCode(201).extract().jsonPath().getLong("id");
        Account translator = Fixtures.user("translator", "ru");
        Account reviewer = Fixtures.user("reviewer", "ru");
        String target = "Это повторённое предложение.";
        XliffFiles.upload(translator, article, XliffFiles.of(XliffFiles.export(translator, article, "ru", "1.2"))
                .translate(0, target, "translated").translate(1, target, "translated").bytes())
                .then().statusCode(200).body("applied", equalTo(2));
        XliffFiles.upload(reviewer, article, XliffFiles.of(XliffFiles.export(reviewer, article, "ru", "1.2"))
                .state(0, "signed-off").state(1, "signed-off").bytes())
                .then().log().ifValidationFails().statusCode(200).body("applied", equalTo(2))
                .body("units.status", equalTo(List.of("APPROVED", "APPROVED")));
        // Approving a pair again refreshes its entry; two approvals in one file do the same, in file order.
        List<Long> entries = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT segment_id FROM memory_entry WHERE target_lang = 'ru' AND article_id = ?")) {
            s.setLong(1, article);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(rs.getLong(1));
                }
            }
        }
        assertThat(entries).containsExactly(segment(article, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2", "2.0"})
    void approvalsFromAFileWriteTheOutboxRowsTheApiApprovalsWrite(String version) {
        String signedOff = version.equals("1.2") ? "signed-off" : "final";
        Account translator = Fixtures.user("translator", "ru");
        Account reviewer = Fixtures.user("reviewer", "ru");
        long byApi = Work.article(3, "ru", 0);
        long byFile = Work.article(3, "ru", 0);
        for (long article : List.of(byApi, byFile)) {
            for (int i = 0; i < 3; i++) {
                Work.save(translator, segment(article, i), "ru", "Перевод " + i + ".", "TRANSLATED", 0).then()
                        .statusCode(200);
            }
        }
        // Two of three approved: no event either way.
        Work.approve(reviewer, segment(byApi, 0), "ru", 1).then().statusCode(200);
        Work.approve(reviewer, segment(byApi, 1), "ru", 1).then().statusCode(200);
        XliffFiles.upload(reviewer, byFile, XliffFiles.of(XliffFiles.export(reviewer, byFile, "ru", version))
                .state(0, signedOff).state(1, signedOff).bytes()).then().statusCode(200).body("applied", equalTo(2));
        assertThat(outbox(dataSource, byApi)).isEmpty();
        assertThat(outbox(dataSource, byFile)).isEmpty();

        // The last one completes the language: one event each, the same but for the ids.
        Work.approve(reviewer, segment(byApi, 2), "ru", 1).then().statusCode(200);
        XliffFiles.upload(reviewer, byFile, XliffFiles.of(XliffFiles.export(reviewer, byFile, "ru", version))
                .state(2, signedOff).bytes()).then().statusCode(200).body("applied", equalTo(1));
        List<String> api = outbox(dataSource, byApi);
        assertThat(api).hasSize(1);
        assertThat(api.get(0)).startsWith("article.language.completed ru ");
        assertThat(outbox(dataSource, byFile)).isEqualTo(api);
        assertThat(status(byFile, 2, "ru")).isEqualTo("APPROVED");
    }
}
