package dev.tessera.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Saving, submitting, reviewing: checks, versions, permissions, history. */
@QuarkusTest
class TranslationWorkflowTest {

    private static long firstSegment(long article) {
        return ((Number) Work.segments(article).get(0).get("id")).longValue();
    }

    @Test
    void translateSubmitApproveWithHistoryAndProgress() {
        long article = Work.article(3, "tr", 0);
        long segment = firstSegment(article);
        Account translator = Fixtures.user("translator", "tr");
        Account reviewer = Fixtures.user("reviewer", "tr");
        Work.save(translator, segment, "tr", "Taslak cümle 1.", "DRAFT", 0).then().statusCode(200)
                .body("translation.status", equalTo("DRAFT")).body("translation.version", equalTo(1));
        Work.save(translator, segment, "tr", "1 numaralı cümle, 7 kelimedir.", "TRANSLATED", 1).then().statusCode(200)
                .body("translation.status", equalTo("TRANSLATED")).body("translation.version", equalTo(2));
        Work.approve(reviewer, segment, "tr", 2).then().statusCode(200)
                .body("translation.status", equalTo("APPROVED")).body("translation.reviewedBy", equalTo((int) reviewer.id()));
        translator.request().get("/api/segments/" + segment + "/translations/tr").then().statusCode(200)
                .body("history.newStatus", equalTo(List.of("DRAFT", "TRANSLATED", "APPROVED")))
                .body("history[0].oldStatus", equalTo("NEW"))
                .body("history[1].newTarget", equalTo("1 numaralı cümle, 7 kelimedir."))
                .body("source", org.hamcrest.Matchers.startsWith("Sentence number 1"));
        Fixtures.asAdmin().get("/api/articles/" + article + "/progress").then()
                .body("[0].segmentsByStatus.APPROVED", equalTo(1)).body("[0].segmentsByStatus.NEW", equalTo(2));
    }

