package io.sipspec.proxy;

import io.sipspec.message.Address;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.SipRequest;
import io.sipspec.message.Via;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The branch parameters the proxy writes in its Via (RFC 3261 §16.6 step 8, §16.11), in two parts separated by a
 * dot: a unique part, and a loop-detection part.
 *
 * <p>§16.6 step 8: "A proxy choosing to detect loops SHOULD create a branch parameter separable into two parts by the
 * implementation.  The first part MUST satisfy the constraints of Section 8.1.1.7 as described above.  The second is
 * used to perform loop detection and distinguish loops from spirals." "A common way to create this value is to
 * compute a cryptographic hash of the To tag, From tag, Call-ID header field, the Request-URI of the request received
 * (before translation), the topmost Via header, and the sequence number from the CSeq header field, in addition to
 * any Proxy-Require and Proxy-Authorization header fields that may be present.  The algorithm used to compute the
 * hash is implementation-dependent, but MD5 (RFC 1321 [35]), expressed in hexadecimal, is a reasonable choice."
 *
 * <p>The loop part here hashes the From tag, Call-ID, Request-URI as received, the topmost Via, the CSeq number, and
 * the Route, Proxy-Require and Proxy-Authorization values. It leaves the To tag out: "The request method MUST NOT be
 * included in the calculation of the branch parameter.  In particular, CANCEL and ACK requests (for non-2xx
 * responses) MUST have the same branch value as the corresponding request they cancel or acknowledge." The ACK for a
 * non-2xx response carries the To tag of that response where its INVITE had none, so a To tag in the hash would give
 * the ACK another branch.
 */
public final class Branches {

    /** Separates the unique part from the loop-detection part. */
    static final char SEPARATOR = '.';

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is a required JDK algorithm", e);
        }
    });

    private Branches() {
    }

    /**
     * A stateful proxy's branch: a new random part (§16.6 step 8: "globally unique for that branch, and contain the
     * requisite magic cookie") and the loop part of {@code received}.
     */
    public static String stateful(SipRequest received) {
        return Identifiers.newBranch() + SEPARATOR + loopPart(received, received.topVia());
    }

    /**
     * A stateless proxy's branch, the same for every retransmission of {@code received}. RFC 3261 §16.11: "The proxy
     * examines the branch ID in the topmost Via header field of the received request.  If it begins with the magic
     * cookie, the first component of the branch ID of the outgoing request is computed as a hash of the received
     * branch ID.  Otherwise, the first component of the branch ID is computed as a hash of the topmost Via, the tag in
     * the To header field, the tag in the From header field, the Call-ID header field, the CSeq number (but not
     * method), and the Request-URI from the received request."
     */
    public static String stateless(SipRequest received) {
        Via top = received.topVia();
        String branch = top.branch();
        String first;
        if (branch != null && top.hasMagicCookie()) {
            first = md5(branch);
        } else {
            Address to = received.to();
            Address from = received.from();
            first = md5(top.toString(), to == null ? "" : String.valueOf(to.tag()), from == null ? "" : String.valueOf(from.tag()),
                    received.callId(), Long.toString(received.cseq().sequence()), received.requestUriText());
        }
        return Via.MAGIC_COOKIE + first + SEPARATOR + loopPart(received, top);
    }

    /**
     * The loop part for {@code request} as if {@code topVia} were its topmost Via: when a request comes back, the
     * Via below the one this proxy added is the topmost Via it had when this proxy forwarded it.
     */
    static String loopPart(SipRequest request, Via topVia) {
        StringBuilder routes = new StringBuilder();
        StringBuilder proxyRequire = new StringBuilder();
        StringBuilder proxyAuthorization = new StringBuilder();
        for (HeaderField f : request.headers()) {
            if (f.name() == HeaderName.ROUTE) {
                routes.append(f.value()).append('\n');
            } else if (f.name() == HeaderName.PROXY_REQUIRE) {
                proxyRequire.append(f.value()).append('\n');
            } else if (f.name() == HeaderName.PROXY_AUTHORIZATION) {
                proxyAuthorization.append(f.value()).append('\n');
            }
        }
        Address from = request.from();
        return md5(from == null ? "" : String.valueOf(from.tag()), request.callId(), request.requestUriText(),
                topVia == null ? "" : topVia.toString(), Long.toString(request.cseq().sequence()), routes.toString(),
                proxyRequire.toString(), proxyAuthorization.toString());
    }

    /**
     * RFC 3261 §16.3 step 4: "If the request contains a Via header field with a sent-by value that equals a value
     * placed into previous requests by the proxy, the request has been forwarded by this element before." "the
     * element MAY perform the branch parameter calculation described in Step 8 of Section 16.6 on this message and
     * compare it to the parameter received in that Via header field.  If the parameters match, the request has
     * looped.  If they differ, the request is spiraling, and processing continues."
     */
    public static boolean hasLooped(SipRequest request, ProxyIdentity self) {
        List<Via> vias = request.via();
        for (int i = 0; i < vias.size(); i++) {
            Via v = vias.get(i);
            String branch = v.branch();
            int dot = branch == null ? -1 : branch.lastIndexOf(SEPARATOR);
            if (dot < 0 || !self.isOwnSentBy(v)) {
                continue;
            }
            Via below = i + 1 < vias.size() ? vias.get(i + 1) : null;
            if (branch.substring(dot + 1).equals(loopPart(request, below))) {
                return true;
            }
        }
        return false;
    }

    private static String md5(String... parts) {
        MessageDigest d = MD5.get();
        d.reset();
        for (String p : parts) {
            d.update(p.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
