package io.sipspec.message;

/**
 * {@code LAQUOT absoluteURI RAQUOT *( SEMI generic-param )}: the value of Alert-Info (§20.4), Call-Info
 * (§20.9) and Error-Info (§20.18).
 */
public final class InfoUri {

    private final Uri uri;
    private final Parameters parameters;

    public InfoUri(Uri uri, Parameters parameters) {
        this.uri = uri;
        this.parameters = parameters;
    }

    public static InfoUri parse(String text) {
        SipReader r = new SipReader(text);
        InfoUri v = read(r);
        r.expectEnd();
        return v;
    }

    static InfoUri read(SipReader r) {
        if (!r.laquot()) {
            throw r.error("expected '<'");
        }
        int us = r.position();
        int close = r.indexOf('>', us);
        if (close < 0) {
            throw r.error("missing '>'", us);
        }
        Uri uri;
        try {
            uri = Uri.parse(r.slice(us, close));
        } catch (SipParseException e) {
            throw r.error(e.reason(), us + e.position());
        }
        r.position(close);
        r.raquot();
        return new InfoUri(uri, r.genericParams());
    }

    public Uri uri() {
        return uri;
    }

    public Parameters parameters() {
        return parameters;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InfoUri i && uri.equals(i.uri) && parameters.equals(i.parameters);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append('<').append(uri).append('>');
        parameters.encode(b, ';');
        return b.toString();
    }
}
