package io.sipspec.message;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * SIP-date = rfc1123-date (RFC 3261 §20.17, §25.1):
 *
 * <pre>
 * rfc1123-date = wkday "," SP date1 SP time SP "GMT"
 * date1        = 2DIGIT SP month SP 4DIGIT
 * time         = 2DIGIT ":" 2DIGIT ":" 2DIGIT
 * </pre>
 *
 * <p>§20.17: "SIP only supports recent dates ... the time zone MUST be GMT" (RFC 4475 §3.1.2.12 rejects "EST").
 */
public final class SipDate {

    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final List<String> DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    private final ZonedDateTime time;

    private SipDate(ZonedDateTime time) {
        this.time = time;
    }

    public static SipDate of(ZonedDateTime t) {
        return new SipDate(t.withZoneSameInstant(ZoneOffset.UTC).withNano(0));
    }

    public static SipDate parse(String text) {
        String t = text.strip();
        // "Sat, 13 Nov 2010 23:29:00 GMT" is 29 characters
        if (t.length() != 29 || t.charAt(3) != ',' || t.charAt(4) != ' ' || t.charAt(7) != ' ' || t.charAt(11) != ' '
                || t.charAt(16) != ' ' || t.charAt(19) != ':' || t.charAt(22) != ':' || t.charAt(25) != ' ') {
            throw new SipParseException("not an rfc1123-date (wkday \",\" SP date1 SP time SP \"GMT\")", 0, text);
        }
        if (!t.endsWith("GMT")) {
            throw new SipParseException("SIP-date time zone must be GMT", 26, text);
        }
        int day = DAYS.indexOf(t.substring(0, 3));
        int month = MONTHS.indexOf(t.substring(8, 11));
        if (day < 0) {
            throw new SipParseException("unknown wkday", 0, text);
        }
        if (month < 0) {
            throw new SipParseException("unknown month", 8, text);
        }
        try {
            LocalDateTime ldt = LocalDateTime.of(LocalDate.of(num(t, 12, 16), month + 1, num(t, 5, 7)),
                    java.time.LocalTime.of(num(t, 17, 19), num(t, 20, 22), num(t, 23, 25)));
            // The ABNF does not tie wkday to the date, so a mismatch is not a syntax error.
            return new SipDate(ldt.atZone(ZoneOffset.UTC));
        } catch (java.time.DateTimeException e) {
            throw new SipParseException("invalid date: " + e.getMessage(), 5, text);
        }
    }

    private static int num(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (!SipReader.isDigit(c)) {
                throw new SipParseException("expected digit", i, t);
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    public ZonedDateTime time() {
        return time;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SipDate d && time.toInstant().equals(d.time.toInstant());
    }

    @Override
    public int hashCode() {
        return time.toInstant().hashCode();
    }

    @Override
    public String toString() {
        return OUT.format(time);
    }
}
