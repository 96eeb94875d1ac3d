package dev.tessera.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.auth.HttpConfig.SecureCookies;
import org.junit.jupiter.api.Test;

/** When cookies get the Secure flag, as a table of the setting and how the request arrived. */
class SecureCookiesTest {

    @Test
    void autoFollowsTheRequestAlwaysIsAlways() {
        assertThat(SecureCookies.AUTO.secure(true)).isTrue();
        assertThat(SecureCookies.AUTO.secure(false)).isFalse();
        assertThat(SecureCookies.ALWAYS.secure(true)).isTrue();
        assertThat(SecureCookies.ALWAYS.secure(false)).isTrue();
    }
}
