package io.sipspec.pcap;

import io.sipspec.message.SipMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Header values read leniently: a captured message may break the grammar, and grouping must not fail on it. */
final class CallIds {

    private static final Pattern TAG = Pattern.compile(";\\s*tag\\s*=\\s*([^;,>\\s]+)", Pattern.CASE_INSENSITIVE);

    private CallIds() {
    }

    /** The Call-ID, or null if absent. */
    static String of(SipMessage m) {
        return m.headerValue("Call-ID");
    }

    /** The tag of the From header, or null if absent or unreadable. */
    static String fromTag(SipMessage m) {
        try {
            return m.from() == null ? null : m.from().tag();
        } catch (RuntimeException e) {
            return rawTag(m.headerValue("From"));
        }
    }

    /** The tag of the To header, or null if absent or unreadable. */
    static String toTag(SipMessage m) {
        try {
            return m.to() == null ? null : m.to().tag();
        } catch (RuntimeException e) {
            return rawTag(m.headerValue("To"));
        }
    }

    /** The tag parameter found in a header value the grammar refuses (e.g. an unbracketed IPv6 host). */
    private static String rawTag(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = TAG.matcher(value);
        return m.find() ? m.group(1) : null;
    }
}
