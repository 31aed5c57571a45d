package io.sipspec.message;

import java.util.Objects;

/**
 * The key that matches a message to a transaction.
 *
 * <p>Client side, RFC 3261 §17.1.3: "If the response has the same value of the branch parameter in the top
 * Via header field as the branch parameter in the top Via header field of the request that created the
 * transaction" and "If the method parameter in the CSeq header field matches the method of the request that
 * created the transaction."
 *
 * <p>Server side, §17.2.3, when the top Via branch starts with the magic cookie: "the branch parameter in the
 * request is equal to the one in the top Via header field of the request that created the transaction", "the
 * sent-by value in the top Via of the request is equal to the one in the request that created the transaction",
 * and "the method of the request matches the one that created the transaction, except for ACK, where the method
 * of the request that created the transaction is INVITE."
 *
 * <p>Without the magic cookie (RFC 2543 peers), §17.2.3: "the INVITE request matches a transaction if the
 * Request-URI, To tag, From tag, Call-ID, CSeq, and top Via header field match those of the INVITE request which
 * created the transaction" and the ACK matches on "the Request-URI, From tag, Call-ID, CSeq number (not the
 * method), and top Via header field" plus the To tag of the response. The To tag is therefore compared for every
 * request but an ACK, whose To tag the transaction checks against its response ({@link #rfc2543ToTag()}).
 */
public final class TransactionKey {

    private final String branch;
    private final Host sentByHost;
    private final int sentByPort;
    private final String method;
    // RFC 2543 fields; null for RFC 3261 keys
    private final Uri requestUri;
    private final String fromTag;
    private final String callId;
    private final long cseq;
    private final Via topVia;
    private final String toTag;
    private final boolean ack;

    private TransactionKey(String branch, Host sentByHost, int sentByPort, String method, Uri requestUri, String fromTag,
            String callId, long cseq, Via topVia, String toTag, boolean ack) {
        this.branch = branch;
        this.sentByHost = sentByHost;
        this.sentByPort = sentByPort;
        this.method = method;
        this.requestUri = requestUri;
        this.fromTag = fromTag;
        this.callId = callId;
        this.cseq = cseq;
        this.topVia = topVia;
        this.toTag = toTag;
        this.ack = ack;
    }

    /**
     * The client transaction a response (or the request that created it) belongs to: top Via branch and CSeq
     * method.
     *
     * @throws IllegalArgumentException if the message has no Via with a branch or no CSeq
     */
    public static TransactionKey forClient(SipMessage m) {
        Via via = m.topVia();
        CSeq cseq = m.cseq();
        if (via == null || via.branch() == null || cseq == null) {
            throw new IllegalArgumentException("no top Via branch or CSeq");
        }
        return new TransactionKey(via.branch(), null, -1, cseq.method(), null, null, null, -1, null, null, false);
    }

    /** The server transaction a request belongs to (ACK maps to its INVITE). */
    public static TransactionKey forServer(SipRequest r) {
        return forServer(r, r.isMethod(Methods.ACK) ? Methods.INVITE : r.method());
    }

    /**
     * The server transaction of {@code method} that {@code r} would match: e.g. {@code forServer(cancel, "INVITE")}
     * finds the INVITE a CANCEL targets (§9.2).
     */
    public static TransactionKey forServer(SipRequest r, String method) {
        Via via = r.topVia();
        if (via == null) {
            throw new IllegalArgumentException("no Via");
        }
        if (via.hasMagicCookie()) {
            // sent-by compares as a host (case-insensitive names, IPv6 by address) and a port.
            return new TransactionKey(via.branch(), via.host(), via.port(), method, null, null, null, -1, null, null, false);
        }
        Address from = r.from();
        Address to = r.to();
        CSeq cseq = r.cseq();
        return new TransactionKey(null, null, -1, method, r.requestUri(), from == null ? null : from.tag(), r.callId(),
                cseq == null ? -1 : cseq.sequence(), via, to == null ? null : to.tag(), r.isMethod(Methods.ACK));
    }

    /** True if the key was made from an RFC 2543 message (no magic cookie). */
    public boolean isRfc2543() {
        return branch == null;
    }

    public String branch() {
        return branch;
    }

    public String method() {
        return method;
    }

    /** For an RFC 2543 key: the To tag of the message, which the transaction compares itself (see class doc). */
    public String rfc2543ToTag() {
        return toTag;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof TransactionKey k) || !method.equals(k.method)) {
            return false;
        }
        if (branch != null) {
            // Branch comparison is case-sensitive: branch values are opaque tokens that the sender generated.
            return branch.equals(k.branch) && Objects.equals(sentByHost, k.sentByHost) && sentByPort == k.sentByPort;
        }
        return k.branch == null && cseq == k.cseq && Objects.equals(callId, k.callId) && Objects.equals(fromTag, k.fromTag)
                && Objects.equals(requestUri, k.requestUri) && Objects.equals(topVia, k.topVia)
                && (ack || k.ack || Objects.equals(toTag, k.toTag));
    }

    @Override
    public int hashCode() {
        return branch != null ? branch.hashCode() * 31 + method.hashCode() : Objects.hash(callId, cseq, method);
    }

    @Override
    public String toString() {
        return branch != null ? "tx[" + branch + (sentByHost == null ? "" : "," + sentByHost + ':' + sentByPort) + ',' + method + ']'
                : "tx2543[" + callId + ',' + cseq + ',' + method + ',' + fromTag + ']';
    }
}
