package dev.tessera.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.tessera.support.Browser;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Browser sessions end on the server: a password change ends the user's other sessions (not
 * the one that made it), an admin's reset ends them all, sign-out makes the old cookie useless.
 * Passwords longer than bcrypt's 72 bytes count in full, and hashes of the older kind still
 * sign in (and are upgraded).
 */
@QuarkusTest
class SessionSecurityTest {

    @Inject
    EntityManager em;

    @Test
    void passwordChangeEndsEveryOtherSession() {
        Account user = Fixtures.user("translator", "tr");
        String first = Browser.session(user.username(), Fixtures.PASSWORD);
        String second = Browser.session(user.username(), Fixtures.PASSWORD);
        Browser.with(second).get("/api/me").then().statusCode(200);

        Browser.with(first).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "a new password 2026"))
                .put("/api/me/password").then().statusCode(204);

        Browser.with(second).get("/api/me").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        Browser.with(first).get("/api/me").then().statusCode(200).body("username", equalTo(user.username()));
        user.request().get("/api/me").then().statusCode(200); // API tokens are not sessions
    }

    @Test
    void passwordSetByAnAdminEndsAllSessions() {
        Account user = Fixtures.user("reviewer", "ru");
        String session = Browser.session(user.username(), Fixtures.PASSWORD);
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("password", "reset by the admin"))
                .patch("/api/users/" + user.id()).then().statusCode(200);
        Browser.with(session).get("/api/me").then().statusCode(401);
    }

    @Test
    void signOutEndsTheSessionClearsTheCookieAndGoesToTheSignInPage() {
        Account user = Fixtures.user("editor");
        String session = Browser.session(user.username(), Fixtures.PASSWORD);

        Response out = Browser.with(session).post("/logout");
        out.then().statusCode(303).header("Location", equalTo(Browser.signInPage()));
        assertThat(out.getDetailedCookie(Browser.COOKIE).getMaxAge()).isZero();
        assertThat(out.getCookie(Browser.COOKIE)).isEmpty();

        Browser.with(session).get("/api/me").then().statusCode(401);
    }

    @Test
    void signOutWithoutASessionOnlyRedirects() {
        Browser.page().post("/logout")
                .then().statusCode(303).header("Location", equalTo(Browser.signInPage()));
    }

    @Test
    void passwordsThatShareTheFirst72BytesAreDifferentPasswords() {
        String shared = "seventy-two bytes of passphrase ".repeat(3).substring(0, 72); // the form posts ASCII as is
        Account user = Fixtures.user("translator", "tr");
        Fixtures.asAdmin().contentType(ContentType.JSON).body(Map.of("password", shared + " one"))
                .patch("/api/users/" + user.id()).then().statusCode(200);

        assertThat(Browser.signIn(user.username(), shared + " two", Browser.newAddress()).getCookie(Browser.COOKIE))
                .isNull();
        assertThat(Browser.signIn(user.username(), shared + " one", Browser.newAddress()).getCookie(Browser.COOKIE))
                .isNotNull();
    }

    @Test
    void aHashOfTheOlderKindStillSignsInAndIsUpgraded() {
        Account user = Fixtures.user("translator", "tr");
        setHash(user.id(), BcryptUtil.bcryptHash(Fixtures.PASSWORD, 10));

        Browser.session(user.username(), Fixtures.PASSWORD);

        assertThat(hash(user.id())).startsWith(Secrets.PREHASHED);
        assertThat(Secrets.passwordMatches(Fixtures.PASSWORD, hash(user.id()))).isTrue();
    }

    private void setHash(long userId, String hash) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE app_user SET password_hash = ?1 WHERE id = ?2")
                .setParameter(1, hash).setParameter(2, userId).executeUpdate());
    }

    private String hash(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                        "SELECT password_hash FROM app_user WHERE id = ?1")
                .setParameter(1, userId).getSingleResult());
    }
}
