package dev.tessera.benchmark;

import static dev.tessera.benchmark.TesseraClient.expect;

import dev.tessera.support.ServiceProcess;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * "Translators and reviewers at work" (docs/BENCHMARKS.md): the packaged service on an
 * embedded PostgreSQL, driven over HTTP by simulated translators, next to bare-SQL baselines
 * measured in the same run on the same database. Not a test: it asserts nothing about speed
 * and runs only in the {@code benchmark} profile. Figures go to standard output and to
 * {@code target/benchmark/workflow.md}.
 */
@Tag("benchmark")
class WorkflowBenchmark {

    private static final String ADMIN_TOKEN = "tsr_benchmark_admin_token_0123456789";
    private static final String LANG = "ru";
    private static final int[] WORK_USERS = {1, 8, 16, 32, 64, 128};
    private static final int[] CLAIM_USERS = {16, 32};

    private final int articles = Integer.getInteger("bench.articles", 500);
    private final int sentences = Integer.getInteger("bench.sentences", 1000);
    private final int stageSeconds = Integer.getInteger("bench.stageSeconds", 10);
    private final int rounds = Integer.getInteger("bench.rounds", 3);
    private final int sustainedSeconds = Integer.getInteger("bench.sustainedSeconds", 600);
    private final int progressArticles = Integer.getInteger("bench.progressArticles", 10_000);
    private final Report report = new Report();

    @Test
    void translatorsAndReviewersAtWork() throws Exception {
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        try (BenchmarkDatabase db = new BenchmarkDatabase(!"off".equals(System.getProperty("bench.fsync")));
             ServiceProcess service = ServiceProcess.start(Map.of(
                     "QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl, "QUARKUS_DATASOURCE_USERNAME", "postgres",
                     "QUARKUS_DATASOURCE_PASSWORD", "", "TESSERA_ADMIN_TOKEN", ADMIN_TOKEN,
                     "TESSERA_DATA_DIR", Files.createTempDirectory(work, "data").toString()),
                     work.resolve("service.log"))) {
            service.awaitReady(Duration.ofMinutes(3));
            URI base = service.uri("/");
            TesseraClient admin = new TesseraClient(base, ADMIN_TOKEN);
            long adminId = expect(admin.get("/api/me"), 200, "me").get("id").asLong();

            long started = System.nanoTime();
            List<String> tokens = translators(admin, 128);
            parallel(4, articles, i -> importArticle(admin, "work-" + i, 0));
            List<Long> upkeepArticles = parallel(4, 4, i -> importArticle(admin, "upkeep-" + i, -1));
            report.setup(articles * sentences, db.number("SELECT count(*) FROM translation WHERE lang = '" + LANG
                    + "' AND status = 'NEW'"), (System.nanoTime() - started) / 1e9);

            TranslatorLoad translators = new TranslatorLoad(base, LANG);
            ClaimOnlyLoad claimOnly = new ClaimOnlyLoad(base, LANG);
            BareClaims bare = new BareClaims(db.jdbcUrl, LANG, adminId);
            translators.run("warm-up", tokens.subList(0, 8), 10);
            claimOnly.run("warm-up", tokens.subList(0, 8), 5);
            bare.run("warm-up", 8, 3);
            // Before the translators reach them: the articles of the upkeep replay come last in the queue.
            CounterUpkeep upkeep = new CounterUpkeep(db.jdbcUrl, LANG, adminId);
            for (int i = 0; i < upkeepArticles.size(); i += 2) {
                report.upkeep(upkeep.savesPerSecond(upkeepArticles.get(i), 32, true),
                        upkeep.savesPerSecond(upkeepArticles.get(i + 1), 32, false));
            }

            for (int round = 0; round < rounds; round++) {
                for (int users : WORK_USERS) {
                    try (WaitSampler waits = new WaitSampler(db)) {
                        report.work(users, translators.run("work " + users, tokens.subList(0, users), stageSeconds));
                        System.out.println("[bench] waits of work " + users + ": " + waits);
                    }
                }
                for (int users : CLAIM_USERS) {
                    report.claimOnly(users, claimOnly.run("claims " + users, tokens.subList(0, users), stageSeconds));
                    report.bare(users, bare.run("bare " + users, users, stageSeconds));
                }
                System.out.printf("[bench] round %d done; work left: %d segments%n", round + 1, workLeft(db));
            }

            List<String> deadTuples = new ArrayList<>();
            deadTuples.add("start: " + db.tuples("translation") + "; " + db.tuples("progress"));
            Stage sustained = sustained(translators, tokens.subList(0, 32), db, deadTuples);
            deadTuples.add("end: " + db.tuples("translation") + "; " + db.tuples("progress"));
            report.sustained(sustained, deadTuples, workLeft(db));

            ProgressAtScale scale = new ProgressAtScale(db.jdbcUrl);
            started = System.nanoTime();
            long generated = scale.generate(progressArticles);
            report.generated(progressArticles, generated, db.number("SELECT count(*) FROM translation"),
                    (System.nanoTime() - started) / 1e9);
            for (String query : List.of("/api/progress", "/api/progress?lang=ru", "/api/progress?sort=-percentApproved&page=3")) {
                report.progress(query, timeGet(admin, query, 200));
            }
            report.groupBy(scale.timeGroupByCount(20));
            report.failures(translators.failures(), translators.emptyClaims.get());
        }
        String text = report.toString();
        System.out.println(text);
        Files.writeString(work.resolve("workflow.md"), text);
    }

