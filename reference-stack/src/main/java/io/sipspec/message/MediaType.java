package io.sipspec.message;

import java.util.Locale;

/**
 * m-type SLASH m-subtype *(SEMI m-parameter): the value of Content-Type (§20.15) and of each Accept
 * range (§20.1, where type and subtype may be {@code *}).
 */
public final class MediaType {

    private final String type;
    private final String subtype;
    private final Parameters parameters;

    public MediaType(String type, String subtype, Parameters parameters) {
        this.type = type;
        this.subtype = subtype;
        this.parameters = parameters;
    }

    public static MediaType of(String type, String subtype) {
        return new MediaType(type, subtype, Parameters.EMPTY);
    }

    public static MediaType parse(String text) {
        SipReader r = new SipReader(text);
        MediaType m = read(r);
        r.expectEnd();
        return m;
    }

    static MediaType read(SipReader r) {
        r.sws();
        String type = r.token();
        if (!r.slash()) {
            throw r.error("expected '/' in media type");
        }
        String subtype = r.token();
        return new MediaType(type, subtype, r.genericParams());
    }

    public String type() {
        return type;
    }

    public String subtype() {
        return subtype;
    }

    public Parameters parameters() {
        return parameters;
    }

    /** {@code type/subtype} in lower case, without parameters. */
    public String essence() {
        return (type + '/' + subtype).toLowerCase(Locale.ROOT);
    }

    /** True if this range (possibly with wildcards) includes {@code other}. */
    public boolean includes(MediaType other) {
        return (type.equals("*") || type.equalsIgnoreCase(other.type)) && (subtype.equals("*") || subtype.equalsIgnoreCase(other.subtype));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MediaType m && type.equalsIgnoreCase(m.type) && subtype.equalsIgnoreCase(m.subtype)
                && parameters.equals(m.parameters);
    }

    @Override
    public int hashCode() {
        return essence().hashCode();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(type).append('/').append(subtype);
        parameters.encode(b, ';');
        return b.toString();
    }
}
