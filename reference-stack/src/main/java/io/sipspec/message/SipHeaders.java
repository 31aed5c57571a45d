package io.sipspec.message;

import java.util.List;

/**
 * Typed keys for the 44 header fields of RFC 3261 §20, each with the grammar of §25.1.
 *
 * <pre>{@code
 * Via top = request.header(SipHeaders.VIA);            // first element
 * List<Via> all = request.headerValues(SipHeaders.VIA); // every element of every row
 * }</pre>
 */
public final class SipHeaders {

    private SipHeaders() {
    }

    /** Accept = "Accept" HCOLON [ accept-range *(COMMA accept-range) ] */
    public static final HeaderType<MediaType> ACCEPT = HeaderType.listOrEmpty(HeaderName.ACCEPT, MediaType::read);
    /** Accept-Encoding = "Accept-Encoding" HCOLON [ encoding *(COMMA encoding) ] */
    public static final HeaderType<ParameterizedValue> ACCEPT_ENCODING =
            HeaderType.listOrEmpty(HeaderName.ACCEPT_ENCODING, ParameterizedValue::read);
    /** Accept-Language = "Accept-Language" HCOLON [ language *(COMMA language) ] */
    public static final HeaderType<ParameterizedValue> ACCEPT_LANGUAGE =
            HeaderType.listOrEmpty(HeaderName.ACCEPT_LANGUAGE, ParameterizedValue::read);
    /** Alert-Info = "Alert-Info" HCOLON alert-param *(COMMA alert-param) */
    public static final HeaderType<InfoUri> ALERT_INFO = HeaderType.list(HeaderName.ALERT_INFO, InfoUri::read);
    /** Allow = "Allow" HCOLON [Method *(COMMA Method)] */
    public static final HeaderType<String> ALLOW = HeaderType.listOrEmpty(HeaderName.ALLOW, SipReader::token);
    /**
     * Authentication-Info = "Authentication-Info" HCOLON ainfo *(COMMA ainfo): the ainfo are written back
     * comma-separated, not as {@code ;name=value} parameters.
     */
    public static final HeaderType<Parameters> AUTHENTICATION_INFO =
            HeaderType.single(HeaderName.AUTHENTICATION_INFO, AuthValue::readParams, AuthValue::formatParams);
    /** Authorization = "Authorization" HCOLON credentials */
    public static final HeaderType<AuthValue> AUTHORIZATION = HeaderType.rowPerValue(HeaderName.AUTHORIZATION, SipHeaders::authValue);
    /** Call-ID = ( "Call-ID" / "i" ) HCOLON callid ; callid = word [ "@" word ] */
    public static final HeaderType<String> CALL_ID = HeaderType.single(HeaderName.CALL_ID, SipHeaders::callid);
    /** Call-Info = "Call-Info" HCOLON info *(COMMA info) */
    public static final HeaderType<InfoUri> CALL_INFO = HeaderType.list(HeaderName.CALL_INFO, InfoUri::read);
    /** Contact = ("Contact" / "m" ) HCOLON ( STAR / (contact-param *(COMMA contact-param))) */
    public static final HeaderType<Address> CONTACT = HeaderType.list(HeaderName.CONTACT, r -> Address.read(r, false, true));
    /** Content-Disposition = "Content-Disposition" HCOLON disp-type *( SEMI disp-param ) */
    public static final HeaderType<ParameterizedValue> CONTENT_DISPOSITION =
            HeaderType.single(HeaderName.CONTENT_DISPOSITION, ParameterizedValue::read);
    /** Content-Encoding = ( "Content-Encoding" / "e" ) HCOLON content-coding *(COMMA content-coding) */
    public static final HeaderType<String> CONTENT_ENCODING = HeaderType.list(HeaderName.CONTENT_ENCODING, SipReader::token);
    /** Content-Language = "Content-Language" HCOLON language-tag *(COMMA language-tag) */
    public static final HeaderType<String> CONTENT_LANGUAGE = HeaderType.list(HeaderName.CONTENT_LANGUAGE, SipReader::token);
    /** Content-Length = ( "Content-Length" / "l" ) HCOLON 1*DIGIT */
    public static final HeaderType<Long> CONTENT_LENGTH = HeaderType.single(HeaderName.CONTENT_LENGTH, r -> r.digits("Content-Length"));
    /** Content-Type = ( "Content-Type" / "c" ) HCOLON media-type */
    public static final HeaderType<MediaType> CONTENT_TYPE = HeaderType.single(HeaderName.CONTENT_TYPE, MediaType::read);
    /** CSeq = "CSeq" HCOLON 1*DIGIT LWS Method */
    public static final HeaderType<CSeq> CSEQ = HeaderType.single(HeaderName.CSEQ, CSeq::read);
    /** Date = "Date" HCOLON SIP-date */
    public static final HeaderType<SipDate> DATE = HeaderType.single(HeaderName.DATE, r -> SipDate.parse(r.rest()));
    /** Error-Info = "Error-Info" HCOLON error-uri *(COMMA error-uri) */
    public static final HeaderType<InfoUri> ERROR_INFO = HeaderType.list(HeaderName.ERROR_INFO, InfoUri::read);
    /** Expires = "Expires" HCOLON delta-seconds */
    public static final HeaderType<Long> EXPIRES = HeaderType.single(HeaderName.EXPIRES, SipReader::deltaSeconds);
    /** From = ( "From" / "f" ) HCOLON from-spec */
    public static final HeaderType<Address> FROM = HeaderType.single(HeaderName.FROM, r -> Address.read(r, false, false));
    /** In-Reply-To = "In-Reply-To" HCOLON callid *(COMMA callid) */
    public static final HeaderType<String> IN_REPLY_TO = HeaderType.list(HeaderName.IN_REPLY_TO, SipHeaders::callid);
    /** Max-Forwards = "Max-Forwards" HCOLON 1*DIGIT */
    public static final HeaderType<Long> MAX_FORWARDS = HeaderType.single(HeaderName.MAX_FORWARDS, r -> r.digits("Max-Forwards"));
    /** MIME-Version = "MIME-Version" HCOLON 1*DIGIT "." 1*DIGIT */
    public static final HeaderType<String> MIME_VERSION = HeaderType.single(HeaderName.MIME_VERSION, SipHeaders::mimeVersion);
    /** Min-Expires = "Min-Expires" HCOLON delta-seconds */
    public static final HeaderType<Long> MIN_EXPIRES = HeaderType.single(HeaderName.MIN_EXPIRES, SipReader::deltaSeconds);
    /** Organization = "Organization" HCOLON [TEXT-UTF8-TRIM] */
    public static final HeaderType<String> ORGANIZATION = HeaderType.singleOrEmpty(HeaderName.ORGANIZATION, SipReader::rest);
    /** Priority = "Priority" HCOLON priority-value */
    public static final HeaderType<String> PRIORITY = HeaderType.single(HeaderName.PRIORITY, SipReader::token);
    /** Proxy-Authenticate = "Proxy-Authenticate" HCOLON challenge */
    public static final HeaderType<AuthValue> PROXY_AUTHENTICATE =
            HeaderType.rowPerValue(HeaderName.PROXY_AUTHENTICATE, SipHeaders::authValue);
    /** Proxy-Authorization = "Proxy-Authorization" HCOLON credentials */
    public static final HeaderType<AuthValue> PROXY_AUTHORIZATION =
            HeaderType.rowPerValue(HeaderName.PROXY_AUTHORIZATION, SipHeaders::authValue);
    /** Proxy-Require = "Proxy-Require" HCOLON option-tag *(COMMA option-tag) */
    public static final HeaderType<String> PROXY_REQUIRE = HeaderType.list(HeaderName.PROXY_REQUIRE, SipReader::token);
    /** Record-Route = "Record-Route" HCOLON rec-route *(COMMA rec-route) ; rec-route = name-addr *( SEMI rr-param ) */
    public static final HeaderType<Address> RECORD_ROUTE = HeaderType.list(HeaderName.RECORD_ROUTE, r -> Address.read(r, true, false));
    /** Reply-To = "Reply-To" HCOLON rplyto-spec */
    public static final HeaderType<Address> REPLY_TO = HeaderType.single(HeaderName.REPLY_TO, r -> Address.read(r, false, false));
    /** Require = "Require" HCOLON option-tag *(COMMA option-tag) */
    public static final HeaderType<String> REQUIRE = HeaderType.list(HeaderName.REQUIRE, SipReader::token);
    /** Retry-After = "Retry-After" HCOLON delta-seconds [ comment ] *( SEMI retry-param ) */
    public static final HeaderType<RetryAfter> RETRY_AFTER = HeaderType.single(HeaderName.RETRY_AFTER, r -> RetryAfter.parse(r.rest()));
    /** Route = "Route" HCOLON route-param *(COMMA route-param) ; route-param = name-addr *( SEMI rr-param ) */
    public static final HeaderType<Address> ROUTE = HeaderType.list(HeaderName.ROUTE, r -> Address.read(r, true, false));
    /** Server = "Server" HCOLON server-val *(LWS server-val) */
    public static final HeaderType<String> SERVER = HeaderType.single(HeaderName.SERVER, SipHeaders::serverVals);
    /** Subject = ( "Subject" / "s" ) HCOLON [TEXT-UTF8-TRIM] */
    public static final HeaderType<String> SUBJECT = HeaderType.singleOrEmpty(HeaderName.SUBJECT, SipReader::rest);
    /** Supported = ( "Supported" / "k" ) HCOLON [option-tag *(COMMA option-tag)] */
    public static final HeaderType<String> SUPPORTED = HeaderType.listOrEmpty(HeaderName.SUPPORTED, SipReader::token);
    /** Timestamp = "Timestamp" HCOLON 1*(DIGIT) [ "." *(DIGIT) ] [ LWS delay ] */
    public static final HeaderType<Timestamp> TIMESTAMP = HeaderType.single(HeaderName.TIMESTAMP, r -> Timestamp.parse(r.rest()));
    /** To = ( "To" / "t" ) HCOLON ( name-addr / addr-spec ) *( SEMI to-param ) */
    public static final HeaderType<Address> TO = HeaderType.single(HeaderName.TO, r -> Address.read(r, false, false));
    /** Unsupported = "Unsupported" HCOLON option-tag *(COMMA option-tag) */
    public static final HeaderType<String> UNSUPPORTED = HeaderType.list(HeaderName.UNSUPPORTED, SipReader::token);
    /** User-Agent = "User-Agent" HCOLON server-val *(LWS server-val) */
    public static final HeaderType<String> USER_AGENT = HeaderType.single(HeaderName.USER_AGENT, SipHeaders::serverVals);
    /** Via = ( "Via" / "v" ) HCOLON via-parm *(COMMA via-parm) */
    public static final HeaderType<Via> VIA = HeaderType.list(HeaderName.VIA, Via::read);
    /** Warning = "Warning" HCOLON warning-value *(COMMA warning-value) */
    public static final HeaderType<Warning> WARNING = HeaderType.list(HeaderName.WARNING, Warning::read);
    /** WWW-Authenticate = "WWW-Authenticate" HCOLON challenge */
    public static final HeaderType<AuthValue> WWW_AUTHENTICATE = HeaderType.rowPerValue(HeaderName.WWW_AUTHENTICATE, SipHeaders::authValue);

