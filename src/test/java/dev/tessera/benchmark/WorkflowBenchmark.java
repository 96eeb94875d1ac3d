package dev.tessera.benchmark;

import static dev.tessera.benchmark.TesseraClient.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import dev.tessera.support.ServiceProcess;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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
 * measured in the same run on the same database. A second instance of the service, started
 * with the benchmark-only {@code tessera.progress.counters-enabled=false}, is the baseline of
 * the counter upkeep. It asserts that the work was done (no error answers, no empty claims),
 * never its speed; the figures go to standard output as {@code BENCH} lines with their goals
 * and as tables to {@code target/benchmark/workflow.md}. {@code -Dbench.quick=true} runs the
 * short configuration, a check that the whole benchmark still works rather than figures to quote:
 * 8 work articles, one round, work at 16 users only, 2 s stages, an 8 s sustained stage and no
 * WAL accounting per save (see {@link #printWal}).
 */
@Tag("benchmark")
class WorkflowBenchmark {

    private static final String ADMIN_TOKEN = "tsr_benchmark_admin_token_0123456789";
    private static final String LANG = "ru";
    private static final int[] CLAIM_USERS = {16, 32, 64};
    private static final int SUSTAINED_USERS = 32;
    private static final int UPKEEP_USERS = 32;
    /** The benchmark's own JVM: its processor time is what the simulated users' clients cost. */
    private static final OperatingSystemMXBean CLIENT = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final int[] workUsers = Bench.quick() ? new int[] {16} : new int[] {1, 8, 16, 32, 64, 128};
    private final int articles = Bench.setting("bench.articles", 500, 8);
    private final int sentences = Bench.setting("bench.sentences", 1000, 1000);
    private final int stageSeconds = Bench.setting("bench.stageSeconds", 10, 2);
    private final int rounds = Bench.setting("bench.rounds", 3, 1);
    private final int warmupSeconds = Bench.setting("bench.warmupSeconds", 60, 6);
    private final int sustainedSeconds = Bench.setting("bench.sustainedSeconds", 600, 8);
    private final int sustainedWindow = Bench.setting("bench.sustainedWindow", 30, 3);
    private final int progressArticles = Bench.setting("bench.progressArticles", 10_000, 300);
    private final Report report = new Report();

    @Test
    void translatorsAndReviewersAtWork() throws Exception {
        Bench.context("workflow");
        Path work = Files.createDirectories(Path.of("target/benchmark"));
        Map<Integer, String> failures;
        long emptyClaims;
        if (!Files.exists(ServiceProcess.JAR)) {
            throw new IllegalStateException(ServiceProcess.JAR + " is missing: run the benchmark profile, which packages"
                    + " the service before the tests (mvn -Pbenchmark test), not with -Dquarkus.package.skip");
        }
        try (BenchmarkDatabase db = new BenchmarkDatabase(!"off".equals(System.getProperty("bench.fsync")));
             ServiceProcess service = start(db, work, "service", true);
             ServiceProcess noCounters = start(db, work, "service-without-counters", false)) {
            service.awaitReady(Duration.ofMinutes(3));
            noCounters.awaitReady(Duration.ofMinutes(3));
            Bench.phase("start of the database and both instances");
            System.out.println("[bench] database settings: " + db.settings());
            URI base = service.uri("/");
            TesseraClient admin = new TesseraClient(base, ADMIN_TOKEN);
            // The two instances import every other article: the same start for both JVMs (see warmUpBoth).
            List<TesseraClient> admins = List.of(admin, new TesseraClient(noCounters.uri("/"), ADMIN_TOKEN));

            long started = System.nanoTime();
            List<User> users = translators(admin, Math.max(64, workUsers[workUsers.length - 1]));
            List<String> tokens = users.stream().map(User::token).toList();
            List<Long> ids = users.stream().map(User::id).toList();
            parallel(4, articles, i -> importArticle(admins.get(i % 2), "work-" + i, sentences, 0));
            // Each half of an upkeep article has 1,000 segments per stage second, 2,000 saves (draft, submit):
            // more than the 75-1,300 saves/s measured at 32 users. Quick mode: 500 segments, 1,000 saves per
            // stage second, still three times the 210-350 saves/s measured there.
            int upkeepSentences = Bench.quick() ? 1_000 * stageSeconds : Math.max(4_000, 2_000 * stageSeconds);
            // One upkeep article per round, and one more for the two instances' warm-up.
            List<Long> upkeepArticles = parallel(2, rounds + 1,
                    i -> importArticle(admins.get(i % 2), "upkeep-" + i, upkeepSentences, -1));
            report.setup((long) articles * sentences, db.number("SELECT count(*) FROM translation WHERE lang = '" + LANG
                    + "' AND status = 'NEW'"), (System.nanoTime() - started) / 1e9);

            TranslatorLoad translators = new TranslatorLoad(base, LANG);
            ClaimOnlyLoad claimOnly = new ClaimOnlyLoad(base, LANG);
            BareClaims bare = new BareClaims(db::connect, LANG);
            CounterUpkeep upkeep = new CounterUpkeep(LANG);
            // The import's background work (stored memory suggestions) must be over before anything is timed:
            // it runs in the shipped instance only and would load that instance alone.
            System.out.printf("[bench] stored suggestions computed %.0f s after the last import%n", SuggestionsDone.awaitAll(db.dataSource()));
            Bench.phase("users, imports and their background work");
            warmUpBoth(db, service, noCounters, tokens.subList(0, 16));
            Bench.phase("warm-up of both instances");
            // The same warm-up for each claim loop.
            claimOnly.run("warm-up", tokens.subList(0, 8), stageSeconds);
            bare.run("warm-up", ids.subList(0, 8), stageSeconds);
            // The upkeep's own warm-up, the same for both instances: the one without counters serves nothing else.
            try (Connection c = db.connect()) {
                long warmArticle = upkeepArticles.get(rounds);
                upkeep.run("warm-up upkeep with", base, tokens.subList(0, UPKEEP_USERS),
                        CounterUpkeep.runs(c, warmArticle, LANG, 0), stageSeconds);
                upkeep.run("warm-up upkeep without", noCounters.uri("/"), tokens.subList(0, UPKEEP_USERS),
                        CounterUpkeep.runs(c, warmArticle, LANG, 1), stageSeconds);
            }

            // Every round of the counter upkeep before the other stages: those run on the shipped instance only and
            // would leave its JVM warmer than the other's in later rounds (a warmer JVM is a cheaper save).
            for (int round = 0; round < rounds; round++) {
                boolean tesseraFirst = round % 2 == 0;
                try (Connection c = db.connect()) {
                    List<List<CounterUpkeep.Row>> withRuns = CounterUpkeep.runs(c, upkeepArticles.get(round), LANG, round % 2);
                    List<List<CounterUpkeep.Row>> withoutRuns = CounterUpkeep.runs(c, upkeepArticles.get(round), LANG,
                            1 - round % 2);
                    List<String> upkeepTokens = tokens.subList(0, UPKEEP_USERS);
                    Stage with = null;
                    Stage without = null;
                    for (boolean counters : tesseraFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                        long[] before = db.walCounters();
                        long[] cpuBefore = {service.cpuMillis(), noCounters.cpuMillis(), db.cpuMillis()};
                        Stage stage = counters
                                ? upkeep.run("upkeep with counters", base, upkeepTokens, withRuns, stageSeconds)
                                : upkeep.run("upkeep without", noCounters.uri("/"), upkeepTokens, withoutRuns, stageSeconds);
                        double saves = Math.max(1, stage.saves.count());
                        System.out.printf(Locale.ROOT, "[bench] %s: processor ms per save: shipped instance %.2f,"
                                        + " instance without counters %.2f, PostgreSQL %.2f%n", stage.name,
                                (service.cpuMillis() - cpuBefore[0]) / saves, (noCounters.cpuMillis() - cpuBefore[1]) / saves,
                                (db.cpuMillis() - cpuBefore[2]) / saves);
                        printWal(db, stage, before);
                        if (counters) {
                            with = stage;
                        } else {
                            without = stage;
                        }
                    }
                    report.upkeep(with, without);
                }
            }
            Bench.phase("claim and upkeep warm-ups, upkeep rounds");
            for (int round = 0; round < rounds; round++) {
                for (int n : workUsers) {
                    try (WaitSampler waits = new WaitSampler(db)) {
                        long[] before = db.walCounters();
                        Stage stage = translators.run("work " + n, tokens.subList(0, n), stageSeconds);
                        report.work(n, stage);
                        System.out.println("[bench] waits of work " + n + ": " + waits);
                        printWal(db, stage, before);
                    }
                }
                for (int k = 0; k < CLAIM_USERS.length; k++) {
                    int n = CLAIM_USERS[k];
                    // Which loop goes first changes from one user count to the next and from round to round.
                    boolean tesseraFirst = (round + k) % 2 == 0;
                    releaseAll(db);
                    boolean statements = round == rounds - 1 && n == 32; // what a claim sends, once
                    if (tesseraFirst) {
                        report.claimOnly(n, claims(db, service, claimOnly, tokens.subList(0, n), statements));
                        releaseAll(db);
                        report.bare(n, bare(db, bare, ids.subList(0, n)));
                    } else {
                        report.bare(n, bare(db, bare, ids.subList(0, n)));
                        releaseAll(db);
                        report.claimOnly(n, claims(db, service, claimOnly, tokens.subList(0, n), statements));
                    }
                }
                System.out.printf("[bench] round %d done; work left: %d segments; %s%n", round + 1, workLeft(db), Bench.load());
            }

            releaseAll(db);
            List<String> deadTuples = new ArrayList<>();
            deadTuples.add("start: " + db.tuples("translation") + "; " + db.tuples("progress"));
            Stage sustained = sustained(translators, tokens.subList(0, SUSTAINED_USERS), db, deadTuples);
            deadTuples.add("end: " + db.tuples("translation") + "; " + db.tuples("progress"));
            report.sustained(sustained, SUSTAINED_USERS, sustainedWindow, deadTuples, workLeft(db));
            Bench.phase("work and claim rounds, sustained stage");

            ProgressAtScale scale = new ProgressAtScale(db.jdbcUrl);
            started = System.nanoTime();
            long generated = scale.generate(progressArticles);
            report.generated(progressArticles, generated, db.number("SELECT count(*) FROM translation"),
                    (System.nanoTime() - started) / 1e9);
            for (String query : List.of("/api/progress", "/api/progress?lang=ru", "/api/progress?sort=-percentApproved&page=3")) {
                report.progress(query, timeGet(admin, query, Bench.quick() ? 50 : 200));
            }
            report.groupBy(scale.timeGroupByCount(Bench.quick() ? 5 : 20));
            Bench.phase("progress at scale");
            report.failures(translators.failures(), translators.emptyClaims.get());
            failures = translators.failures();
            emptyClaims = translators.emptyClaims.get();
        }
        String text = report.toString();
        System.out.println(text);
        Files.writeString(work.resolve("workflow.md"), text);
        report.bench();
        Bench.context("workflow, end");
        assertThat(failures).as("non-200 answers to the translators").isEmpty();
        assertThat(emptyClaims).as("empty claims of the translators (queue ran dry)").isZero();
        assertThat(report.claimErrors()).as("empty or failed claims in the claim stages").isZero();
    }

    /**
     * What each save of the stage cost in WAL and commit flushes, printed in full mode only: the
     * counters are read after a 1.5 s wait for the backends' statistics, which the quick mode's
     * short stages cannot spare.
     */
    private static void printWal(BenchmarkDatabase db, Stage stage, long[] before) throws Exception {
        if (!Bench.quick()) {
            System.out.println("[bench] " + stage.name + " " + BenchmarkDatabase.perUnit(before, db.walCountersAfterStage(),
                    stage.saves.count()));
        }
    }

    private static ServiceProcess start(BenchmarkDatabase db, Path work, String name, boolean counters) throws Exception {
        return ServiceProcess.start(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl, "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "", "TESSERA_ADMIN_TOKEN", ADMIN_TOKEN,
                "TESSERA_DATA_DIR", Files.createTempDirectory(work, "data").toString(),
                "TESSERA_PROGRESS_COUNTERS_ENABLED", String.valueOf(counters),
                "TESSERA_DB_POOL_SIZE", System.getProperty("bench.poolSize", "32")),
                work.resolve(name + ".log"));
    }

    /**
     * One claim stage of Tessera, with what a claim (and its release) cost the service's JVM and
     * the benchmark's own JVM (the HTTP clients) in processor time: the bare loop pays for neither.
     */
    private Stage claims(BenchmarkDatabase db, ServiceProcess service, ClaimOnlyLoad claimOnly, List<String> tokens,
                         boolean statements) throws Exception {
        boolean counted = statements && db.resetStatements();
        long serviceBefore = service.cpuMillis();
        long databaseBefore = db.cpuMillis();
        long clientBefore = CLIENT.getProcessCpuTime();
        Profile profile = Profile.start(service, "claims-" + tokens.size());
        Stage stage = claimOnly.run("claims " + tokens.size(), tokens, stageSeconds);
        profile.stop();
        double claims = Math.max(1, stage.claims.count());
        System.out.printf(Locale.ROOT, "[bench] claims %d: processor ms per claim and release: service %.2f, PostgreSQL"
                        + " %.2f, benchmark client %.2f%n", tokens.size(), (service.cpuMillis() - serviceBefore) / claims,
                (db.cpuMillis() - databaseBefore) / claims, (CLIENT.getProcessCpuTime() - clientBefore) / 1e6 / claims);
        if (counted) {
            System.out.println("[bench] claims " + tokens.size() + ": statements per claim and release, most frequent"
                    + " first (pg_stat_statements):" + db.statements(12, stage.claims.count()));
        }
        return stage;
    }

    /** One stage of the bare loop, with its cost in processor time as for {@link #claims}. */
    private Stage bare(BenchmarkDatabase db, BareClaims bare, List<Long> users) throws Exception {
        long databaseBefore = db.cpuMillis();
        long clientBefore = CLIENT.getProcessCpuTime();
        Stage stage = bare.run("bare " + users.size(), users, stageSeconds);
        double claims = Math.max(1, stage.claims.count());
        System.out.printf(Locale.ROOT, "[bench] bare %d: processor ms per claim and release: PostgreSQL %.2f, benchmark"
                        + " client %.2f%n", users.size(), (db.cpuMillis() - databaseBefore) / claims,
                (CLIENT.getProcessCpuTime() - clientBefore) / 1e6 / claims);
        return stage;
    }

    /**
     * Warms both instances with the same translator load, in slices of 3 s taken in turn, until
     * the instance without counters spends at most 15 % more processor time per save than the
     * shipped one and neither got more than 10 % cheaper since its previous slice, or
     * {@code bench.warmupSeconds} per instance are used. A save skipping the
     * counter upsert costs the JVM less, not more; but a colder JVM (less of its code
     * JIT-compiled: the shipped instance had also served all imports, users and claims) spent
     * 1.9-2.5 times the processor time per save, and with it saved 2.5-4 times slower on two
     * shared cores, which was the whole "upkeep" difference measured before.
     */
    private void warmUpBoth(BenchmarkDatabase db, ServiceProcess service, ServiceProcess noCounters, List<String> users)
            throws Exception {
        TranslatorLoad shipped = new TranslatorLoad(service.uri("/"), LANG);
        TranslatorLoad without = new TranslatorLoad(noCounters.uri("/"), LANG);
        double shippedBefore = Double.MAX_VALUE;
        double withoutBefore = Double.MAX_VALUE;
        for (int slice = 1; slice * 3 <= warmupSeconds; slice++) {
            double shippedCost = warmUp(shipped, service, users);
            releaseAll(db);
            double withoutCost = warmUp(without, noCounters, users);
            releaseAll(db);
            System.out.printf(Locale.ROOT, "[bench] warm-up %d: processor ms per save, shipped instance %.2f,"
                    + " instance without counters %.2f%n", slice, shippedCost, withoutCost);
            // Alike, and neither still getting cheaper (the JIT compiler's own work counts in a JVM's time).
            if (withoutCost <= 1.15 * shippedCost && shippedCost >= 0.9 * shippedBefore
                    && withoutCost >= 0.9 * withoutBefore) {
                return;
            }
            shippedBefore = shippedCost;
            withoutBefore = withoutCost;
        }
        System.out.println("[bench] warm-up: after " + warmupSeconds + " s per instance the two were still unlike or"
                + " still getting cheaper per save; compare the upkeep stages' processor time per save before trusting"
                + " the upkeep figure");
    }

    private static double warmUp(TranslatorLoad load, ServiceProcess instance, List<String> users) throws Exception {
        long before = instance.cpuMillis();
        Stage stage = load.run("warm-up", users, 3);
        return (instance.cpuMillis() - before) / (double) Math.max(1, stage.saves.count());
    }

    /** Gives every lease in the language back, so that each claim stage starts from free rows. */
    private static void releaseAll(BenchmarkDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE translation SET claimed_by = NULL, claim_expires_at = NULL WHERE claimed_by IS NOT NULL"
                    + " AND lang = '" + LANG + "'");
        }
    }

    private Stage sustained(TranslatorLoad translators, List<String> tokens, BenchmarkDatabase db, List<String> deadTuples)
            throws Exception {
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        Future<Stage> running = watcher.submit(() -> translators.run("sustained " + tokens.size(), tokens, sustainedSeconds));
        try {
            for (int minute = 1; minute * 60 < sustainedSeconds; minute++) {
                Thread.sleep(60_000);
                String line = "after " + minute + " min: " + db.tuples("translation") + "; " + Bench.load();
                System.out.println("[bench] " + line);
                deadTuples.add(line);
            }
            return running.get();
        } finally {
            watcher.shutdownNow();
        }
    }

    private static long workLeft(BenchmarkDatabase db) throws Exception {
        // Counted from the rows: the upkeep articles' counters were off for half of their saves.
        return db.number("SELECT count(*) FROM translation WHERE lang = '" + LANG + "' AND status IN ('NEW', 'DRAFT')");
    }

    /** A simulated translator: user id and API token. */
    private record User(long id, String token) {
    }

    private List<User> translators(TesseraClient admin, int count) throws Exception {
        return parallel(8, count, i -> {
            String name = "translator-" + i;
            long id = expect(admin.post("/api/users", Map.of("username", name, "password", "a long benchmark password",
                    "roles", List.of("translator"), "languages", List.of(LANG))), 201, "user").get("id").asLong();
            return new User(id, expect(admin.post("/api/tokens", Map.of("name", "benchmark", "userId", id)), 201, "token")
                    .get("token").asText());
        });
    }

    private long importArticle(TesseraClient admin, String name, int count, int priority) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
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