    private Stage sustained(TranslatorLoad translators, List<String> tokens, BenchmarkDatabase db, List<String> deadTuples)
            throws Exception {
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        Future<Stage> running = watcher.submit(() -> translators.run("sustained 32", tokens, sustainedSeconds));
        try {
            for (int minute = 1; minute * 60 < sustainedSeconds; minute++) {
                Thread.sleep(60_000);
                String line = "after " + minute + " min: " + db.tuples("translation");
                System.out.println("[bench] " + line);
                deadTuples.add(line);
            }
            return running.get();
        } finally {
            watcher.shutdownNow();
        }
    }

    private static long workLeft(BenchmarkDatabase db) throws Exception {
        return db.number("SELECT coalesce(sum(segments_new + segments_draft), 0) FROM progress WHERE lang = '" + LANG + "'");
    }

    private List<String> translators(TesseraClient admin, int count) throws Exception {
        return parallel(8, count, i -> {
            String name = "translator-" + i;
            long id = expect(admin.post("/api/users", Map.of("username", name, "password", "a long benchmark password",
                    "roles", List.of("translator"), "languages", List.of(LANG))), 201, "user").get("id").asLong();
            return expect(admin.post("/api/tokens", Map.of("name", "benchmark", "userId", id)), 201, "token")
                    .get("token").asText();
        });
    }

    private long importArticle(TesseraClient admin, String name, int priority) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= sentences; i++) {
            text.append("Sentence number ").append(i).append(" of article ").append(name).append(" has 7 words.");
            text.append(i % 5 == 0 ? "\n\n" : " ");
        }
        return expect(admin.importText(text.toString(), "en", LANG, priority), 201, "import").get("id").asLong();
    }

    private static Histogram timeGet(TesseraClient client, String path, int times) throws Exception {
        Histogram histogram = new Histogram(3);
        for (int i = 0; i < times + 20; i++) {
            long started = System.nanoTime();
            expect(client.get(path), 200, path);
            if (i >= 20) {
                histogram.recordValue((System.nanoTime() - started) / 1_000);
            }
        }
        return histogram;
    }

    interface Task<T> {
        T run(int index) throws Exception;
    }

    private static <T> List<T> parallel(int threads, int count, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> task.run(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return Collections.unmodifiableList(results);
        } finally {
            pool.shutdownNow();
        }
    }
}