    private static final List<HeaderType<?>> ALL = List.of(ACCEPT, ACCEPT_ENCODING, ACCEPT_LANGUAGE, ALERT_INFO, ALLOW,
            AUTHENTICATION_INFO, AUTHORIZATION, CALL_ID, CALL_INFO, CONTACT, CONTENT_DISPOSITION, CONTENT_ENCODING,
            CONTENT_LANGUAGE, CONTENT_LENGTH, CONTENT_TYPE, CSEQ, DATE, ERROR_INFO, EXPIRES, FROM, IN_REPLY_TO, MAX_FORWARDS,
            MIN_EXPIRES, MIME_VERSION, ORGANIZATION, PRIORITY, PROXY_AUTHENTICATE, PROXY_AUTHORIZATION, PROXY_REQUIRE,
            RECORD_ROUTE, REPLY_TO, REQUIRE, RETRY_AFTER, ROUTE, SERVER, SUBJECT, SUPPORTED, TIMESTAMP, TO, UNSUPPORTED,
            USER_AGENT, VIA, WARNING, WWW_AUTHENTICATE);

    private static final HeaderType<?>[] BY_INDEX = new HeaderType<?>[HeaderName.known().size()];

    static {
        for (HeaderType<?> t : ALL) {
            BY_INDEX[t.name().index()] = t;
        }
    }

    /** All 44 typed keys, in the order of §20. */
    public static List<HeaderType<?>> all() {
        return ALL;
    }

    /** The typed key of a known header name, or null for an extension header. */
    public static HeaderType<?> of(HeaderName name) {
        return name.index() < 0 ? null : BY_INDEX[name.index()];
    }

    /** callid = word [ "@" word ] */
    static String callid(SipReader r) {
        int start = r.position();
        r.skipWord();
        if (r.skip('@')) {
            r.skipWord();
        }
        return r.slice(start, r.position());
    }

    private static AuthValue authValue(SipReader r) {
        return AuthValue.parse(r.rest());
    }

    private static String mimeVersion(SipReader r) {
        int start = r.position();
        r.digits("MIME-Version");
        r.expect('.');
        r.digits("MIME-Version");
        return r.slice(start, r.position());
    }

    /** server-val = product / comment ; product = token [SLASH product-version] ; separated by LWS. */
    private static String serverVals(SipReader r) {
        int start = r.position();
        do {
            if (r.isNext('(')) {
                r.comment();
            } else {
                r.token();
                if (r.slash()) {
                    r.token();
                }
            }
        } while (r.lws() && !r.atEnd());
        return r.slice(start, r.position()).strip();
    }
}
