package dev.tessera.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Translators and reviewers read translations only in their own languages: every read that
 * shows another language's targets, history or comments answers 403 NOT_IN_LANGUAGE, and the
 * segment listing shows only their languages' targets. Editors and admins read everything.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageReadAccessTest {

    private long article;
    private long segment;

    private void setUp() {
        if (article == 0) {
            article = Work.article(2, "tr,ru", 0);
            segment = ((Number) Work.segments(article).get(0).get("id")).longValue();
            Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("body", "Russian reviewers only"))
                    .post("/api/segments/" + segment + "/translations/ru/comments").then().statusCode(201);
        }
    }

    @Test
    void aTranslationWithHistoryAndCommentsIsReadOnlyInOnesLanguages() {
        setUp();
        Account turkish = Fixtures.user("translator", "tr");
        Account russianReviewer = Fixtures.user("reviewer", "ru");
        notInLanguage(turkish.request().get("/api/segments/" + segment + "/translations/ru"), "ru");
        notInLanguage(russianReviewer.request().get("/api/segments/" + segment + "/translations/tr"), "tr");
        turkish.request().get("/api/segments/" + segment + "/translations/tr").then().statusCode(200);
        russianReviewer.request().get("/api/segments/" + segment + "/translations/ru").then().statusCode(200)
                .body("comments[0].body", equalTo("Russian reviewers only"));
        Fixtures.user("editor").request().get("/api/segments/" + segment + "/translations/ru").then().statusCode(200);
    }

    @Test
    void theSegmentListingShowsOnlyOnesLanguages() {
        setUp();
        Account turkish = Fixtures.user("translator", "tr");
        notInLanguage(turkish.request().get("/api/articles/" + article + "/segments?lang=ru"), "ru");
        assertThat(translationLanguages(turkish, "")).containsExactly("tr");
        assertThat(translationLanguages(turkish, "?lang=tr")).containsExactly("tr");
        assertThat(translationLanguages(turkish, "?status=NEW")).containsExactly("tr");
        assertThat(translationLanguages(Fixtures.user("editor"), "")).containsExactlyInAnyOrder("tr", "ru");
        Account nowhere = Fixtures.user("translator");
        assertThat(translationLanguages(nowhere, "")).isEmpty();
    }

    @Test
    void theTranslatedDocumentIsReadOnlyInOnesLanguages() {
        setUp();
        Account turkish = Fixtures.user("translator", "tr");
        notInLanguage(turkish.request().get("/api/articles/" + article + "/translations/ru/document?draft=true"), "ru");
        turkish.request().get("/api/articles/" + article + "/translations/tr/document?draft=true").then().statusCode(200);
    }

    @Test
    void commentsAndQueuesOfOtherLanguagesAreRefusedWithTheSameCode() {
        setUp();
        Account turkish = Fixtures.user("translator", "tr");
        notInLanguage(turkish.request().contentType(ContentType.JSON).body(Map.of("body", "Merhaba"))
                .post("/api/segments/" + segment + "/translations/ru/comments"), "ru");
        notInLanguage(turkish.request().get("/api/queue/ru"), "ru");
    }

    private static void notInLanguage(io.restassured.response.Response response, String lang) {
        response.then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("NOT_IN_LANGUAGE")).body("lang", equalTo(lang));
    }

    @SuppressWarnings("unchecked")
    private Set<String> translationLanguages(Account who, String query) {
        List<Map<String, Object>> items = who.request().get("/api/articles/" + article + "/segments" + query)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(items).isNotEmpty();
        return items.stream().flatMap(i -> ((Map<String, Object>) i.get("translations")).keySet().stream())
                .collect(java.util.stream.Collectors.toSet());
    }
}
