package org.parley.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} a node believes. Behind a
 * proxy every connection comes from the proxy, so without this all users would share one sign-in throttle;
 * from anyone else the headers are ignored, since a client could write any address into them. The client
 * is the right-most forwarded address that is not itself a trusted proxy. Immutable and thread-safe.
 */
public final class TrustedProxies {
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /** IP literals only: a host name here would make every request wait for DNS. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * Reads a comma-separated list of addresses and CIDR ranges, e.g. {@code 10.0.0.0/8, 127.0.0.1, ::1}.
     *
     * @throws IllegalArgumentException naming the entry that is not an IP address or range
     */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : list.split(",")) {
            if (!entry.isBlank()) {
                ranges.add(Range.parse(entry.strip()));
            }
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether {@code address} (an IP literal) is one of the trusted proxies. */
    public boolean trusts(String address) {
        byte[] bytes = Range.bytes(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    /** The client's address: the connection's, unless it comes from a trusted proxy that forwarded one. */
    public String client(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || !trusts(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(","))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (Range.bytes(hop) == null) {
                return remoteAddress; // garbage in the header: believe only the connection
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? remoteAddress : hops.get(0);
    }

    /** An address and prefix length: {@code 10.0.0.0/8}, or one address. */
    private record Range(byte[] network, int prefix) {
        static Range parse(String entry) {
            String[] parts = entry.split("/", 2);
            byte[] network = bytes(parts[0]);
            if (network == null) {
                throw new IllegalArgumentException("not an IP address or range: " + entry);
            }
            int prefix = network.length * 8;
            if (parts.length == 2) {
                try {
                    prefix = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a prefix length in " + entry, e);
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("prefix length out of range in " + entry);
                }
            }
            return new Range(network, prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest);
            return (address[full] & mask) == (network[full] & mask);
        }

        /** The address's bytes, or null when it is not an IP literal. */
        static byte[] bytes(String address) {
            if (address == null
                    || !LITERAL.matcher(address).matches()
                    || !(address.contains(".") || address.contains(":"))) {
                return null;
            }
            try {
                return InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
    }
}
