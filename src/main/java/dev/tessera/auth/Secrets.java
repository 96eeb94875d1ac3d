package dev.tessera.auth;

import dev.tessera.common.Sha256;
import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Password hashing (bcrypt) and API-token generation. Tokens carry 256 random bits, so a
 * plain SHA-256 digest is enough to store them safely and lets a request be checked with
 * one indexed lookup instead of a bcrypt comparison per token.
 *
 * <p>bcrypt reads only the first 72 bytes of its input, and a 200-character password in
 * Cyrillic or Turkish is up to 400 bytes. So a password is first reduced to the base64 of its
 * HMAC-SHA256 (44 characters, every byte of the password counts) and that is bcrypted; such
 * hashes are stored with the prefix {@value #PREHASHED}. Hashes made before this change (plain
 * bcrypt) still verify and are replaced at the next successful sign-in ({@link #needsRehash}).
 */
public final class Secrets {

    public static final String TOKEN_PREFIX = "tsr_";
    /** Marks a bcrypt hash of the pre-hashed password. */
    static final String PREHASHED = "$sha256";
    /** A fixed, public key: the HMAC only makes the input fit bcrypt; the secret part is bcrypt's salt and cost. */
    private static final byte[] PREHASH_KEY = "tessera-password-prehash-v1".getBytes(StandardCharsets.US_ASCII);
    private static final int BCRYPT_COST = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    private Secrets() {
    }

    public static String hashPassword(String password) {
        return PREHASHED + BcryptUtil.bcryptHash(prehash(password), BCRYPT_COST);
    }

    public static boolean passwordMatches(String password, String hash) {
        if (hash == null) {
            return false;
        }
        boolean prehashed = hash.startsWith(PREHASHED);
        String bcrypt = prehashed ? hash.substring(PREHASHED.length()) : hash;
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(bcrypt));
            return factory.verify(stored, (prehashed ? prehash(password) : password).toCharArray());
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether a stored hash is of the older kind that bcrypts the password itself (and so ignores bytes after 72). */
    public static boolean needsRehash(String hash) {
        return hash != null && !hash.startsWith(PREHASHED);
    }

    /** Base64 of HMAC-SHA256(password): 44 ASCII characters, well inside bcrypt's 72 bytes. */
    static String prehash(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(PREHASH_KEY, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String digest(String token) {
        return Sha256.hex(token);
    }


    /** Compares secrets in time independent of where they differ. */
    public static boolean sameSecret(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** The visible start of a token, shown in lists so that a user can tell tokens apart. */
    public static String visiblePrefix(String token) {
        return token.substring(0, Math.min(token.length(), TOKEN_PREFIX.length() + 6));
    }
}
