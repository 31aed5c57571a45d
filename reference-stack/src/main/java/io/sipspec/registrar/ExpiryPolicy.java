package io.sipspec.registrar;

import io.sipspec.message.Address;
import io.sipspec.message.SipReader;

/**
 * How long a registrar keeps a binding (RFC 3261 §10.3 step 7): the requested interval of each Contact, the
 * registrar's default when none is requested, the minimum below which it answers 423 (Interval Too Brief), and the
 * maximum it shortens longer requests to.
 *
 * @param defaultSeconds the "locally-configured default value" taken when neither an "expires" parameter nor an
 *                       Expires header field is present
 * @param minSeconds     the minimum interval the registrar is willing to honor (sent in Min-Expires)
 * @param maxSeconds     the longest interval the registrar grants
 */
public record ExpiryPolicy(long defaultSeconds, long minSeconds, long maxSeconds) {

    /** One hour by default, at least one minute, at most a day. */
    public static final ExpiryPolicy DEFAULT = new ExpiryPolicy(3600, 60, 86400);

    /**
     * RFC 3261 §10.2: "Malformed values SHOULD be treated as equivalent to 3600." (the "expires" parameter).
     */
    static final long MALFORMED_EXPIRES = 3600;

    /** §20.19, §20.23: delta-seconds "between 0 and (2**32)-1". */
    static final long MAX_DELTA_SECONDS = 0xFFFFFFFFL;

    /** §10.3 step 7: 423 only if the requested interval is "smaller than one hour". */
    private static final long ONE_HOUR = 3600;

    public ExpiryPolicy {
        if (minSeconds < 0 || defaultSeconds < minSeconds || maxSeconds < defaultSeconds || maxSeconds > MAX_DELTA_SECONDS) {
            throw new IllegalArgumentException("need 0 <= min <= default <= max <= 2**32-1: min " + minSeconds + ", default "
                    + defaultSeconds + ", max " + maxSeconds);
        }
    }

    /**
     * The requested expiration of {@code contact}. RFC 3261 §10.3 step 7: "For each address, it determines the
     * expiration interval as follows:"
     *
     * @param expiresHeader the request's Expires header field value, or null when it has none
     */
    public long requested(Address contact, Long expiresHeader) {
        // "If the field value has an "expires" parameter, that value MUST be taken as the requested expiration."
        String param = contact.parameter("expires");
        if (param != null) {
            return expiresParameter(param);
        }
        // "If there is no such parameter, but the request has an Expires header field, that value MUST be taken as
        // the requested expiration."
        if (expiresHeader != null) {
            return expiresHeader;
        }
        // "If there is neither, a locally-configured default value MUST be taken as the requested expiration."
        return defaultSeconds;
    }

    /**
     * RFC 3261 §10.3 step 7: "If and only if the requested expiration interval is greater than zero AND smaller than
     * one hour AND less than a registrar-configured minimum, the registrar MAY reject the registration with a response
     * of 423 (Interval Too Brief)."
     */
    public boolean isTooBrief(long requested) {
        return requested > 0 && requested < ONE_HOUR && requested < minSeconds;
    }

    /**
     * The interval granted. RFC 3261 §10.3 step 7: "The registrar MAY choose an expiration less than the requested
     * expiration interval." A longer request than {@link #maxSeconds} gets the maximum.
     */
    public long chosen(long requested) {
        return Math.min(requested, maxSeconds);
    }

    /**
     * c-p-expires = "expires" EQUAL delta-seconds. RFC 3261 §10.2: "Implementations MAY treat values larger than
     * 2**32-1 (4294967295 seconds or 136 years) as equivalent to 2**32-1.  Malformed values SHOULD be treated as
     * equivalent to 3600."
     */
    static long expiresParameter(String value) {
        if (value.isEmpty() || !value.chars().allMatch(SipReader::isDigit)) {
            return MALFORMED_EXPIRES;
        }
        long v = 0;
        for (int i = 0; i < value.length(); i++) {
            v = v * 10 + (value.charAt(i) - '0');
            if (v > MAX_DELTA_SECONDS) {
                return MAX_DELTA_SECONDS;
            }
        }
        return v;
    }
}
