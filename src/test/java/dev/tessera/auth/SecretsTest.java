package dev.tessera.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Password hashes (every byte of a long password counts; hashes of the older kind still verify),
 * API tokens and their digests, without Quarkus.
 */
class SecretsTest {

    @Test
    void passwordsSharingTheFirst72BytesDoNotMatchEachOther() {
        String shared = "a".repeat(72);
        assertThat(shared.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        String hash = Secrets.hashPassword(shared + "first");
        assertThat(Secrets.passwordMatches(shared + "first", hash)).isTrue();
        assertThat(Secrets.passwordMatches(shared + "second", hash)).isFalse();
        assertThat(Secrets.passwordMatches(shared, hash)).isFalse();
    }

    @Test
    void plainBcryptHashesStillVerifyAndAskToBeReplaced() {
        String legacy = BcryptUtil.bcryptHash("an older password", 10);
        assertThat(Secrets.passwordMatches("an older password", legacy)).isTrue();
        assertThat(Secrets.passwordMatches("another password", legacy)).isFalse();
        assertThat(Secrets.needsRehash(legacy)).isTrue();
        assertThat(Secrets.needsRehash(Secrets.hashPassword("an older password"))).isFalse();
    }

    @Test
    void nothingMatchesAMissingOrBrokenHash() {
        assertThat(Secrets.passwordMatches("x", null)).isFalse();
        assertThat(Secrets.passwordMatches("x", Secrets.PREHASHED + "not bcrypt")).isFalse();
    }

    @Test
    void aPasswordMatchesItsOwnHashOnly() {
        String hash = Secrets.hashPassword("correct horse battery staple");

        assertThat(hash).startsWith(Secrets.PREHASHED + "$2").doesNotContain("correct horse");
        assertThat(Secrets.passwordMatches("correct horse battery staple", hash)).isTrue();
        assertThat(Secrets.passwordMatches("correct horse battery stapler", hash)).isFalse();
        assertThat(Secrets.passwordMatches("", hash)).isFalse();
    }

    @Test
    void aHashThatIsNotBcryptMatchesNothing() {
        assertThat(Secrets.passwordMatches("secret", "secret")).isFalse();
        assertThat(Secrets.passwordMatches("secret", "")).isFalse();
    }

    @Test
    void tokensCarry256RandomBitsBehindTheirPrefix() {
        String token = Secrets.newToken();

        assertThat(token).startsWith(Secrets.TOKEN_PREFIX);
        assertThat(Base64.getUrlDecoder().decode(token.substring(Secrets.TOKEN_PREFIX.length()))).hasSize(32);
        assertThat(Secrets.newToken()).isNotEqualTo(token);
    }

    @Test
    void generatedPasswordsCarry144RandomBits() {
        String password = Secrets.newPassword();

        assertThat(Base64.getUrlDecoder().decode(password)).hasSize(18);
        assertThat(Secrets.newPassword()).isNotEqualTo(password);
    }

    @Test
    void aTokenIsStoredAsItsSha256() {
        assertThat(Secrets.digest("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void secretsAreTheSameOnlyWhenEveryByteIs() {
        assertThat(Secrets.sameSecret("tsr_abc", "tsr_abc")).isTrue();
        assertThat(Secrets.sameSecret("tsr_abc", "tsr_abd")).isFalse();
        assertThat(Secrets.sameSecret("tsr_abc", "tsr_ab")).isFalse();
    }

    @Test
    void theVisiblePrefixIsTheTokenPrefixAndSixCharacters() {
        assertThat(Secrets.visiblePrefix("tsr_abcdefghij")).isEqualTo("tsr_abcdef");
        assertThat(Secrets.visiblePrefix("tsr_abcdef")).isEqualTo("tsr_abcdef");
        assertThat(Secrets.visiblePrefix("tsr_ab")).isEqualTo("tsr_ab");
    }
}
