package io.sipspec.ua;

import io.sipspec.message.HeaderName;
import io.sipspec.message.HeaderType;
import io.sipspec.message.Methods;
import io.sipspec.message.Parameters;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.message.UriEscapes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * RFC 3261 §19.1.5, Forming Requests from a URI: "An implementation needs to take care when forming requests directly
 * from a URI. URIs from business cards, web pages, and even from sources inside the protocol such as registered
 * contacts may contain inappropriate header fields or body parts." The request is empty (nothing is sent) when the
 * URI is invalid or asks for what this UA does not support.
 */
final class RequestFromUri {

    /**
     * "An implementation SHOULD NOT honor these obviously dangerous header fields: From, Call-ID, CSeq, Via, and
     * Record-Route." "An implementation SHOULD NOT honor any requested Route header field values in order to not be used
     * as an unwitting agent in malicious attacks."
     */
    private static final Set<HeaderName> DANGEROUS = Set.of(HeaderName.FROM, HeaderName.CALL_ID, HeaderName.CSEQ, HeaderName.VIA,
            HeaderName.RECORD_ROUTE, HeaderName.ROUTE);

    /**
     * "An implementation SHOULD NOT honor requests to include header fields that may cause it to falsely advertise its
     * location or capabilities. These include: Accept, Accept-Encoding, Accept-Language, Allow, Contact (in its dialog
     * usage), Organization, Supported, and User-Agent."
     */
    private static final Set<HeaderName> ADVERTISING = Set.of(HeaderName.ACCEPT, HeaderName.ACCEPT_ENCODING,
            HeaderName.ACCEPT_LANGUAGE, HeaderName.ALLOW, HeaderName.CONTACT, HeaderName.ORGANIZATION, HeaderName.SUPPORTED,
            HeaderName.USER_AGENT);

    /**
     * "An implementation SHOULD verify the accuracy of any requested descriptive header fields, including:
     * Content-Disposition, Content-Encoding, Content-Language, Content-Length, Content-Type, Date, Mime-Version, and
     * Timestamp." Those that describe a body are kept only with a body; the others this UA cannot vouch for.
     */
    private static final Set<HeaderName> BODY_DESCRIPTIONS = Set.of(HeaderName.CONTENT_DISPOSITION, HeaderName.CONTENT_ENCODING,
            HeaderName.CONTENT_LANGUAGE, HeaderName.CONTENT_TYPE, HeaderName.MIME_VERSION);
    private static final Set<HeaderName> UNVERIFIABLE = Set.of(HeaderName.CONTENT_LENGTH, HeaderName.DATE, HeaderName.TIMESTAMP);

    /** The reliable transports a SIPS URI may name (§19.1.1). */
    private static final Set<String> RELIABLE = Set.of("tcp", "tls", "sctp", "tls-sctp");

    /** The methods this UA can send from a URI. */
    private static final Set<String> METHODS = Set.of(Methods.INVITE, Methods.OPTIONS, Methods.REGISTER, Methods.BYE, "MESSAGE",
            "INFO", "SUBSCRIBE", "NOTIFY", "REFER", "UPDATE", "PRACK", "PUBLISH");

    private RequestFromUri() {
    }

    /**
     * The request {@code text} asks for, built on {@code newRequest} (method, Request-URI), or empty when it must not
     * be sent.
     *
     * @param optionTags the extensions this UA supports: a Require of any other is refused
     */
    static Optional<SipRequest> form(String text, BiFunction<String, Uri, SipRequest.Builder> newRequest, Set<String> optionTags) {
        SipUri uri;
        try {
            uri = SipUri.parse(text);
        } catch (SipParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!valid(uri)) {
            return Optional.empty();
        }
        // "If the URI contains a method parameter, its value MUST be used as the method of the request. The method
        // parameter MUST NOT be placed in the Request-URI."
        String method = uri.parameters().has("method") ? uri.parameter("method") : Methods.INVITE;
        // "An implementation MUST NOT send a request requiring an extension that it does not support. For example, such
        // a request can be formed through the presence of a Require header parameter or a method URI parameter with an
        // unknown or explicitly unsupported value."
        if (!METHODS.contains(method)) {
            return Optional.empty();
        }
        // "An implementation MUST include any provided transport, maddr, ttl, or user parameter in the Request-URI of
        // the formed request." "Unknown URI parameters MUST be placed in the message's Request-URI."
        SipUri requestUri = uri.withoutParameter("method").withoutHeaders();
        SipRequest.Builder b = newRequest.apply(method, requestUri);
        Parameters headers = uri.headers();
        String body = UriEscapes.decode(headers.value("body"));
        try {
            for (int i = 0; i < headers.size(); i++) {
                String name = headers.name(i);
                if (name.equalsIgnoreCase("body")) {
                    continue;
                }
                HeaderName h = HeaderName.of(name);
                String value = UriEscapes.decode(headers.rawValue(i) == null ? "" : headers.rawValue(i));
                if ((h == HeaderName.REQUIRE || h == HeaderName.PROXY_REQUIRE) && !supported(value, optionTags)) {
                    return Optional.empty();
                }
                // "An implementation SHOULD treat the presence of any headers or body parts in the URI as a desire to
                // include them in the message, and choose to honor the request on a per-component basis."
                if (DANGEROUS.contains(h) || ADVERTISING.contains(h) || UNVERIFIABLE.contains(h)
                        || BODY_DESCRIPTIONS.contains(h) && body == null) {
                    continue;
                }
                parse(h, value);
                b.header(h, value);
            }
            if (body != null) {
                if (headers.value("Content-Type") == null && headers.value("c") == null) {
                    // "an incorrect description of the message body": a body needs its type.
                    return Optional.empty();
                }
                b.body(body.getBytes(StandardCharsets.UTF_8));
            }
            return Optional.of(b.build());
        } catch (SipParseException | IllegalArgumentException e) {
            // "If the request formed from constructing a message from a given URI is not a valid SIP request, the URI is
            // invalid. An implementation MUST NOT proceed with transmitting the request."
            return Optional.empty();
        }
    }

    /**
     * §19.1.1: "any given parameter-name MUST NOT appear more than once"; "For a SIPS URI, the transport parameter MUST
     * indicate a reliable transport"; the ttl parameter "MUST only be used if maddr is a multicast address and the
     * transport protocol is UDP". A URI that breaks them is invalid: no request is formed from it.
     */
    static boolean valid(SipUri uri) {
        Set<String> names = new HashSet<>();
        for (String n : uri.parameters().names()) {
            if (!names.add(n.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        String transport = uri.transport();
        if (uri.isSecure() && transport != null && !RELIABLE.contains(transport.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (uri.parameters().has("ttl")) {
            boolean udp = transport == null ? !uri.isSecure() : transport.equalsIgnoreCase("udp");
            return udp && multicast(uri.maddr());
        }
        return true;
    }

    private static boolean multicast(String maddr) {
        if (maddr == null || !maddr.matches("[0-9.]+|\\[?[0-9a-fA-F:.]+]?")) {
            return false;
        }
        try {
            return InetAddress.getByName(maddr.replace("[", "").replace("]", "")).isMulticastAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean supported(String require, Set<String> optionTags) {
        for (String tag : List.of(require.split(","))) {
            if (!optionTags.contains(tag.trim().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** A header field of RFC 3261 §20 with a typed value must parse; an extension header is taken as written. */
    private static void parse(HeaderName name, String value) {
        HeaderType<?> type = SipHeaders.of(name);
        if (type != null) {
            type.parseField(value);
        }
    }
}
