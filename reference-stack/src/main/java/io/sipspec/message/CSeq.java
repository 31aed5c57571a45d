package io.sipspec.message;

/**
 * CSeq = "CSeq" HCOLON 1*DIGIT LWS Method (RFC 3261 §20.16).
 *
 * <p>RFC 3261 §8.1.1.5: "The sequence number value MUST be expressible as a 32-bit unsigned integer and
 * MUST be less than 2**31." The parser accepts up to 2**32-1 (what a receiver must be able to represent)
 * and rejects larger values (RFC 4475 §3.1.2.4).
 *
 * @param sequence the sequence number
 * @param method   the method, case-sensitive (§7.1: "The method names are case-sensitive")
 */
public record CSeq(long sequence, String method) {

    public static final long MAX = 0xFFFFFFFFL;

    public CSeq {
        if (sequence < 0 || sequence > MAX) {
            throw new IllegalArgumentException("CSeq out of range: " + sequence);
        }
    }

    public static CSeq parse(String text) {
        SipReader r = new SipReader(text);
        r.sws();
        CSeq c = read(r);
        r.expectEnd();
        return c;
    }

    /** Reads {@code 1*DIGIT LWS Method} at the reader's position, in place (no copy of the value). */
    static CSeq read(SipReader r) {
        int start = r.position();
        long seq = r.digits("CSeq");
        if (seq > MAX) {
            throw r.error("CSeq is larger than 2**32-1", start);
        }
        if (!r.lws()) {
            throw r.error("expected LWS before method");
        }
        String method = r.token();
        return new CSeq(seq, method);
    }

    @Override
    public String toString() {
        return sequence + " " + method;
    }
}
