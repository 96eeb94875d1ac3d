package dev.tessera.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Password hashes: every byte of a long password counts; hashes of the older kind still verify. */
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
}
