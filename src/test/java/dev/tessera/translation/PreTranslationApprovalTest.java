package dev.tessera.translation;

import static dev.tessera.translation.PreTranslationTest.count;
import static dev.tessera.translation.PreTranslationTest.importText;
import static dev.tessera.translation.PreTranslationTest.text;
import static dev.tessera.translation.PreTranslationTest.translateAll;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pre-translation with {@code tessera.memory.auto-approve-context-matches=true}: 101% matches
 * (same sentence, same neighbours) are approved, and an article approved whole that way
 * records {@code article.language.completed} in the import's transaction; a 100% match in
 * other surroundings stays {@code TRANSLATED}.
 */
@QuarkusTest
@TestProfile(PreTranslationApprovalTest.AutoApprove.class)
class PreTranslationApprovalTest {

    /** The test profile with auto-approval of context matches on. */
    public static class AutoApprove implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tessera.memory.auto-approve-context-matches", "true");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void contextMatchesAreApprovedAndCompleteTheLanguage() {
        String word = "w" + UUID.randomUUID().toString().substring(0, 8);
        translateAll(importText(text(word), "tr"), "tr");

        long same = importText(text(word), "tr");
        JsonPath progress = Fixtures.asAdmin().get("/api/articles/" + same + "/progress").then().statusCode(200)
                .extract().jsonPath();
        assertThat(progress.getInt("[0].segmentsByStatus.APPROVED")).isEqualTo(3);
        assertThat(progress.getBoolean("[0].complete")).isTrue();
        assertThat(count(dataSource, "SELECT count(*) FROM outbox_event WHERE article_id = " + same
                + " AND lang = 'tr' AND type = 'article.language.completed'")).isEqualTo(1);

        // The same sentences in another order: neighbours differ, so 100% matches, left for review.
        String[] sentences = text(word).split("(?<=\\.) ");
        long reordered = importText(sentences[2] + " " + sentences[0] + " " + sentences[1], "tr");
        JsonPath other = Fixtures.asAdmin().get("/api/articles/" + reordered + "/progress").then().statusCode(200)
                .extract().jsonPath();
        assertThat(other.getInt("[0].segmentsByStatus.TRANSLATED")).isEqualTo(3);
        assertThat(other.getInt("[0].segmentsByStatus.APPROVED")).isZero();
        assertThat(count(dataSource, "SELECT count(*) FROM outbox_event WHERE article_id = " + reordered)).isZero();
    }
}
