package io.sipspec.ua;

import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.MediaType;
import io.sipspec.message.Methods;
import io.sipspec.message.ParameterizedValue;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.Warning;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks an element makes on a well-formed request before it processes or forwards it, in the order RFC 3261
 * gives them, with the element's capabilities: the methods it supports and recognizes, the URI schemes, option tags,
 * body types, encodings and languages it understands.
 *
 * <p>A UAS follows §8.2: "UASs SHOULD process the requests in the order of the steps that follow in this section
 * (that is, starting with authentication, then inspecting the method, the header fields, and so on throughout the
 * remainder of this section)": method (§8.2.1, 405 / 501), Request-URI scheme (§8.2.2.1, 416), Require (§8.2.2.3,
 * 420), content (§8.2.3, 415), then Accept (§20.1, 406). A proxy follows §16.3: URI scheme (416), Max-Forwards (483),
 * Proxy-Require (420). Authentication, addresses (404), merged requests (482) and loops need state this class does
 * not have; the "reasonable syntax" of §16.3 step 1 is {@link io.sipspec.parser.MessageValidator}'s job.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequestInspection {

    /** Whether the element answers as a user agent server (§8.2) or validates as a proxy (§16.3). */
    public enum Role { UAS, PROXY }

    private final Role role;
    /** Lists keep the configured order, which the Allow, Accept, Accept-Encoding and Accept-Language values show. */
    private final List<String> allowedMethods;
    private final Set<String> knownMethods;
    private final Set<String> uriSchemes;
    private final Set<String> optionTags;
    private final List<MediaType> contentTypes;
    private final List<String> contentEncodings;
    private final List<String> contentLanguages;
    private final Map<String, MediaType> answerTypes;
    private final String agent;

    private RequestInspection(Builder b) {
        this.role = b.role;
        this.allowedMethods = List.copyOf(b.allowedMethods);
        this.knownMethods = Set.copyOf(b.knownMethods);
        this.uriSchemes = Set.copyOf(b.uriSchemes);
        this.optionTags = Set.copyOf(b.optionTags);
        this.contentTypes = List.copyOf(b.contentTypes);
        this.contentEncodings = List.copyOf(b.contentEncodings);
        this.contentLanguages = List.copyOf(b.contentLanguages);
        this.answerTypes = Map.copyOf(b.answerTypes);
        this.agent = b.agent;
    }

    /** A user agent server that supports nothing yet; add its capabilities to the builder. */
    public static Builder uas() {
        return new Builder(Role.UAS);
    }

    /** A proxy that understands nothing yet; add its URI schemes and option tags to the builder. */
    public static Builder proxy() {
        return new Builder(Role.PROXY);
    }

    /**
     * The reference user agent: supports INVITE, ACK, BYE, CANCEL and OPTIONS, recognizes the other RFC 3261
     * methods and the common extensions, sip and sips URIs, no option tags, application/sdp bodies in English, and
     * answers INVITE with application/sdp.
     */
    public static RequestInspection referenceUas() {
        return referenceUasBuilder().build();
    }

    /** As {@link #referenceUas()}, for more capabilities (e.g. PRACK and 100rel, RFC 3262). */
    public static Builder referenceUasBuilder() {
        return uas().allow(Methods.INVITE, Methods.ACK, Methods.BYE, Methods.CANCEL, Methods.OPTIONS)
                .recognize(Methods.REGISTER, Methods.PRACK, Methods.SUBSCRIBE, Methods.NOTIFY, Methods.PUBLISH, Methods.INFO,
                        Methods.REFER, Methods.MESSAGE, Methods.UPDATE)
                .uriSchemes("sip", "sips")
                .contentTypes("application/sdp")
                .contentLanguages("en")
                .answersWith(Methods.INVITE, "application/sdp");
    }

    /** The reference proxy: sip and sips URIs, no option tags. */
    public static RequestInspection referenceProxy() {
        return proxy().uriSchemes("sip", "sips").build();
    }

    public Role role() {
        return role;
    }

    /** The methods this element allows, in the order its Allow header lists them (§20.5). */
    public List<String> allowedMethods() {
        return allowedMethods;
    }

    /** The option tags this element supports (its Supported header, §20.37). */
    public Set<String> optionTags() {
        return optionTags;
    }

    /** The body types this element accepts (its Accept header, §20.1). */
    public List<MediaType> contentTypes() {
        return contentTypes;
    }

    /** The content codings it accepts (Accept-Encoding, §20.2). */
    public List<String> contentEncodings() {
        return contentEncodings;
    }

    /** The languages it accepts (Accept-Language, §20.3). */
    public List<String> contentLanguages() {
        return contentLanguages;
    }

    /**
     * Inspects {@code request}: the rejection to answer it with, or empty if processing (or forwarding) goes on.
     * A header field these checks need that does not parse is a 400 (RFC 3261 §8.2.2: "A UAS SHOULD ignore any
     * malformed header fields that are not necessary for processing requests", so those that are necessary are not
     * ignored).
     */
    public Optional<Rejection> inspect(SipRequest request) {
        try {
            return Optional.ofNullable(role == Role.UAS ? inspectAsUas(request) : inspectAsProxy(request));
        } catch (SipParseException e) {
            return Optional.of(new Rejection(400, List.of(), e.reason()));
        }
    }

    private Rejection inspectAsUas(SipRequest r) {
        if (r.isMethod(Methods.ACK)) {
            // RFC 3261 §22.1 names "any requests that take no response, including ACK": an ACK is never rejected.
            return null;
        }
        Rejection x = method(r);
        if (x == null) {
            x = scheme(r);
        }
        if (x == null) {
            x = require(r);
        }
        if (x == null) {
            x = content(r);
        }
        if (x == null) {
            x = accept(r);
        }
        return x;
    }

    private Rejection inspectAsProxy(SipRequest r) {
        Rejection x = scheme(r);
        if (x == null) {
            x = maxForwards(r);
        }
        if (x == null) {
            x = proxyRequire(r);
        }
        return x;
    }

    /**
     * RFC 3261 §8.2.1: "If the UAS recognizes but does not support the method of a request, it MUST generate a 405
     * (Method Not Allowed) response. ... The UAS MUST also add an Allow header field to the 405 (Method Not Allowed)
     * response." §21.5.2, 501: "This is the appropriate response when a UAS does not recognize the request method and
     * is not capable of supporting it for any user." RFC 4475 §3.1.1.2: "Endpoints will generate a 501 listing the
     * methods they understand in an Allow header field." Methods are case-sensitive (§7.1).
     */
    private Rejection method(SipRequest r) {
        if (allowedMethods.contains(r.method())) {
            return null;
        }
        int status = knownMethods.contains(r.method()) ? 405 : 501;
        return new Rejection(status, List.of(new HeaderField(HeaderName.ALLOW, SipHeaders.ALLOW.format(allowedMethods))),
                (status == 405 ? "method not supported: " : "method not recognized: ") + r.method());
    }

    /**
     * RFC 3261 §8.2.2.1: "If the Request-URI uses a scheme not supported by the UAS, it SHOULD reject the request
     * with a 416 (Unsupported URI Scheme) response." §16.3 step 2: "If the Request-URI has a URI whose scheme is not
     * understood by the proxy, the proxy SHOULD reject the request with a 416 (Unsupported URI Scheme) response."
     */
    private Rejection scheme(SipRequest r) {
        String scheme = r.requestUri().scheme();
        return uriSchemes.contains(scheme) ? null : new Rejection(416, List.of(), "unsupported URI scheme " + scheme);
    }

    /**
     * RFC 3261 §8.2.2.3: "If a UAS does not understand an option-tag listed in a Require header field, it MUST respond
     * by generating a response with status code 420 (Bad Extension).  The UAS MUST add an Unsupported header field,
     * and list in it those options it does not understand amongst those in the Require header field of the request."
     * And: "Note that Require and Proxy-Require MUST NOT be used in a SIP CANCEL request ... These header fields MUST
     * be ignored if they are present in these requests."
     */
    private Rejection require(SipRequest r) {
        if (r.isMethod(Methods.CANCEL)) {
            return null;
        }
        return badExtension(r.headerValues(SipHeaders.REQUIRE), "Require");
    }

    /**
     * RFC 3261 §16.3 step 5: "If the request contains a Proxy-Require header field (Section 20.29) with one or more
     * option-tags this element does not understand, the element MUST return a 420 (Bad Extension) response.  The
     * response MUST include an Unsupported (Section 20.40) header field listing those option-tags the element did not
     * understand."
     */
    private Rejection proxyRequire(SipRequest r) {
        if (r.isMethod(Methods.CANCEL) || r.isMethod(Methods.ACK)) {
            return null;
        }
        return badExtension(r.headerValues(SipHeaders.PROXY_REQUIRE), "Proxy-Require");
    }

    private Rejection badExtension(List<String> tags, String field) {
        List<String> unknown = new ArrayList<>();
        for (String tag : tags) {
            if (!optionTags.contains(tag.toLowerCase(Locale.ROOT)) && !unknown.contains(tag)) {
                unknown.add(tag);
            }
        }
        if (unknown.isEmpty()) {
            return null;
        }
        return new Rejection(420, List.of(new HeaderField(HeaderName.UNSUPPORTED, SipHeaders.UNSUPPORTED.format(unknown))),
                field + " lists option tags not supported: " + unknown);
    }

    /**
     * RFC 3261 §16.3 step 3: "If the request contains a Max-Forwards header field with a field value of zero (0), the
     * element MUST NOT forward the request.  If the request was for OPTIONS, the element MAY act as the final
     * recipient and respond per Section 11.  Otherwise, the element MUST return a 483 (Too many hops) response."
     * The reference proxy does not act as the final recipient of OPTIONS (RFC 4475 §3.3.11: "A proxy should not
     * forward the request and should respond 483 (Too Many Hops)"). A UAS does not check: "An endpoint should process
     * the request as if the Max-Forwards field value were still positive."
     */
    private Rejection maxForwards(SipRequest r) {
        return r.maxForwards() == 0 ? new Rejection(483, List.of(), "Max-Forwards is 0") : null;
    }

    /**
     * RFC 3261 §8.2.3: "If there are any bodies whose type (indicated by the Content-Type), language (indicated by the
     * Content-Language) or encoding (indicated by the Content-Encoding) are not understood, and that body part is not
     * optional (as indicated by the Content-Disposition header field), the UAS MUST reject the request with a 415
     * (Unsupported Media Type) response.  The response MUST contain an Accept header field listing the types of all
     * bodies it understands, in the event the request contained bodies of types not supported by the UAS.  If the
     * request contained content encodings not understood by the UAS, the response MUST contain an Accept-Encoding
     * header field listing the encodings understood by the UAS.  If the request contained content with languages not
     * understood by the UAS, the response MUST contain an Accept-Language header field indicating the languages
     * understood by the UAS."
     */
    private Rejection content(SipRequest r) {
        if (r.bodyLength() == 0) {
            return null;
        }
        ParameterizedValue disposition = r.header(SipHeaders.CONTENT_DISPOSITION);
        if (disposition != null && "optional".equalsIgnoreCase(disposition.parameters().value("handling"))) {
            return null;
        }
        List<HeaderField> headers = new ArrayList<>(3);
        List<String> why = new ArrayList<>(3);
        MediaType type = r.contentType();
        if (type != null && contentTypes.stream().noneMatch(t -> t.includes(type))) {
            headers.add(new HeaderField(HeaderName.ACCEPT, SipHeaders.ACCEPT.format(contentTypes)));
            why.add("type " + type.essence());
        }
        List<String> encodings = r.headerValues(SipHeaders.CONTENT_ENCODING);
        if (encodings.stream().anyMatch(e -> !contentEncodings.contains(e.toLowerCase(Locale.ROOT)))) {
            headers.add(new HeaderField(HeaderName.ACCEPT_ENCODING, String.join(", ", contentEncodings)));
            why.add("encoding " + encodings);
        }
        List<String> languages = r.headerValues(SipHeaders.CONTENT_LANGUAGE);
        if (languages.stream().anyMatch(l -> !contentLanguages.contains(l.toLowerCase(Locale.ROOT)))) {
            headers.add(new HeaderField(HeaderName.ACCEPT_LANGUAGE, String.join(", ", contentLanguages)));
            why.add("language " + languages);
        }
        return headers.isEmpty() ? null : new Rejection(415, headers, "body not understood: " + String.join(", ", why));
    }

    /**
     * RFC 3261 §20.1: "if no Accept header field is present, the server SHOULD assume a default value of
     * application/sdp.  An empty Accept header field means that no formats are acceptable." §21.4.7, 406: "The
     * resource identified by the request is only capable of generating response entities that have content
     * characteristics not acceptable according to the Accept header field sent in the request." RFC 4475 §3.3.15:
     * "The recipient of this request could respond with a 406 Not Acceptable, with a Warning/399 indicating that a
     * response cannot be formulated in the formats offered in the Accept header field."
     */
    private Rejection accept(SipRequest r) {
        MediaType answer = answerTypes.get(r.method());
        if (answer == null || !r.headers().contains(HeaderName.ACCEPT)) {
            return null;
        }
        List<MediaType> accepted = r.headerValues(SipHeaders.ACCEPT);
        if (accepted.stream().anyMatch(range -> range.includes(answer))) {
            return null;
        }
        Warning w = new Warning(399, agent, "Answers are available only as " + answer.essence());
        return new Rejection(406, List.of(new HeaderField(HeaderName.WARNING, SipHeaders.WARNING.format(w))),
                "Accept does not include " + answer.essence());
    }

    /** Collects an element's capabilities. */
    public static final class Builder {
        private final Role role;
        private final Set<String> allowedMethods = new LinkedHashSet<>();
        private final Set<String> knownMethods = new LinkedHashSet<>();
        private final Set<String> uriSchemes = new LinkedHashSet<>();
        private final Set<String> optionTags = new LinkedHashSet<>();
        private final List<MediaType> contentTypes = new ArrayList<>();
        private final Set<String> contentEncodings = new LinkedHashSet<>();
        private final Set<String> contentLanguages = new LinkedHashSet<>();
        private final Map<String, MediaType> answerTypes = new LinkedHashMap<>();
        private String agent = "sipspec";

        private Builder(Role role) {
            this.role = role;
        }

        /** Methods the UAS supports (listed in Allow); they are recognized too. Case-sensitive. */
        public Builder allow(String... methods) {
            allowedMethods.addAll(List.of(methods));
            knownMethods.addAll(List.of(methods));
            return this;
        }

        /** Methods the UAS recognizes without supporting them: 405 rather than 501. */
        public Builder recognize(String... methods) {
            knownMethods.addAll(List.of(methods));
            return this;
        }

        /** URI schemes accepted in the Request-URI, e.g. {@code sip}, {@code sips}, {@code tel}. */
        public Builder uriSchemes(String... schemes) {
            for (String s : schemes) {
                uriSchemes.add(s.toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /** Option tags the element supports (Require for a UAS, Proxy-Require for a proxy). */
        public Builder optionTags(String... tags) {
            for (String t : tags) {
                optionTags.add(t.toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /** Body types the UAS understands, e.g. {@code application/sdp}; wildcards as in Accept. */
        public Builder contentTypes(String... types) {
            for (String t : types) {
                contentTypes.add(MediaType.parse(t));
            }
            return this;
        }

        public Builder contentEncodings(String... encodings) {
            for (String e : encodings) {
                contentEncodings.add(e.toLowerCase(Locale.ROOT));
            }
            return this;
        }

        public Builder contentLanguages(String... languages) {
            for (String l : languages) {
                contentLanguages.add(l.toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /** The body type the UAS answers {@code method} with, checked against the request's Accept (406). */
        public Builder answersWith(String method, String type) {
            answerTypes.put(method, MediaType.parse(type));
            return this;
        }

        /** The warn-agent of the Warning header fields the element writes (a hostport or a pseudonym). */
        public Builder agent(String warnAgent) {
            this.agent = warnAgent;
            return this;
        }

        public RequestInspection build() {
            return new RequestInspection(this);
        }
    }
}
