package io.sipspec.message;

/**
 * warning-value = warn-code SP warn-agent SP warn-text (RFC 3261 §20.43).
 *
 * @param code  the three-digit warn-code
 * @param agent hostport or pseudonym
 * @param text  the warn-text without its quotes
 */
public record Warning(int code, String agent, String text) {

    public static Warning parse(String text) {
        SipReader r = new SipReader(text);
        Warning w = read(r);
        r.expectEnd();
        return w;
    }

    static Warning read(SipReader r) {
        r.sws();
        int start = r.position();
        long code = r.digits("warn-code");
        if (r.position() - start != 3) {
            throw r.error("warn-code must have three digits", start);
        }
        r.expect(' ');
        // warn-agent = hostport / pseudonym ; both are runs of token or host characters
        int as = r.position();
        while (!r.atEnd() && !r.isNext(' ')) {
            r.position(r.position() + 1);
        }
        String agent = r.slice(as, r.position());
        if (agent.isEmpty()) {
            throw r.error("expected warn-agent");
        }
        r.expect(' ');
        String t = SipReader.unquote(r.quotedString());
        return new Warning((int) code, agent, t);
    }

    @Override
    public String toString() {
        return code + " " + agent + ' ' + SipReader.quote(text);
    }
}
