package dev.tessera.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** Request and response bodies of the account endpoints. */
public final class AccountViews {

    private AccountViews() {
    }

    public record UserView(long id, String username, String displayName, List<String> roles,
                           List<String> languages, boolean enabled, Instant createdAt) {
        static UserView of(User u) {
            return new UserView(u.id, u.username, u.displayName, List.of(u.roles), List.of(u.languages),
                    u.enabled, u.createdAt);
        }
    }

    public record CreateUser(
            @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{1,63}$",
                    message = "2 to 64 characters: lower-case letters, digits, '.', '_' or '-'") String username,
            @Size(max = 200) String displayName,
            @NotBlank @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String password,
            List<@NotBlank String> roles,
            List<@NotBlank String> languages) {
    }

    /** A partial update: fields left out (null) stay as they are. */
    public record UpdateUser(
            @Size(min = 1, max = 200) String displayName,
            @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String password,
            List<@NotBlank String> roles,
            List<@NotBlank String> languages,
            Boolean enabled) {
    }

    public record ChangePassword(@NotBlank String currentPassword,
                                 @NotBlank @Size(min = 10, max = 200, message = "must be 10 to 200 characters") String newPassword) {
    }

    public record Me(long id, String username, String displayName, List<String> roles, List<String> languages,
                     String authenticatedBy) {
    }

    public record CreateToken(@NotBlank @Size(max = 100) String name, Instant expiresAt, Long userId) {
    }

    public record TokenView(long id, long userId, String name, String prefix, Instant createdAt, Instant expiresAt,
                            Instant lastUsedAt, Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id, t.userId, t.name, t.tokenPrefix, t.createdAt, t.expiresAt, t.lastUsedAt,
                    t.revokedAt);
        }
    }

    /** The answer to creating a token: the only time the token itself is shown. */
    public record CreatedToken(long id, long userId, String name, String prefix, Instant createdAt, Instant expiresAt,
                               String token) {
    }
}
