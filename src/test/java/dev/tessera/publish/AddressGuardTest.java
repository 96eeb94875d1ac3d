package dev.tessera.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The address guard without Quarkus: private, loopback, link-local and other inside addresses are refused. */
class AddressGuardTest {

    private final AddressGuard guard = new AddressGuard(false);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.1", "10.255.255.255", "172.16.0.1", "172.31.255.255",
            "192.168.1.10", "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255",
            "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3",
            "::ffff:169.254.169.254", "64:ff9b::a00:1", "2002:a00:1::1", "::127.0.0.1"})
    void insideAddressesAreRefused(String literal) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
        String host = literal.contains(":") ? "[" + literal + "]" : literal;
        assertThat(guard.refusal("https://" + host + "/hook")).as(literal).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111",
            "::ffff:93.184.216.34"})
    void publicAddressesAreAllowed(String literal) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
        String host = literal.contains(":") ? "[" + literal + "]" : literal;
        assertThat(guard.refusal("https://" + host + "/hook")).as(literal).isEmpty();
    }

    @Test
    void aNameIsJudgedByEveryAddressItResolvesTo() {
        AddressGuard resolving = new AddressGuard(false, host -> new InetAddress[] {
                InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")});
        assertThat(resolving.refusal("https://cms.example/hook")).get().asString().contains("10.0.0.5");
        AddressGuard publicOnly = new AddressGuard(false, host -> new InetAddress[] {InetAddress.getByName("93.184.216.34")});
        assertThat(publicOnly.refusal("https://cms.example/hook")).isEmpty();
    }

    @Test
    void unresolvableHostsAreRefused() {
        AddressGuard none = new AddressGuard(false, host -> {
            throw new UnknownHostException(host);
        });
        assertThat(none.refusal("https://nowhere.invalid/")).get().asString().contains("does not resolve");
    }

    @Test
    void allowingPrivateAddressesLetsLoopbackThrough() {
        assertThat(new AddressGuard(true).refusal("http://127.0.0.1:8080/hook")).isEmpty();
    }

    @Test
    void onlyHttpAndHttpsWithAHostAndNoCredentials() {
        assertThat(AddressGuard.formRefusal("ftp://93.184.216.34/")).isPresent();
        assertThat(AddressGuard.formRefusal("file:///etc/passwd")).isPresent();
        assertThat(AddressGuard.formRefusal("gopher://93.184.216.34/")).isPresent();
        assertThat(AddressGuard.formRefusal("https:///path")).isPresent();
        assertThat(AddressGuard.formRefusal("https://user:pw@93.184.216.34/")).isPresent();
        assertThat(AddressGuard.formRefusal("not a url")).isPresent();
        assertThat(AddressGuard.formRefusal("")).isPresent();
        assertThat(AddressGuard.formRefusal("HTTPS://93.184.216.34:8443/hooks?x=1")).isEmpty();
    }
}
