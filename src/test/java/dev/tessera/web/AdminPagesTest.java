package dev.tessera.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.tessera.support.Fixtures;
import dev.tessera.web.WebPagesTest.Browser;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The administration pages over HTTP: only admins reach them, every form needs its token, bad
 * fields get the API's problem+json answer with nothing changed, and each form does what it
 * says (users, API tokens with the secret shown once, webhooks with their delivery log).
 */
@QuarkusTest
class AdminPagesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void onlyAdminsReachTheAdminPages() {
        Browser editor = WebPagesTest.signIn(Fixtures.user("editor"));
        for (String page : List.of("/admin", "/admin/tokens", "/admin/webhooks", "/admin/languages")) {
            editor.request().get(page).then().statusCode(403);
        }
        editor.request().get("/").then().statusCode(200).body(not(containsString("href=\"/admin\"")));
        List<Long> before = counts();
        editor.request().formParam("username", Fixtures.uniqueName("sneaky")).formParam("password", "long enough secret")
                .formParam("roles", "admin").formParam("csrf-token", editor.csrf()).post("/admin/users")
                .then().statusCode(403);
        assertThat(counts()).isEqualTo(before);

        Browser admin = WebPagesTest.signIn(Fixtures.user("admin"));
        admin.request().get("/").then().statusCode(200).body(containsString("href=\"/admin\""));
        admin.request().get("/admin").then().statusCode(200)
                .body(containsString("<title>Users · Tessera</title>")).body(containsString("id=\"create-user\""));
        given().redirects().follow(false).get("/admin").then().statusCode(302).header("Location", containsString("/login"));
    }

    @Test
    void aFormWithoutItsTokenChangesNothing() {
        Browser admin = WebPagesTest.signIn(Fixtures.user("admin"));
        List<Long> before = counts();
        admin.request().formParam("username", Fixtures.uniqueName("nocsrf")).formParam("password", "long enough secret")
                .post("/admin/users").then().statusCode(403).contentType(containsString("application/problem+json"))
                .body("code", equalTo("CSRF_TOKEN_INVALID"));
        admin.request().formParam("name", "x").formParam("userId", 1).formParam("csrf-token", "wrong-token-wrong-token-1")
                .post("/admin/tokens").then().statusCode(403).body("code", equalTo("CSRF_TOKEN_INVALID"));
        admin.request().formParam("url", "http://127.0.0.1:9/").post("/admin/webhooks")
                .then().statusCode(403).body("code", equalTo("CSRF_TOKEN_INVALID"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void usersAreCreatedChangedDisabledAndGivenANewPassword() {
        Browser admin = WebPagesTest.signIn(Fixtures.user("admin"));
        String username = Fixtures.uniqueName("ayse");
        String location = form(admin).formParam("username", username).formParam("displayName", "Ayşe Yılmaz")
                .formParam("password", "first password 1").formParam("roles", "translator")
                .formParam("languages", "tr").post("/admin/users").then().statusCode(303).extract().header("Location");
        assertThat(location).matches(".*/admin/users/\\d+\\?done=created");
        long id = Long.parseLong(location.replaceAll(".*/users/(\\d+).*", "$1"));
        admin.request().get(location).then().statusCode(200).body(containsString("Ayşe Yılmaz"))
                .body(containsString("role=\"status\""));

        form(admin).formParam("displayName", "Ayşe Y.").formParam("roles", "translator").formParam("roles", "reviewer")
                .formParam("languages", "tr").formParam("languages", "ru").post("/admin/users/" + id)
                .then().statusCode(303);
        var user = Fixtures.asAdmin().get("/api/users/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(user.getList("roles", String.class)).containsExactly("translator", "reviewer");
        assertThat(user.getList("languages", String.class)).containsExactly("tr", "ru");
        assertThat(user.getString("displayName")).isEqualTo("Ayşe Y.");

        String session = dev.tessera.support.Browser.session(username, "first password 1");
        form(admin).formParam("password", "second password 2").post("/admin/users/" + id + "/password")
                .then().statusCode(303);
        given().redirects().follow(false).cookie("tessera-session", session).get("/").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(302), equalTo(401))); // the old session has ended
        dev.tessera.support.Browser.session(username, "second password 2");

        form(admin).formParam("enabled", "false").post("/admin/users/" + id + "/enabled").then().statusCode(303);
        assertThat(Fixtures.asAdmin().get("/api/users/" + id).then().extract().jsonPath().getBoolean("enabled")).isFalse();
        admin.request().get("/admin").then().statusCode(200).body(containsString("Ayşe Y."))
                .body(containsString("class=\"is-disabled\""));
    }

    @Test
    void badUserFieldsAreRefusedAsProblemsWithNothingChanged() {
        Browser admin = WebPagesTest.signIn(Fixtures.user("admin"));
        var existing = Fixtures.user("translator", "tr");
        List<Long> before = counts();
        refused(form(admin).formParam("username", "Bad Name!").formParam("password", "long enough secret")
                .post("/admin/users"), 400, "VALIDATION_FAILED", "username");
        refused(form(admin).formParam("username", Fixtures.uniqueName("short")).formParam("password", "short")
                .post("/admin/users"), 400, "VALIDATION_FAILED", "password");
        refused(form(admin).formParam("username", Fixtures.uniqueName("role")).formParam("password", "long enough secret")
                .formParam("roles", "boss").post("/admin/users"), 400, "VALIDATION_FAILED", "roles");
        refused(form(admin).formParam("username", Fixtures.uniqueName("lang")).formParam("password", "long enough secret")
                .formParam("languages", "xx").post("/admin/users"), 400, "UNKNOWN_LANGUAGE", "languages");
        refused(form(admin).formParam("username", existing.username()).formParam("password", "long enough secret")
                .post("/admin/users"), 409, "USERNAME_TAKEN", "username");
        String row = userRow(existing.id());
        refused(form(admin).formParam("password", "short").post("/admin/users/" + existing.id() + "/password"),
                400, "VALIDATION_FAILED", "password");
        refused(form(admin).post("/admin/users/" + existing.id() + "/password"), 400, "VALIDATION_FAILED", "password");
        refused(form(admin).formParam("enabled", "perhaps").post("/admin/users/" + existing.id() + "/enabled"),
                400, "VALIDATION_FAILED", "enabled");
        refused(form(admin).formParam("displayName", "").post("/admin/users/" + existing.id()),
                400, "VALIDATION_FAILED", "displayName");
        form(admin).formParam("displayName", "x").post("/admin/users/999999999").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        assertThat(userRow(existing.id())).isEqualTo(row);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aTokenIsShownOnceWorksAndIsRevoked() {
        Browser admin = WebPagesTest.signIn(Fixtures.user("admin"));
        var owner = Fixtures.user("editor");
        String name = Fixtures.uniqueName("cms");
        Response created = form(admin).formParam("userId", owner.id()).formParam("name", name)
                .formParam("expiresOn", LocalDate.now().plusDays(30).toString()).post("/admin/tokens");
        created.then().statusCode(201).contentType(containsString("text/html")).header("Cache-Control", "no-store");
        Matcher secret = Pattern.compile("id=\"new-secret\">(tsr_[^<]+)<").matcher(created.asString());
        assertThat(secret.find()).isTrue();
        String token = secret.group(1);
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(200)
                .body("username", equalTo(owner.username()));

        String list = admin.request().get("/admin/tokens").then().statusCode(200).extract().asString();
        assertThat(list).contains(name).doesNotContain(token).doesNotContain("new-secret");
        Matcher revoke = Pattern.compile("action=\"/admin/tokens/(\\d+)/revoke\"").matcher(
                list.substring(list.indexOf(name)));
        assertThat(revoke.find()).isTrue();
        form(admin).post("/admin/tokens/" + revoke.group(1) + "/revoke").then().statusCode(303)
                .header("Location", containsString("/admin/tokens?done=revoked"));
        given().header("Authorization", "Bearer " + token).get("/api/me").then().statusCode(401);
    }

    @Test
    void badTokenFieldsAreRefused() {
        Browser admin = WebPagesTest.signIn(Fixtures.user("admin"));
        var owner = Fixtures.user("editor");
        List<Long> before = counts();
        refused(form(admin).formParam("userId", owner.id()).formParam("name", " ").post("/admin/tokens"),
                400, "VALIDATION_FAILED", "name");
        refused(form(admin).formParam("name", "cms").post("/admin/tokens"), 400, "VALIDATION_FAILED", "userId");
        refused(form(admin).formParam("userId", owner.id()).formParam("name", "cms").formParam("expiresOn", "soon")
                .post("/admin/tokens"), 400, "VALIDATION_FAILED", "expiresOn");
        refused(form(admin).formParam("userId", owner.id()).formParam("name", "cms")
                .formParam("expiresOn", LocalDate.now().minusDays(2).toString()).post("/admin/tokens"),
                400, "VALIDATION_FAILED", "expiresAt");
        form(admin).formParam("userId", 999999999).formParam("name", "cms").post("/admin/tokens").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aWebhookShowsItsDeliveryLogAndIsRedeliveredAndDisabled() throws Exception {
        Browser admin = WebPagesTest.signIn(Fixtures.user("admin"));
        String description = Fixtures.uniqueName("closed port");
        Response created = form(admin).formParam("url", "http://127.0.0.1:9/hook").formParam("description", description)
                .formParam("eventTypes", "article.completed").post("/admin/webhooks");
        created.then().statusCode(201).header("Cache-Control", "no-store");
        assertThat(created.asString()).containsPattern("id=\"new-secret\">whsec_[^<]+<");
        Matcher link = Pattern.compile("href=\"/admin/webhooks/(\\d+)\"[^>]*>http://127.0.0.1:9/hook</a>\\s*<br><span class=\"muted small\">"
                + Pattern.quote(description)).matcher(created.asString());
        assertThat(link.find()).isTrue();
        long id = Long.parseLong(link.group(1));

        form(admin).post("/admin/webhooks/" + id + "/test").then().statusCode(303)
                .header("Location", containsString("/admin/webhooks/" + id + "?done=test"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String page;
        do {
            Thread.sleep(300);
            page = admin.request().get("/admin/webhooks/" + id).then().statusCode(200).extract().asString();
        } while (!page.contains("Attempt 1") && Instant.now().isBefore(deadline));
        assertThat(page).contains("webhook.test").contains("Attempt 1").contains("msg_");
        Matcher redeliver = Pattern.compile("action=\"(/admin/webhooks/" + id + "/deliveries/\\d+/redeliver)\"").matcher(page);
        assertThat(redeliver.find()).isTrue();
        form(admin).post(redeliver.group(1)).then().statusCode(303).header("Location", containsString("done=redeliver"));
        form(admin).post("/admin/webhooks/" + id + "/deliveries/999999999/redeliver").then().statusCode(404)
                .contentType(containsString("application/problem+json"));

        refused(form(admin).formParam("active", "perhaps").post("/admin/webhooks/" + id + "/active"),
                400, "VALIDATION_FAILED", "active");
        form(admin).formParam("active", "false").post("/admin/webhooks/" + id + "/active").then().statusCode(303);
        Fixtures.asAdmin().get("/api/webhooks/" + id).then().body("active", equalTo(false))
                .body("disabledReason", equalTo("disabled by an admin"));
        admin.request().get("/admin/webhooks").then().body(containsString("class=\"is-failing\""));
    }

    @Test
    void badWebhookFieldsAreRefused() {
        Browser admin = WebPagesTest.signIn(Fixtures.user("admin"));
        List<Long> before = counts();
        refused(form(admin).formParam("url", "ftp://example.org/hook").formParam("eventTypes", "article.completed")
                .post("/admin/webhooks"), 400, "VALIDATION_FAILED", "url");
        refused(form(admin).formParam("url", "http://127.0.0.1:9/hook").post("/admin/webhooks"),
                400, "VALIDATION_FAILED", "eventTypes");
        refused(form(admin).formParam("url", "http://127.0.0.1:9/hook").formParam("eventTypes", "article.deleted")
                .post("/admin/webhooks"), 400, "VALIDATION_FAILED", "eventTypes");
        refused(form(admin).formParam("eventTypes", "article.completed").post("/admin/webhooks"),
                400, "VALIDATION_FAILED", "url");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void languagesAreListedInThePagesLanguage() {
        Browser admin = WebPagesTest.signIn(Fixtures.user("admin"));
        admin.request().cookie(UiLocale.COOKIE, "tr").get("/admin/languages").then().statusCode(200)
                .body(containsString("Türkçe")).body(containsString("İngilizce")).body(containsString("Rusça"))
                .body(containsString("Yönetim"));
        admin.request().cookie(UiLocale.COOKIE, "ru").get("/admin").then().statusCode(200)
                .body(containsString("Пользователи")).body(containsString("Создать пользователя"));
    }

    private static io.restassured.specification.RequestSpecification form(Browser browser) {
        return browser.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", browser.csrf());
    }

    private static void refused(Response response, int status, String code, String field) {
        var problem = response.then().statusCode(status).contentType(containsString("application/problem+json"))
                .body("code", equalTo(code)).extract().jsonPath();
        String named = problem.getString("field") != null ? problem.getString("field") : problem.getString("violations[0].field");
        assertThat(named).as("the field the problem names").isEqualTo(field);
    }

    /** Accounts, tokens, webhook endpoints and deliveries: what an admin form could add. */
    private List<Long> counts() {
        List<Long> counts = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("app_user", "api_token", "webhook_endpoint", "webhook_delivery")) {
                try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + table);
                     ResultSet rs = s.executeQuery()) {
                    rs.next();
                    counts.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private String userRow(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT display_name, roles::text, languages::text, enabled,"
                     + " password_hash, updated_at::text FROM app_user WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getBoolean(4) + "|"
                        + rs.getString(5) + "|" + rs.getString(6);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
