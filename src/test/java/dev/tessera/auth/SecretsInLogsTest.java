package dev.tessera.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tessera.auth.AccountViews.CreateUser;
import dev.tessera.common.Sha256;
import dev.tessera.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * No secret or hash reaches the log on an error path: the JDBC driver keeps PostgreSQL's row
 * details out of exception messages, and every log line is redacted (webhook secrets, tokens,
 * bcrypt hashes, row contents).
 */
@QuarkusTest
class SecretsInLogsTest {

    private static final Path LOG = Path.of("target/quarkus-test.log");

    @Inject
    Accounts accounts;

    @Test
    void aFailedInsertCarriesNoRowContentsInItsMessages() {
        // The service without the resource's validation: the database's CHECK constraint refuses the name.
        Throwable failure = catchThrowable(() -> accounts.create(new CreateUser("Not A Valid Name!", null,
                "a password of the row", List.of("admin"), List.of())));
        assertThat(failure).isNotNull();
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        assertThat(String.join("\n", messages)).contains("app_user_username_format")
                .doesNotContain("Failing row").doesNotContain(Secrets.PREHASHED).doesNotContain("$2a$");
    }

    @Test
    void logLinesAndLoggedExceptionsAreRedacted() throws IOException {
        String secret = "whsec_" + "c2VjcmV0IG9mIGEgdGVzdA" + System.nanoTime();
        String token = Secrets.newToken();
        String hash = Secrets.hashPassword("logged by mistake");
        Logger.getLogger("dev.tessera.test").errorf(
                new IllegalStateException("ERROR: new row violates check constraint\n  Detail: Failing row contains (7, "
                        + hash + ", " + secret + ")"),
                "Could not save %s with %s", secret, token);

        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).contains("Could not save whsec_[redacted] with tsr_[redacted]")
                .contains("Failing row contains ([redacted])")
                .doesNotContain(secret).doesNotContain(token).doesNotContain(hash.substring(Secrets.PREHASHED.length()));
    }

    @Test
    void aRefusedWebhookChangeLogsNeitherTheSecretNorAnyHash() throws IOException {
        var created = Fixtures.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/logs", "eventTypes", List.of("article.language.reopened")))
                .post("/api/webhooks").then().statusCode(201).extract().jsonPath();
        String secret = created.getString("secret");
        assertThat(secret).startsWith("whsec_");
        String token = Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("name", "logs"))
                .post("/api/tokens").then().statusCode(201).extract().jsonPath().getString("token");

        int status = Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("description", "NUL \u0000 here"))
                .patch("/api/webhooks/" + created.getLong("endpoint.id")).statusCode();
        assertThat(status).isBetween(400, 599);

        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).doesNotContain(secret).doesNotContain(token).doesNotContain(Sha256.hex(token))
                .doesNotContainPattern("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{20}");
    }
}
