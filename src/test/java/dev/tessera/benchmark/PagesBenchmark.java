package dev.tessera.benchmark;

import static io.restassured.RestAssured.given;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Page weight and server time of the dashboard over 10,000 articles and of opening the
 * translator workbench, each next to a baseline measured in the same run: the API's own list
 * of the same 25 articles, and the API's claim of the same run. Times are medians of 30
 * requests after 5 warm-ups, as seen by a client on the same machine.
 *
 * <p>{@code mvn -Pbenchmark test -Dtest=PagesBenchmark} ({@code -Dbench.quick=true}: 1,000 articles). The goals are
 * absolute server times, printed as {@code BENCH} lines next to the ratio to the baseline.
 */
@QuarkusTest
@Tag("benchmark")
class PagesBenchmark {

    private static final int ARTICLES = Bench.setting("bench.pagesArticles", 10_000, 1_000);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void dashboardAndWorkbench() throws Exception {
        Bench.context("pages");
        long rows = new ProgressAtScale(jdbcUrl).generate(ARTICLES);
        Account editor = Fixtures.user("editor");
        Account translator = Fixtures.user("translator", "tr");
        String editorSession = session(editor);
        String translatorSession = session(translator);

        Sample api = sample(() -> Fixtures.asAdmin().get("/api/articles?size=25"));
        Sample dashboard = sample(() -> given().cookie("tessera-session", editorSession).get("/"));
        Sample filtered = sample(() -> given().cookie("tessera-session", editorSession)
                .header("HX-Request", "true").get("/?lang=tr&status=REJECTED&sort=progress&dir=asc"));
        Sample claim = sample(() -> translator.request().post("/api/queue/tr/claim?limit=10"));
        Sample workbench = sample(() -> given().cookie("tessera-session", translatorSession).get("/translate/tr"));
        long assets = List.of("/static/tessera.css", "/static/page.js", "/static/notation.js", "/static/workbench.js",
                "/webjars/htmx.org/dist/htmx.min.js").stream()
                .mapToLong(p -> given().get(p).then().statusCode(200).extract().asByteArray().length).sum();

        StringBuilder out = new StringBuilder("\nPages benchmark: " + ARTICLES + " articles (" + rows + " translations)\n");
        out.append(line("GET /api/articles?size=25 (baseline)", api, api, Double.NaN));
        out.append(line("GET / dashboard, 25 of 10,000 articles", dashboard, api, 500));
        out.append(line("GET / table fragment, filtered, by progress", filtered, api, 500));
        out.append(line("POST /api/queue/tr/claim?limit=10 (baseline)", claim, claim, Double.NaN));
        out.append(line("GET /translate/tr (page shell)", workbench, claim, 200));
        out.append(String.format(Locale.ROOT, "static assets, uncompressed, cached after first load: %,d bytes%n", assets));
        System.out.println(out);
        Bench.below("pages.dashboard_" + ARTICLES + "_articles.median", dashboard.medianMs(), "ms", 500);
        Bench.below("pages.dashboard_fragment_filtered.median", filtered.medianMs(), "ms", 500);
        Bench.below("pages.workbench_shell.median", workbench.medianMs(), "ms", 200);
    }

    private static String session(Account account) {
        return given().redirects().follow(false).formParam("j_username", account.username())
                .formParam("j_password", Fixtures.PASSWORD).post("/j_security_check").getCookie("tessera-session");
    }

    record Sample(double medianMs, long bytes) {
    }

    private static Sample sample(Supplier<Response> call) {
        for (int i = 0; i < 5; i++) {
            call.get().then().statusCode(200);
        }
        List<Double> times = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            Response r = call.get();
            bytes = r.then().statusCode(200).extract().asByteArray().length;
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return new Sample(times.get(times.size() / 2), bytes);
    }

    private static String line(String what, Sample s, Sample baseline, double goalMs) {
        String goal = Double.isNaN(goalMs) ? "" : String.format(Locale.ROOT, "  goal < %.0f ms: %s", goalMs,
                s.medianMs() < goalMs ? "MET" : "MISSED");
        return String.format(Locale.ROOT, "%-48s median %7.1f ms  %,9d bytes  ratio to baseline %5.2f%s%n", what,
                s.medianMs(), s.bytes(), s.medianMs() / baseline.medianMs(), goal);
    }
}
