package dev.tessera.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import dev.tessera.support.Work;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random concurrent claims, saves, submissions, approvals and rejections; then
 * the progress of every (article, language) — the sum of its shard rows — must equal a fresh
 * count over the translations, exactly.
 */
@QuarkusTest
class ProgressConsistencyTest {

    private static final String[] LANGS = {"tr", "ru"};

    @Inject
    AgroalDataSource dataSource;

    @Test
    void countersEqualAFreshCountAfterRandomConcurrentWork() throws Exception {
        List<Long> articles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            articles.add(Work.article(60, "tr,ru", 100 + i));
        }
        List<Long> segments = new ArrayList<>();
        for (long article : articles) {
            Work.segments(article).forEach(s -> segments.add(((Number) s.get("id")).longValue()));
        }
        List<Account> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            people.add(Fixtures.user(List.of("translator", "reviewer"), List.of(LANGS)));
        }
        AtomicInteger done = new AtomicInteger();
        AtomicInteger succeeded = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<?>> futures = new ArrayList<>();
        for (int worker = 0; worker < 16; worker++) {
            long seed = worker;
            futures.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < 150; i++) {
                    Account who = people.get(random.nextInt(people.size()));
                    String lang = LANGS[random.nextInt(LANGS.length)];
                    long segment = segments.get(random.nextInt(segments.size()));
                    if (act(random, who, lang, segment, articles)) {
                        succeeded.incrementAndGet();
                    }
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        assertThat(done.get()).isEqualTo(2400);
        assertThat(succeeded.get()).as("changes that went through").isGreaterThan(300);

        assertThat(stored(articles)).isEqualTo(recounted(articles));
    }

    @Test
    void concurrentLastApprovalsCompleteTheLanguageExactlyOnce() throws Exception {
        long article = Work.article(12, "tr", 0);
        List<Long> segments = new ArrayList<>();
        Work.segments(article).forEach(s -> segments.add(((Number) s.get("id")).longValue()));
        Account translator = Fixtures.user("translator", "tr");
        for (long segment : segments) {
            Work.save(translator, segment, "tr", "Cümle 7 kelime.", "TRANSLATED", 0).then().statusCode(200);
        }
        List<Account> reviewers = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            reviewers.add(Fixtures.user("reviewer", "tr"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(segments.size());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<Future<Integer>> approvals = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Account reviewer = reviewers.get(i);
            long segment = segments.get(i);
            approvals.add(pool.submit(() -> {
                start.await();
                return Work.approve(reviewer, segment, "tr", 1).statusCode();
            }));
        }
        start.countDown();
        for (Future<Integer> approval : approvals) {
            assertThat(approval.get()).isEqualTo(200);
        }
        pool.shutdown();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_event WHERE article_id = " + article
                     + " AND lang = 'tr' AND type = 'article.language.completed'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    /** One random action; returns whether it changed something. */
    private static boolean act(Random random, Account who, String lang, long segment, List<Long> articles) {
        int choice = random.nextInt(10);
        if (choice == 0) {
            Work.claim(who, lang, 1 + random.nextInt(5), "&articleId=" + articles.get(random.nextInt(articles.size())));
            return false;
        }
        JsonPath current = who.request().get("/api/segments/" + segment + "/translations/" + lang).jsonPath();
        int version = current.getInt("translation.version");
        String source = current.getString("source");
        Response response = switch (choice) {
            case 1, 2 -> Work.save(who, segment, lang, source + " (taslak)", "DRAFT", version);
            case 3, 4, 5 -> Work.save(who, segment, lang, source, "TRANSLATED", version);
            case 6, 7, 8 -> Work.approve(who, segment, lang, version);
            default -> Work.reject(who, segment, lang, version, "Yeniden bakın");
        };
        return response.statusCode() == 200;
    }

    private Map<String, List<Integer>> stored(List<Long> articles) throws Exception {
        return query("SELECT article_id || '/' || lang, sum(segments_total), sum(words_total), sum(segments_new),"
                + " sum(words_new), sum(segments_draft), sum(words_draft), sum(segments_translated),"
                + " sum(words_translated), sum(segments_rejected), sum(words_rejected), sum(segments_approved),"
                + " sum(words_approved), sum(segments_stale), sum(words_stale) FROM progress"
                + " WHERE article_id IN (" + join(articles) + ") GROUP BY article_id, lang");
    }

    private Map<String, List<Integer>> recounted(List<Long> articles) throws Exception {
        StringBuilder sql = new StringBuilder("SELECT t.article_id || '/' || t.lang, count(*), sum(s.word_count)");
        for (String status : List.of("NEW", "DRAFT", "TRANSLATED", "REJECTED", "APPROVED", "STALE")) {
            sql.append(", count(*) FILTER (WHERE t.status = '").append(status).append("')")
                    .append(", coalesce(sum(s.word_count) FILTER (WHERE t.status = '").append(status).append("'), 0)");
        }
        sql.append(" FROM translation t JOIN segment s ON s.id = t.segment_id WHERE t.article_id IN (")
                .append(join(articles)).append(") GROUP BY t.article_id, t.lang");
        return query(sql.toString());
    }

    private Map<String, List<Integer>> query(String sql) throws Exception {
        Map<String, List<Integer>> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                List<Integer> values = new ArrayList<>();
                for (int i = 2; i <= 15; i++) {
                    values.add(rs.getInt(i));
                }
                rows.put(rs.getString(1), values);
            }
        }
        return rows;
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
