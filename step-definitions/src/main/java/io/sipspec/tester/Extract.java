package io.sipspec.tester;

import io.sipspec.message.Address;
import io.sipspec.message.AuthValue;
import io.sipspec.message.InfoUri;
import io.sipspec.message.MediaType;
import io.sipspec.message.HeaderName;
import io.sipspec.message.HeaderType;
import io.sipspec.message.HeaderValues;
import io.sipspec.message.ParameterizedValue;
import io.sipspec.message.Parameters;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.Via;

/**
 * Values taken from a received message, as text to store in {@link Variables} (e.g. the To tag of a response, to
 * address the dialog's next request, RFC 3261 §12.2.1.1). A value that is not there is the device's failure: an
 * {@link AssertionError} naming what was missing and the message's start line.
 */
public final class Extract {

    private Extract() {
    }

    /** The first value of the header field, as written (e.g. {@code header(m, "Call-ID")}); compact names work. */
    public static String header(SipMessage m, String name) {
        String v = m.headerValue(name);
        if (v == null) {
            throw missing("no " + name + " header field", m);
        }
        return v;
    }

    /**
     * A parameter of the first element of a typed header, unquoted: {@code parameter(m, SipHeaders.TO, "tag")},
     * {@code parameter(m, SipHeaders.VIA, "branch")}. A flag parameter gives the empty string.
     *
     * @throws IllegalArgumentException if the header type has no parameters
     */
    public static String parameter(SipMessage m, HeaderType<?> type, String name) {
        Object element = m.header(type);
        if (element == null) {
            throw missing("no " + type.name() + " header field", m);
        }
        Parameters p;
        try {
            p = parametersOf(element);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(type.name() + " values have no parameters", e);
        }
        String v = p.value(name);
        if (v == null) {
            throw missing("no " + name + " parameter in " + type.name(), m);
        }
        return v;
    }

    /**
     * The parameters of one typed header value, whatever its type.
     *
     * @throws IllegalArgumentException if values of that type have no parameters
     */
    public static Parameters parametersOf(Object element) {
        if (element instanceof Address a) {
            return a.parameters();
        }
        if (element instanceof Via v) {
            return v.parameters();
        }
        if (element instanceof ParameterizedValue pv) {
            return pv.parameters();
        }
        if (element instanceof MediaType mt) {
            return mt.parameters();
        }
        if (element instanceof InfoUri iu) {
            return iu.parameters();
        }
        if (element instanceof AuthValue av) {
            return av.parameters();
        }
        if (element instanceof Parameters p) {
            return p;
        }
        throw new IllegalArgumentException("a " + element.getClass().getSimpleName() + " value has no parameters");
    }

    /**
     * How many values the header field has over all its rows (RFC 3261 §7.3.1): typed values for a header of §20,
     * else the comma-separated values.
     *
     * @throws io.sipspec.message.SipParseException if a typed value is malformed
     */
    public static int valueCount(SipMessage m, String name) {
        HeaderName h = HeaderName.of(name);
        HeaderType<?> type = SipHeaders.of(h);
        if (type != null) {
            return m.headerValues(type).size();
        }
        int count = 0;
        for (String row : m.headers().values(h)) {
            count += HeaderValues.split(row).size();
        }
        return count;
    }

    /** The Request-URI as written. */
    public static String requestUri(SipMessage m) {
        if (!(m instanceof SipRequest r)) {
            throw missing("no Request-URI (not a request)", m);
        }
        return r.requestUriText();
    }

    /** The status code, e.g. "180". */
    public static String statusCode(SipMessage m) {
        if (!(m instanceof SipResponse r)) {
            throw missing("no status code (not a response)", m);
        }
        return Integer.toString(r.statusCode());
    }

    private static AssertionError missing(String what, SipMessage m) {
        return new AssertionError(what + " in \"" + m.startLine() + "\"");
    }
}
