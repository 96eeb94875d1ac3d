package dev.tessera.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/segments/{id}/translations/{lang}/checks}: the checks of a submit, on a given
 * target or the stored one, with nothing saved; only for those who work in the language.
 */
@QuarkusTest
class TranslationChecksTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void checksAGivenTargetAndTheStoredOneWithoutSaving() {
        long article = Work.article(1, "tr", 0);
        long segment = ((Number) Work.segments(article).get(0).get("id")).longValue();
        Account translator = Fixtures.user("translator", "tr");
        Work.claim(translator, "tr", 1, "&articleId=" + article);
        Work.save(translator, segment, "tr", "Makale cümlesi 1 yedi sözcük.", "TRANSLATED", 0).then().statusCode(200);
        Account reviewer = Fixtures.user("reviewer", "tr");
        String before = row(segment);

        var stored = reviewer.request().contentType(ContentType.JSON).body(Map.of())
                .post("/api/segments/" + segment + "/translations/tr/checks").then().statusCode(200).extract().jsonPath();
        assertThat(stored.getList("checks.checkId", String.class)).contains("numbers");
        assertThat(stored.getBoolean("passes")).isTrue();

        var given = reviewer.request().contentType(ContentType.JSON).body(Map.of("target", ""))
                .post("/api/segments/" + segment + "/translations/tr/checks").then().statusCode(200).extract().jsonPath();
        assertThat(given.getList("checks.severity", String.class)).contains("ERROR");
        assertThat(given.getBoolean("passes")).isFalse();
        assertThat(row(segment)).isEqualTo(before);
    }

    @Test
    void refusesOtherLanguagesUnknownSegmentsAndLongTargets() {
        long article = Work.article(1, "tr", 0);
        long segment = ((Number) Work.segments(article).get(0).get("id")).longValue();
        Account russian = Fixtures.user("reviewer", "ru");
        russian.request().contentType(ContentType.JSON).body(Map.of())
                .post("/api/segments/" + segment + "/translations/tr/checks").then().statusCode(403)
                .body("code", equalTo("NOT_IN_LANGUAGE"));
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of())
                .post("/api/segments/" + segment + "/translations/ru/checks").then().statusCode(404);
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of())
                .post("/api/segments/" + segment + "/translations/xx/checks").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_LANGUAGE"));
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("target", "a".repeat(100_001)))
                .post("/api/segments/" + segment + "/translations/tr/checks").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of())
                .post("/api/segments/999999999/translations/tr/checks").then().statusCode(404);
    }

    private String row(long segment) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT status, target, version, updated_at::text,"
                     + " (SELECT count(*) FROM translation_history h WHERE h.translation_id = t.id)"
                     + " FROM translation t WHERE segment_id = ? AND lang = 'tr'")) {
            s.setLong(1, segment);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getString(4) + "|" + rs.getLong(5);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
