package dev.tessera.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The translator and reviewer queues. Each test uses a language of its own choosing and an
 * article id filter where other tests' articles could interfere.
 */
@QuarkusTest
class QueueTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void claimGivesARunOfConsecutiveSegmentsWithContext() {
        long article = Work.article(12, "ru", 0);
        Account translator = Fixtures.user("translator", "ru");
        JsonPath claim = Work.claim(translator, "ru", 5, "&articleId=" + article);
        assertThat(claim.getLong("articleId")).isEqualTo(article);
        assertThat(claim.getList("segments.position", Integer.class)).containsExactly(0, 1, 2, 3, 4);
        assertThat(claim.getString("segments[0].previous")).isNull();
        assertThat(claim.getString("segments[1].previous.source")).startsWith("Sentence number 1 ");
        assertThat(claim.getString("segments[1].next.source")).startsWith("Sentence number 3 ");
        assertThat(claim.getString("leaseExpiresAt")).isNotNull();
        // Claiming again returns the same run (renewed), not a second one.
        assertThat(Work.claim(translator, "ru", 5, "&articleId=" + article).getList("segments.position", Integer.class))
                .containsExactly(0, 1, 2, 3, 4);
        // Another translator gets the next run.
        assertThat(Work.claim(Fixtures.user("translator", "ru"), "ru", 5, "&articleId=" + article)
                .getList("segments.position", Integer.class)).containsExactly(5, 6, 7, 8, 9);
        translator.request().get("/api/queue/ru").then().statusCode(200).body("claimedByMe", equalTo(5));
    }

    @Test
    void claimingAheadHoldsTheNextRunAndNeverAThird() throws Exception {
        long article = Work.article(12, "ru", 0);
        String only = "&articleId=" + article;
        Account translator = Fixtures.user("translator", "ru");
        // holding nothing, a claim ahead is an ordinary claim
        JsonPath first = Work.claim(translator, "ru", 4, only + "&ahead=true");
        assertThat(first.getList("segments.position", Integer.class)).containsExactly(0, 1, 2, 3);
        assertThat(first.getBoolean("ahead")).isFalse();
        String firstLease = leaseOf(article, 0);
        // ahead: the next run, the first one still held with its lease untouched
        JsonPath next = Work.claim(translator, "ru", 4, only + "&ahead=true");
        assertThat(next.getList("segments.position", Integer.class)).containsExactly(4, 5, 6, 7);
        assertThat(next.getBoolean("ahead")).isTrue();
        assertThat(leaseOf(article, 0)).isEqualTo(firstLease);
        translator.request().get("/api/queue/ru").then().statusCode(200).body("claimedByMe", equalTo(8));
        // never a third run: ahead again returns the same second run, and holds nothing more
        assertThat(Work.claim(translator, "ru", 4, only + "&ahead=true").getList("segments.position", Integer.class))
                .containsExactly(4, 5, 6, 7);
        translator.request().get("/api/queue/ru").then().statusCode(200).body("claimedByMe", equalTo(8));
        // an ordinary claim still returns the current run
        assertThat(Work.claim(translator, "ru", 4, only).getList("segments.position", Integer.class))
                .containsExactly(0, 1, 2, 3);
        // others are handed the run after both
        assertThat(Work.claim(Fixtures.user("translator", "ru"), "ru", 4, only)
                .getList("segments.position", Integer.class)).containsExactly(8, 9, 10, 11);
        // the current run submitted: the run claimed ahead becomes current, and ahead finds nothing more here
        List<Long> ids = first.getList("segments.segmentId", Long.class);
        for (int i = 0; i < ids.size(); i++) {
            Work.save(translator, ids.get(i), "ru", "Предложение " + i + ".", "TRANSLATED", 0).then().statusCode(200);
        }
        JsonPath current = Work.claim(translator, "ru", 4, only);
        assertThat(current.getList("segments.position", Integer.class)).containsExactly(4, 5, 6, 7);
        assertThat(current.getBoolean("ahead")).isFalse();
        JsonPath none = Work.claim(translator, "ru", 4, only + "&ahead=true");
        assertThat(none.getList("segments")).isEmpty();
        translator.request().get("/api/queue/ru").then().statusCode(200).body("claimedByMe", equalTo(4));
    }

    /** The lease end of the translation at a position of the article (into Russian), as text. */
    private String leaseOf(long article, int position) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT claim_expires_at FROM translation WHERE article_id = "
                     + article + " AND lang = 'ru' AND position = " + position)) {
            assertThat(r.next()).isTrue();
            return r.getString(1);
        }
    }

    @Test
    void releaseAndExpiredLeasesFreeSegments() throws Exception {
        long article = Work.article(4, "tr", 0);
        Account first = Fixtures.user("translator", "tr");
        Account second = Fixtures.user("translator", "tr");
        Work.claim(first, "tr", 4, "&articleId=" + article);
        assertThat(Work.claim(second, "tr", 4, "&articleId=" + article).getList("segments")).isEmpty();
        first.request().post("/api/queue/release?lang=tr").then().statusCode(200).body("segments", equalTo(4));
        assertThat(Work.claim(second, "tr", 4, "&articleId=" + article).getList("segments")).hasSize(4);
        // The lease runs out (time moved on): the segments are free again with no job run.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE translation SET claim_expires_at = now() - interval '1 second' WHERE article_id = "
                    + article + " AND lang = 'tr'");
        }
        assertThat(Work.claim(first, "tr", 4, "&articleId=" + article).getList("segments")).hasSize(4);
    }

    @Test
    void rejectedWorkComesBeforeNewWork() {
        long article = Work.article(3, "ru", 1);
        Account translator = Fixtures.user("translator", "ru");
        long segment = ((Number) Work.segments(article).get(2).get("id")).longValue();
        Work.save(translator, segment, "ru", "Предложение номер 3 статьи содержит 7 слов.", "TRANSLATED", 0)
                .then().statusCode(200);
        Work.reject(Fixtures.user("reviewer", "ru"), segment, "ru", 1, "Проверьте термин").then().statusCode(200);
        JsonPath claim = Work.claim(Fixtures.user("translator", "ru"), "ru", 1, "&articleId=" + article);
        assertThat(claim.getList("segments.segmentId", Long.class)).containsExactly(segment);
        assertThat(claim.getString("segments[0].status")).isEqualTo("REJECTED");
        assertThat(claim.getString("segments[0].lastComment")).isEqualTo("Проверьте термин");
    }

    @Test
    void higherPriorityArticlesComeFirst() {
        // Work into English is never rejected or stale in this suite, so priority decides here.
        long low = Work.article(2, "tr", "en", 990);
        long high = Work.article(2, "tr", "en", 991);
        assertThat(Work.claim(Fixtures.user("translator", "en"), "en", 2, "").getLong("articleId")).isEqualTo(high);
        assertThat(Work.claim(Fixtures.user("translator", "en"), "en", 2, "").getLong("articleId")).isEqualTo(low);
    }

    @Test
    void reviewQueueHandsOutSubmittedWorkButNotOnesOwn() {
        long article = Work.article(2, "tr", 0);
        Account both = Fixtures.user(List.of("translator", "reviewer"), List.of("tr"));
        long segment = ((Number) Work.segments(article).get(0).get("id")).longValue();
        Work.save(both, segment, "tr", "Cümle 1 numara 7 kelime.", "TRANSLATED", 0).then().statusCode(200);
        assertThat(Work.claim(both, "tr", 5, "&role=review&articleId=" + article).getList("segments")).isEmpty();
        JsonPath review = Work.claim(Fixtures.user("reviewer", "tr"), "tr", 5, "&role=review&articleId=" + article);
        assertThat(review.getList("segments.segmentId", Long.class)).containsExactly(segment);
        Fixtures.user("translator", "tr").request().post("/api/queue/tr/claim?role=review").then().statusCode(403)
                .body("code", equalTo("ROLE_MISSING"));
    }

    @Test
    void permissionsAndBadParameters() {
        Account translator = Fixtures.user("translator", "tr");
        translator.request().post("/api/queue/ru/claim").then().statusCode(403).body("code", equalTo("NOT_IN_LANGUAGE"));
        translator.request().post("/api/queue/de/claim").then().statusCode(400);
        translator.request().post("/api/queue/tr/claim?limit=0").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        translator.request().post("/api/queue/tr/claim?role=boss").then().statusCode(400);
        translator.request().get("/api/queue/ru").then().statusCode(403).body("code", equalTo("NOT_IN_LANGUAGE"));
    }

    @Test
    void sixtyFourConcurrentClaimersNeverShareASegment() throws Exception {
        long article = Work.article(400, "ru", 1000);
        List<Account> claimers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            claimers.add(Fixtures.user("translator", "ru"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(64);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (Account claimer : claimers) {
            Callable<List<Long>> task = () -> {
                start.await();
                return Work.claim(claimer, "ru", 5, "&articleId=" + article).getList("segments.segmentId", Long.class);
            };
            results.add(pool.submit(task));
        }
        start.countDown();
        Set<Long> seen = new HashSet<>();
        int total = 0;
        for (Future<List<Long>> result : results) {
            for (Long id : result.get()) {
                assertThat(seen.add(id)).as("segment " + id + " handed out twice").isTrue();
                total++;
            }
        }
        pool.shutdown();
        assertThat(total).isEqualTo(320);
    }
}
