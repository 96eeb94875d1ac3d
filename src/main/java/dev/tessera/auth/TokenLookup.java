package dev.tessera.auth;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The account behind an API token, read on every API request: one statement on a connection
 * in autocommit, outside any transaction and without loading entities. Through Hibernate and a
 * JTA transaction the same read cost a begin and a commit and the entities' upkeep: 15-29 % of
 * the service's samples in a flight recording of the claim stages ({@code docs/BENCHMARKS.md}).
 * The database decides whether the token is still usable, so a revoked or expired token, or one
 * of a disabled account, stops working on the next request, on every instance.
 */
@ApplicationScoped
public class TokenLookup {

    /** How often a token's last-used time is written, at most: one write per request would be wasteful. */
    static final int TOUCH_INTERVAL_SECONDS = 60;

    private static final String FIND = """
            SELECT t.id AS token_id,
                   t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AS usable,
                   (t.last_used_at IS NULL OR t.last_used_at < now() - make_interval(secs => %d)) AS stale,
                   u.id, u.username, u.roles, u.languages, u.ui_lang, u.enabled
            FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE t.token_hash = ?""".formatted(TOUCH_INTERVAL_SECONDS);
    private static final String BY_USERNAME = """
            SELECT NULL::bigint AS token_id, true AS usable, false AS stale,
                   u.id, u.username, u.roles, u.languages, u.ui_lang, u.enabled
            FROM app_user u WHERE u.username = ?""";
    private static final String TOUCH = "UPDATE api_token SET last_used_at = now() WHERE id = ?";

    /** An account as authentication needs it; {@code tokenId} null for the admin token. */
    public record Account(Long tokenId, boolean usable, long id, String username, String[] roles, String[] languages,
                          String uiLang, boolean enabled) {
    }

    private final AgroalDataSource dataSource;

    public TokenLookup(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The token with this digest and its account; its last-used time written when it is a minute old and it works. */
    public Optional<Account> byDigest(String digest) {
        try (Connection c = dataSource.getConnection()) {
            Optional<Row> row = read(c, FIND, digest);
            if (row.isPresent() && row.get().stale() && row.get().account().usable() && row.get().account().enabled()) {
                try (PreparedStatement touch = c.prepareStatement(TOUCH)) {
                    touch.setLong(1, row.get().account().tokenId());
                    touch.executeUpdate();
                }
            }
            return row.map(Row::account);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading an API token failed", e);
        }
    }

    /** The account of this name (the admin token's). */
    public Optional<Account> byUsername(String username) {
        try (Connection c = dataSource.getConnection()) {
            return read(c, BY_USERNAME, username).map(Row::account);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading an account failed", e);
        }
    }

    private record Row(Account account, boolean stale) {
    }

    private static Optional<Row> read(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                long tokenId = r.getLong("token_id");
                Account account = new Account(r.wasNull() ? null : tokenId, r.getBoolean("usable"), r.getLong("id"),
                        r.getString("username"), strings(r.getArray("roles")), strings(r.getArray("languages")),
                        r.getString("ui_lang"), r.getBoolean("enabled"));
                return Optional.of(new Row(account, r.getBoolean("stale")));
            }
        }
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
