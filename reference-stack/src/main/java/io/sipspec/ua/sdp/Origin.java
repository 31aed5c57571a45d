package io.sipspec.ua.sdp;

/**
 * RFC 4566 §5.2: {@code o=<username> <sess-id> <sess-version> <nettype> <addrtype> <unicast-address>}. RFC 3264 §5:
 * "The numeric value of the session id and version in the o line MUST be representable with a 64 bit signed integer."
 *
 * @param username       the user's login, or "-"
 * @param sessionId      the session id
 * @param sessionVersion the version of this description
 * @param netType        "IN"
 * @param addrType       "IP4" or "IP6"
 * @param address        the originating host's address or name
 */
public record Origin(String username, long sessionId, long sessionVersion, String netType, String addrType, String address) {

    public Origin {
        // §5.2: "The <username> MUST NOT contain spaces."
        if (username.isEmpty() || username.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("o= username must be one non-empty word: '" + username + "'");
        }
        if (sessionId < 0 || sessionVersion < 0) {
            throw new IllegalArgumentException("o= session id and version are 1*DIGIT");
        }
    }

    /** An IN IP4 origin. */
    public static Origin ip4(String username, long sessionId, long sessionVersion, String address) {
        return new Origin(username, sessionId, sessionVersion, "IN", "IP4", address);
    }

    static Origin parse(String value, int line) {
        String[] f = Sdp.words(value, 6, "o=", line);
        return new Origin(f[0], Sdp.number(f[1], "sess-id", line), Sdp.number(f[2], "sess-version", line), f[3], f[4], f[5]);
    }

    /** The same origin with the next version: §5.2, "<sess-version> is increased when a modification is made". */
    public Origin nextVersion() {
        return new Origin(username, sessionId, sessionVersion + 1, netType, addrType, address);
    }

    @Override
    public String toString() {
        return username + ' ' + sessionId + ' ' + sessionVersion + ' ' + netType + ' ' + addrType + ' ' + address;
    }
}
