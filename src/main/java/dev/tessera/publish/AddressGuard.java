package dev.tessera.publish;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhooks from being aimed at the inside of the network Tessera runs in (server-side
 * request forgery): an endpoint URL must be http or https, and every address its host
 * resolves to must be a public one. Checked when an endpoint is saved and again before each
 * attempt, because DNS answers can change; the attempt then connects to the address that was
 * checked ({@link #check}). Plain Java, no Quarkus, so it is unit-tested alone.
 */
public final class AddressGuard {

    private final boolean allowPrivate;
    private final Resolver resolver;

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    public AddressGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /**
     * The outcome of a check: the address to connect to, or why the URL may not be used.
     * Exactly one of the two is present.
     */
    public record Checked(Optional<InetAddress> address, Optional<String> refusal) {
    }

    /** Why the URL may not be used, or empty when it may. */
    public Optional<String> refusal(String url) {
        return check(url).refusal();
    }

    /**
     * Resolves the URL's host once and checks every address it resolves to. The caller
     * connects to the returned address, never to the name again: a second lookup could answer
     * differently (DNS rebinding) and reach an address that was never checked.
     */
    public Checked check(String url) {
        Optional<String> form = formRefusal(url);
        if (form.isPresent()) {
            return refused(form.get());
        }
        String host = hostOf(url);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return refused("the host '" + host + "' does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            return refused("the host '" + host + "' does not resolve");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    return refused("the host '" + host + "' resolves to the non-public address "
                            + address.getHostAddress());
                }
            }
        }
        return new Checked(Optional.of(addresses[0]), Optional.empty());
    }

    private static Checked refused(String reason) {
        return new Checked(Optional.empty(), Optional.of(reason));
    }

    /** Checks of the URL's shape alone, without resolving it. */
    public static Optional<String> formRefusal(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment");
        }
        return Optional.empty();
    }

    /** The URL's host as written; an IPv6 literal keeps its brackets, which name resolution accepts. */
    static String hostOf(String url) {
        return URI.create(url.strip()).getHost();
    }

    /** Whether an address is reachable on the public internet (not private, loopback, link-local, multicast, reserved). */
    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicV4(b);
        }
        // IPv6 (multicast ff00::/8 was refused above)
        if ((b[0] & 0xfe) == 0xfc) {                  // fc00::/7 unique local
            return false;
        }
        if (zeros(b, 10)) {
            // ::/80: ::, ::1, the deprecated IPv4-compatible ::a.b.c.d, and ::ffff:a.b.c.d. The JDK
            // turns IPv4-mapped addresses into Inet4Address when it resolves or parses them, so
            // an Inet6Address holding one is never judged by its IPv4 part: it is refused.
            return false;
        }
        if (b[0] == 0x00 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
            return isPublicV4(slice(b, 12));          // 64:ff9b::/96 NAT64
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return isPublicV4(slice(b, 2));           // 2002::/16 6to4
        }
        return !(b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && (b[3] & 0xff) == 0xb8); // 2001:db8::/32 documentation
    }

    private static boolean isPublicV4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        int b2 = a[2] & 0xff;
        return !(b0 == 0                                  // 0.0.0.0/8 "this network"
                || b0 == 10                               // private
                || b0 == 127                              // loopback
                || (b0 == 100 && b1 >= 64 && b1 <= 127)   // 100.64.0.0/10 carrier-grade NAT
                || (b0 == 169 && b1 == 254)               // link-local (cloud metadata)
                || (b0 == 172 && b1 >= 16 && b1 <= 31)    // private
                || (b0 == 192 && b1 == 0 && b2 == 0)      // 192.0.0.0/24 protocol assignments
                || (b0 == 192 && b1 == 0 && b2 == 2)      // documentation
                || (b0 == 192 && b1 == 168)               // private
                || (b0 == 198 && (b1 == 18 || b1 == 19))  // benchmarking
                || (b0 == 198 && b1 == 51 && b2 == 100)   // documentation
                || (b0 == 203 && b1 == 0 && b2 == 113)    // documentation
                || b0 >= 224);                            // multicast, reserved, broadcast
    }

    /** Whether the first {@code count} bytes are all zero. */
    private static boolean zeros(byte[] b, int count) {
        for (int i = 0; i < count; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] b, int from) {
        return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
    }
}
