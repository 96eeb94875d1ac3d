package dev.tessera.translation;

import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reviewer who corrects a submitted translation stays its reviewer: the translator of record
 * is still the one who submitted it, the history shows a review edit, and the reviewer may
 * approve it (self-approval is off in the test profile).
 */
@QuarkusTest
class ReviewEditTest {

    @Test
    void aReviewerCorrectsThenApproves() {
        long article = Work.article(2, "tr", 0);
        long segment = ((Number) Work.segments(article).get(0).get("id")).longValue();
        Account translator = Fixtures.user("translator", "tr");
        Account reviewer = Fixtures.user("reviewer", "tr");
        Work.save(translator, segment, "tr", "1 numaralı cümle, 7 kelimedir.", "TRANSLATED", 0).then().statusCode(200);

        Work.save(reviewer, segment, "tr", "1 numaralı cümle 7 kelimeden oluşur.", "TRANSLATED", 1).then()
                .statusCode(200)
                .body("translation.status", equalTo("TRANSLATED"))
                .body("translation.translatedBy", equalTo((int) translator.id()));
        Work.approve(reviewer, segment, "tr", 2).then().statusCode(200)
                .body("translation.status", equalTo("APPROVED"))
                .body("translation.target", equalTo("1 numaralı cümle 7 kelimeden oluşur."))
                .body("translation.translatedBy", equalTo((int) translator.id()))
                .body("translation.reviewedBy", equalTo((int) reviewer.id()));

        reviewer.request().get("/api/segments/" + segment + "/translations/tr").then().statusCode(200)
                .body("history.action", equalTo(List.of("SUBMIT", "REVIEW_EDIT", "APPROVE")))
                .body("history[1].by", equalTo((int) reviewer.id()));
    }

    @Test
    void aReviewerWhoTakesATranslationBackToDraftBecomesItsTranslator() {
        long article = Work.article(2, "tr", 0);
        long segment = ((Number) Work.segments(article).get(0).get("id")).longValue();
        Account translator = Fixtures.user("translator", "tr");
        Account reviewer = Fixtures.user("reviewer", "tr");
        Work.save(translator, segment, "tr", "1 numaralı cümle, 7 kelimedir.", "TRANSLATED", 0).then().statusCode(200);
        Work.save(reviewer, segment, "tr", "1 numaralı cümle yedi kelimedir.", "DRAFT", 1).then().statusCode(200);
        Work.save(reviewer, segment, "tr", "1 numaralı cümle, 7 kelimedir.", "TRANSLATED", 2).then().statusCode(200)
                .body("translation.translatedBy", equalTo((int) reviewer.id()));

        Work.approve(reviewer, segment, "tr", 3).then().statusCode(403).body("code", equalTo("SELF_APPROVAL"));
    }

    @Test
    void aReviewEditIsARealCorrectionSubjectToTheChecks() {
        long article = Work.article(2, "tr", 0);
        long segment = ((Number) Work.segments(article).get(0).get("id")).longValue();
        Account translator = Fixtures.user("translator", "tr");
        Account reviewer = Fixtures.user("reviewer", "tr");
        Work.save(translator, segment, "tr", "1 numaralı cümle, 7 kelimedir.", "TRANSLATED", 0).then().statusCode(200);

        Work.save(reviewer, segment, "tr", "  ", "TRANSLATED", 1).then().statusCode(422)
                .body("code", equalTo("CHECKS_FAILED"));
    }
}
