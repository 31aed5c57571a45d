package io.sipspec.message;

/**
 * Retry-After = delta-seconds [ comment ] *( SEMI retry-param ) (RFC 3261 §20.33).
 *
 * @param seconds    delta-seconds
 * @param comment    the comment with its parentheses, or null
 * @param parameters retry-params, e.g. duration
 */
public record RetryAfter(long seconds, String comment, Parameters parameters) {

    public static RetryAfter parse(String text) {
        SipReader r = new SipReader(text);
        r.sws();
        long s = r.deltaSeconds();
        r.sws();
        String comment = r.isNext('(') ? r.comment() : null;
        Parameters p = r.genericParams();
        r.expectEnd();
        return new RetryAfter(s, comment, p);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(seconds);
        if (comment != null) {
            b.append(' ').append(comment);
        }
        parameters.encode(b, ';');
        return b.toString();
    }
}
