package dev.tessera.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * Every IPv4 range at its edges, judged alike as a plain address and embedded in the IPv6
     * forms that carry it (NAT64 {@code 64:ff9b::/96} and 6to4 {@code 2002::/16}). The embedded
     * forms matter: the JDK's own tests (loopback, site-local, link-local) only see plain IPv4.
     */
    @ParameterizedTest(name = "{0} public={1}")
    @CsvSource({
            "0.0.0.1, false", "0.255.255.255, false", "1.0.0.0, true",
            "9.255.255.255, true", "10.0.0.0, false", "10.255.255.255, false", "11.0.0.0, true",
            "126.255.255.255, true", "127.0.0.0, false", "127.255.255.255, false", "128.0.0.0, true",
            "100.63.255.255, true", "100.64.0.0, false", "100.127.255.255, false", "100.128.0.0, true",
            "99.64.0.1, true", "101.64.0.1, true",
            "169.253.255.255, true", "169.254.0.0, false", "169.254.169.254, false", "169.255.0.0, true",
            "168.254.0.1, true", "170.254.0.1, true",
            "172.15.255.255, true", "172.16.0.0, false", "172.31.255.255, false", "172.32.0.0, true",
            "171.16.0.1, true", "173.16.0.1, true",
            "192.0.0.1, false", "192.0.0.255, false", "192.0.1.0, true", "192.1.0.1, true", "191.0.0.1, true",
            "192.0.2.1, false", "192.0.3.1, true", "192.1.2.1, true", "193.0.2.1, true",
            "192.167.255.255, true", "192.168.0.0, false", "192.168.255.255, false", "192.169.0.0, true",
            "193.168.0.1, true",
            "198.17.255.255, true", "198.18.0.0, false", "198.19.255.255, false", "198.20.0.0, true",
            "197.18.0.1, true", "199.19.0.1, true",
            "198.51.100.1, false", "198.51.99.1, true", "198.51.101.1, true", "198.50.100.1, true", "197.51.100.1, true",
            "203.0.113.1, false", "203.0.112.1, true", "203.0.114.1, true", "203.1.113.1, true", "202.0.113.1, true",
            "223.255.255.255, true", "224.0.0.0, false", "239.255.255.255, false", "240.0.0.1, false",
            "255.255.255.255, false", "93.184.216.34, true", "8.8.8.8, true"})
    void everyIpv4RangeAtItsEdgesInEveryForm(String v4, boolean expected) throws UnknownHostException {
        byte[] a = InetAddress.getByName(v4).getAddress();
        assertThat(AddressGuard.isPublic(InetAddress.getByName(v4))).as(v4).isEqualTo(expected);
        InetAddress nat64 = v6(0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0, a[0], a[1], a[2], a[3]);
        assertThat(AddressGuard.isPublic(nat64)).as(nat64.getHostAddress()).isEqualTo(expected);
        InetAddress sixToFour = v6(0x20, 0x02, a[0], a[1], a[2], a[3], 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(AddressGuard.isPublic(sixToFour)).as(sixToFour.getHostAddress()).isEqualTo(expected);
    }

    /** The prefixes themselves at their edges: one bit off, and the address is an ordinary public one. */
    @ParameterizedTest(name = "{0} public={1}")
    @CsvSource({
            "64:ff9b::a9fe:a9fe, false", "64:ff9b::808:808, true", "64:ff9a::a00:1, true", "64:fe9b::a00:1, true",
            "65:ff9b::a00:1, true", "164:ff9b::a00:1, true", "64:ff9b:1::a00:1, false",
            "2002:a9fe:a9fe::1, false", "2002:808:808::a00:1, true", "2003:a00:1::1, true", "2102:a00:1::1, true",
            "2001:db8::1, false", "2001:db8:ffff:ffff::1, false", "2001:db9::1, true", "2001:cb8::1, true",
            "2001:d00::1, true", "2000:db8::1, true", "2101:db8::1, true",
            "fc00::1, false", "fdff:ffff::1, false", "fb00::1, true", "fe00::1, true",
            "::1, false", "::, false", "::a00:1, false", "::808:808, false", "::1:808:808, false", "::2:0:0:1, true",
            "2606:4700:4700::1111, true"})
    void ipv6PrefixesAtTheirEdges(String literal, boolean expected) throws UnknownHostException {
        assertThat(AddressGuard.isPublic(InetAddress.getByName(literal))).as(literal).isEqualTo(expected);
    }

    @Test
    void anIpv6ObjectHoldingAnIpv4MappedAddressIsRefused() throws UnknownHostException {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 93, (byte) 184, (byte) 216, 34};
        assertThat(InetAddress.getByAddress(mapped)).as("the JDK's own conversion").isNotInstanceOf(Inet6Address.class);
        assertThat(AddressGuard.isPublic(Inet6Address.getByAddress(null, mapped, -1))).isFalse();
    }

    @Test
    void theResolverIsAskedForTheHostOfTheStrippedUrl() throws UnknownHostException {
        List<String> asked = new ArrayList<>();
        InetAddress publicAddress = InetAddress.getByName("93.184.216.34");
        AddressGuard recording = new AddressGuard(false, host -> {
            asked.add(host);
            return new InetAddress[] {publicAddress};
        });

        assertThat(recording.refusal("  https://cms.example:8443/hook?x=1  ")).isEmpty();
        assertThat(recording.refusal("https://[2606:4700:4700::1111]/hook")).isEmpty();
        assertThat(asked).containsExactly("cms.example", "[2606:4700:4700::1111]");
    }

    @Test
    void aRefusalNamesTheHostAndTheAddress() {
        AddressGuard resolving = new AddressGuard(false, host -> new InetAddress[] {InetAddress.getByName("192.0.2.7")});

        assertThat(resolving.refusal("https://cms.example/hook"))
                .contains("the host 'cms.example' resolves to the non-public address 192.0.2.7");
    }

    @Test
    void anUnresolvableHostIsRefusedEvenWhenPrivateAddressesAreAllowed() {
        AddressGuard none = new AddressGuard(true, host -> {
            throw new UnknownHostException(host);
        });

        assertThat(none.refusal("https://nowhere.invalid/")).contains("the host 'nowhere.invalid' does not resolve");
        assertThat(none.refusal("ftp://nowhere.invalid/")).contains("must be an http or https URL");
    }

    @Test
    void eachFormRuleAloneGivesItsOwnReason() {
        assertThat(AddressGuard.formRefusal(null)).contains("is required");
        assertThat(AddressGuard.formRefusal("   ")).contains("is required");
        assertThat(AddressGuard.formRefusal("https://exa mple/")).contains("is not a valid URL");
        assertThat(AddressGuard.formRefusal("//93.184.216.34/hook")).contains("must be an http or https URL");
        assertThat(AddressGuard.formRefusal("ftp://93.184.216.34/")).contains("must be an http or https URL");
        assertThat(AddressGuard.formRefusal("https:///path")).contains("must name a host");
        assertThat(AddressGuard.formRefusal("https://user@93.184.216.34/")).contains("must not carry a user name or password");
        assertThat(AddressGuard.formRefusal("https://93.184.216.34/hook#part")).contains("must not have a fragment");
        assertThat(AddressGuard.formRefusal("http://93.184.216.34/hook")).isEmpty();
        assertThat(AddressGuard.formRefusal(" https://93.184.216.34/hook ")).isEmpty();
    }

    private static InetAddress v6(int... bytes) throws UnknownHostException {
        byte[] b = new byte[16];
        for (int i = 0; i < 16; i++) {
            b[i] = (byte) bytes[i];
        }
        return InetAddress.getByAddress(b);
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
