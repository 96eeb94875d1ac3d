package dev.tessera.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.support.Browser;
import dev.tessera.support.Fixtures;
import dev.tessera.support.Fixtures.Account;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is throttled per account (from any address) and per client address (at
 * any account), in the database; a blocked attempt looks like a wrong password even when the
 * password is right. An unknown user is refused as slowly as a wrong password.
 */
@QuarkusTest
class SignInThrottleTest {

    private static final String FAILED = "/login?error=1";

    @Inject
    EntityManager em;

    @Test
    void fiveWrongPasswordsBlockTheAccountFromEveryAddress() {
        Account victim = Fixtures.user("editor");
        for (int i = 0; i < 5; i++) {
            refused(Browser.signIn(victim.username(), "wrong guess " + i, Browser.newAddress()));
        }
        refused(Browser.signIn(victim.username(), Fixtures.PASSWORD, Browser.newAddress()));
        assertThat(blockedSubjects()).contains("account:" + victim.username());

        Account other = Fixtures.user("editor");
        Browser.session(other.username(), Fixtures.PASSWORD); // the addresses themselves are not blocked
    }

    @Test
    void fourWrongPasswordsDoNotBlockAndASuccessClearsTheCount() {
        Account user = Fixtures.user("translator", "tr");
        for (int i = 0; i < 4; i++) {
            refused(Browser.signIn(user.username(), "wrong guess " + i, Browser.newAddress()));
        }
        Browser.session(user.username(), Fixtures.PASSWORD);
        for (int i = 0; i < 4; i++) {
            refused(Browser.signIn(user.username(), "wrong again " + i, Browser.newAddress()));
        }
        Browser.session(user.username(), Fixtures.PASSWORD);
    }

    @Test
    void twentyFailuresFromOneAddressBlockThatAddressForEveryAccount() {
        String address = Browser.newAddress();
        for (int i = 0; i < 20; i++) {
            refused(Browser.signIn(Fixtures.uniqueName("nobody"), "guess", address));
        }
        Account user = Fixtures.user("reviewer", "en");
        refused(Browser.signIn(user.username(), Fixtures.PASSWORD, address));
        assertThat(blockedSubjects()).contains("address:" + address);

        Browser.session(user.username(), Fixtures.PASSWORD); // from elsewhere the account works
    }

    @Test
    void anUnknownUserIsRefusedAsSlowlyAsAWrongPassword() {
        Account known = Fixtures.user("translator", "ru");
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < 4; i++) { // four: the fifth failure would block the known account
            unknown.add(timed(() -> Browser.signIn(Fixtures.uniqueName("ghost"), "some password", Browser.newAddress())));
            wrong.add(timed(() -> Browser.signIn(known.username(), "some password", Browser.newAddress())));
        }
        double ratio = (double) median(unknown) / median(wrong);
        assertThat(ratio).as("unknown %s ms vs wrong password %s ms", unknown, wrong).isBetween(0.5, 2.0);
    }

    private static void refused(Response response) {
        response.then().statusCode(302).header("Location", FAILED);
        assertThat(response.getCookie(Browser.COOKIE)).isNull();
    }

    @SuppressWarnings("unchecked")
    private List<String> blockedSubjects() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT subject FROM sign_in_throttle WHERE blocked_until > now()").getResultList());
    }

    private static long timed(Supplier<Response> attempt) {
        long start = System.nanoTime();
        refused(attempt.get());
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    }
}