    @Test
    void errorsRefuseTheSaveAndWarningsComeBack() {
        long article = Work.article(2, "ru", 0);
        long segment = firstSegment(article);
        Account translator = Fixtures.user("translator", "ru");
        Work.save(translator, segment, "ru", "  ", "TRANSLATED", 0).then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("CHECKS_FAILED"))
                .body("checks.checkId", hasItem("empty-target"));
        Work.save(translator, segment, "ru", "Предложение <1>номер</1> 1.", "DRAFT", 0).then().statusCode(422)
                .body("checks.checkId", hasItem("inline-codes"));
        Work.save(translator, segment, "ru", "Предложение номер 2 статьи содержит семь слов", "DRAFT", 0)
                .then().statusCode(200).body("warnings.checkId", hasItem("numbers"))
                .body("warnings.checkId", hasItem("final-punctuation"));
    }

    @Test
    void theChecksAreListedWithTheirNamesSoFindingsCanBeShown() {
        Account translator = Fixtures.user("translator", "ru");
        translator.request().get("/api/checks").then().statusCode(200)
                .body("id", hasItem("empty-target")).body("id", hasItem("numbers"))
                .body("find { it.id == 'inline-codes' }.name", equalTo("Inline codes"))
                .body("find { it.id == 'inline-codes' }.severity", equalTo("ERROR"))
                .body("find { it.id == 'numbers' }.severity", equalTo("WARNING"))
                .body("findAll { it.description == null || it.description.isEmpty() }", hasSize(0));
    }

    @Test
    void lostUpdateIsRefusedWithTheWinnersText() throws Exception {
        long segment = firstSegment(Work.article(1, "tr", 0));
        Account a = Fixtures.user("translator", "tr");
        Account b = Fixtures.user("translator", "tr");
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> {
            await(start);
            return Work.save(a, segment, "tr", "A'nın çevirisi 1.", "DRAFT", 0);
        });
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> {
            await(start);
            return Work.save(b, segment, "tr", "B'nin çevirisi 1.", "DRAFT", 0);
        });
        start.countDown();
        List<Response> responses = List.of(first.get(), second.get());
        assertThat(responses).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        Response winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        Response loser = responses.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        loser.then().contentType("application/problem+json").body("code", equalTo("VERSION_CONFLICT"))
                .body("current.target", equalTo(winner.jsonPath().getString("translation.target")))
                .body("current.version", equalTo(1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void reviewerCannotApproveOwnTranslation() {
        long segment = firstSegment(Work.article(1, "tr", 0));
        Account reviewer = Fixtures.user(List.of("reviewer", "translator"), List.of("tr"));
        Work.save(reviewer, segment, "tr", "Kendi çevirim 1.", "TRANSLATED", 0).then().statusCode(200);
        Work.approve(reviewer, segment, "tr", 1).then().statusCode(403).body("code", equalTo("SELF_APPROVAL"));
        Work.approve(Fixtures.user("reviewer", "tr"), segment, "tr", 1).then().statusCode(200);
    }

    @Test
    void rejectNeedsACommentAndSendsTheSegmentBack() {
        long segment = firstSegment(Work.article(2, "ru", 0));
        Account translator = Fixtures.user("translator", "ru");
        Account reviewer = Fixtures.user("reviewer", "ru");
        Work.save(translator, segment, "ru", "Предложение номер 1 статьи содержит 7 слов.", "TRANSLATED", 0)
                .then().statusCode(200);
        reviewer.request().contentType(ContentType.JSON).body(Map.of("version", 1))
                .post("/api/segments/" + segment + "/translations/ru/reject").then().statusCode(400)
                .body("violations[0].field", equalTo("comment"));
        Work.reject(reviewer, segment, "ru", 1, "Слишком буквально").then().statusCode(200)
                .body("translation.status", equalTo("REJECTED"));
        translator.request().get("/api/segments/" + segment + "/translations/ru").then()
                .body("comments", hasSize(1)).body("comments[0].body", equalTo("Слишком буквально"));
        Work.approve(reviewer, segment, "ru", 2).then().statusCode(409).body("code", equalTo("WRONG_STATUS"));
    }

    @Test
    void permissionsFollowRolesAndLanguages() {
        long segment = firstSegment(Work.article(1, "tr", 0));
        Account russianTranslator = Fixtures.user("translator", "ru");
        Work.save(russianTranslator, segment, "tr", "Bir.", "DRAFT", 0).then().statusCode(403)
                .body("code", equalTo("NOT_IN_LANGUAGE"));
        Account translator = Fixtures.user("translator", "tr");
        Work.save(translator, segment, "tr", "Cümle 1 numara 7 kelime.", "TRANSLATED", 0).then().statusCode(200);
        Work.approve(translator, segment, "tr", 1).then().statusCode(403).body("code", equalTo("ROLE_MISSING"));
        Work.approve(Fixtures.user("editor"), segment, "tr", 1).then().statusCode(200);
        Work.save(translator, segment, "tr", "Değiştirilmiş 1.", "DRAFT", 2).then().statusCode(409)
                .body("code", equalTo("WRONG_STATUS"));
        Work.save(translator, segment, "de", "x", "DRAFT", 0).then().statusCode(400);
        Work.save(translator, 987654321L, "tr", "x", "DRAFT", 0).then().statusCode(404);
        Work.save(translator, segment, "tr", "x", "APPROVED", 0).then().statusCode(400);
    }

    @Test
    void historyIsAppendOnly() {
        long segment = firstSegment(Work.article(1, "tr", 0));
        Work.save(Fixtures.user("translator", "tr"), segment, "tr", "Taslak 1.", "DRAFT", 0).then().statusCode(200);
        jakarta.persistence.EntityManager em = io.quarkus.arc.Arc.container().instance(jakarta.persistence.EntityManager.class).get();
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> io.quarkus.narayana.jta.QuarkusTransaction
                .requiringNew().run(() -> em.createNativeQuery("UPDATE translation_history SET comment = 'x'").executeUpdate()));
    }
}
