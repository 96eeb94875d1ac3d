package dev.tessera.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A browser in API tests: signs in with the form, behind a trusted proxy that names a client
 * address of its own (so that the sign-in throttle of one test never blocks another), and
 * sends the session cookie with Tessera's own {@code Origin}, as a page of Tessera would.
 */
public final class Browser {

    public static final String COOKIE = "tessera-session";
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger((int) (System.nanoTime() % 200_000));

    private Browser() {
    }

    /** A client address no other sign-in of this run uses (TEST-NET and private ranges). */
    public static String newAddress() {
        int n = NEXT_ADDRESS.incrementAndGet();
        return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    public static Response signIn(String username, String password, String address) {
        return given().redirects().follow(false).header("X-Forwarded-For", address)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
    }

    /** Signs in from a fresh address and returns the session cookie (fails the test when refused). */
    public static String session(String username, String password) {
        String cookie = signIn(username, password, newAddress()).getCookie(COOKIE);
        if (cookie == null) {
            throw new AssertionError("Sign-in of " + username + " was refused");
        }
        return cookie;
    }

    /** The sign-in page the form mechanism sends browsers to (and sign-out ends at). */
    public static String signInPage() {
        return ConfigProvider.getConfig().getValue("quarkus.http.auth.form.login-page", String.class);
    }

    /** Where a refused sign-in is sent. */
    public static String failedSignInPage() {
        return ConfigProvider.getConfig().getValue("quarkus.http.auth.form.error-page", String.class);
    }

    public static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    /**
     * A request of one of Tessera's own pages, with this session: its origin, and the form
     * token pair (the {@code tessera-csrf} cookie and the {@code X-CSRF-Token} header) that
     * the pages send.
     */
    public static RequestSpecification with(String cookie) {
        return page().cookie(COOKIE, cookie);
    }

    /** A request of one of Tessera's own pages without a session (its origin and form token pair). */
    public static RequestSpecification page() {
        byte[] random = new byte[16]; // the size of the tokens the pages get (quarkus.rest-csrf.token-size)
        new java.security.SecureRandom().nextBytes(random);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return given().redirects().follow(false).cookie("tessera-csrf", token).header("X-CSRF-Token", token)
                .header("Origin", origin());
    }
}
