package dev.tessera.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * What the database decides on every API request ({@link TokenLookup}): a token past its
 * expiry stops working at once, and its last-used time is written when it is a minute old,
 * not on every request.
 */
@QuarkusTest
class TokenUseTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTokenPastItsExpiryIsRefusedAtOnce() throws Exception {
        Account editor = Fixtures.user("editor");
        editor.request().get("/api/me").then().statusCode(200);
        set("expires_at", editor, Instant.now().minusSeconds(1));
        editor.request().get("/api/me").then().statusCode(401);
        set("expires_at", editor, Instant.now().plus(1, ChronoUnit.DAYS));
        editor.request().get("/api/me").then().statusCode(200);
    }

    @Test
    void theLastUseIsWrittenWhenItIsAMinuteOld() throws Exception {
        Account editor = Fixtures.user("editor");
        Instant recent = Instant.now().minusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
        set("last_used_at", editor, recent);
        editor.request().get("/api/me").then().statusCode(200);
        assertThat(lastUsed(editor)).as("used 10 s ago: not written again").isEqualTo(recent);

        Instant old = Instant.now().minusSeconds(TokenLookup.TOUCH_INTERVAL_SECONDS + 5).truncatedTo(ChronoUnit.MILLIS);
        set("last_used_at", editor, old);
        editor.request().get("/api/me").then().statusCode(200);
        assertThat(lastUsed(editor)).as("used over a minute ago: written now").isAfter(recent);
    }

    private void set(String column, Account account, Instant at) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE api_token SET " + column + " = ? WHERE user_id = ?")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setLong(2, account.id());
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private Instant lastUsed(Account account) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT last_used_at FROM api_token WHERE user_id = ?")) {
            s.setLong(1, account.id());
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getTimestamp(1).toInstant();
            }
        }
    }
}
