package io.sipspec.ua.sdp;

/**
 * RFC 4566 §5.7: {@code c=<nettype> <addrtype> <connection-address>}. The connection address is kept as written,
 * with any {@code /ttl} or {@code /number of addresses} suffix of a multicast address.
 *
 * @param netType  "IN"
 * @param addrType "IP4" or "IP6"
 * @param address  the connection address
 */
public record Connection(String netType, String addrType, String address) {

    /** An IN IP4 connection. */
    public static Connection ip4(String address) {
        return new Connection("IN", "IP4", address);
    }

    /** IN IP6 when the address has a colon (an IPv6 literal), else IN IP4. */
    public static Connection of(String address) {
        return new Connection("IN", address.indexOf(':') >= 0 ? "IP6" : "IP4", address);
    }

    static Connection parse(String value, int line) {
        String[] f = Sdp.words(value, 3, "c=", line);
        return new Connection(f[0], f[1], f[2]);
    }

    /**
     * Whether the address is an IP multicast group (§5.7: "If the session is multicast, the connection address will be
     * an IP multicast group address"): 224.0.0.0/4 for IP4, ff00::/8 for IP6.
     */
    public boolean isMulticast() {
        if ("IP6".equalsIgnoreCase(addrType)) {
            return address.regionMatches(true, 0, "ff", 0, 2);
        }
        int dot = address.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        try {
            int first = Integer.parseInt(address.substring(0, dot));
            return first >= 224 && first <= 239;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return netType + ' ' + addrType + ' ' + address;
    }
}
