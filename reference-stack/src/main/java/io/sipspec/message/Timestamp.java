package io.sipspec.message;

/**
 * Timestamp = "Timestamp" HCOLON 1*(DIGIT) [ "." *(DIGIT) ] [ LWS delay ] (RFC 3261 §20.38).
 *
 * @param time  the timestamp as written
 * @param delay the delay as written, or null
 */
public record Timestamp(String time, String delay) {

    public static Timestamp parse(String text) {
        SipReader r = new SipReader(text);
        r.sws();
        String time = decimal(r);
        String delay = null;
        if (r.lws() && !r.atEnd()) {
            delay = decimal(r);
        }
        r.expectEnd();
        return new Timestamp(time, delay);
    }

    /** *(DIGIT) [ "." *(DIGIT) ] with at least one digit. */
    private static String decimal(SipReader r) {
        int start = r.position();
        r.run(SipReader::isDigit);
        if (r.skip('.')) {
            r.run(SipReader::isDigit);
        }
        String v = r.slice(start, r.position());
        if (v.isEmpty() || v.equals(".")) {
            throw r.error("expected a decimal number", start);
        }
        return v;
    }

    @Override
    public String toString() {
        return delay == null ? time : time + ' ' + delay;
    }
}
