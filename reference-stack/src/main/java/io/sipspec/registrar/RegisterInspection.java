package io.sipspec.registrar;

import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Host;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.ua.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks a registrar makes before it looks at the address-of-record, in the order of RFC 3261 §10.3: the method,
 * the Request-URI's domain (step 1), then Require (step 2). {@link io.sipspec.ua.RequestInspection} makes the §8.2
 * checks of a user agent, but puts Require before any domain check; §10.3 orders them the other way.
 */
final class RegisterInspection {

    private final Set<Host> domains;
    private final Set<String> optionTags;

    /** @param optionTags lower case */
    RegisterInspection(Set<Host> domains, Set<String> optionTags) {
        this.domains = Set.copyOf(domains);
        this.optionTags = Set.copyOf(optionTags);
    }

    /** The rejection of {@code r}, or null if the registrar goes on with it. */
    Rejection inspect(SipRequest r) {
        Rejection x = method(r);
        if (x == null) {
            x = requestUri(r);
        }
        if (x == null) {
            x = require(r);
        }
        return x;
    }

    /**
     * §10.3: "it accepts only REGISTER requests." §8.2.1: "If the UAS recognizes but does not support the method of a
     * request, it MUST generate a 405 (Method Not Allowed) response. ... The UAS MUST also add an Allow header field to
     * the 405 (Method Not Allowed) response." §21.5.2: 501 "is the appropriate response when a UAS does not recognize
     * the request method and is not capable of supporting it for any user."
     */
    private static Rejection method(SipRequest r) {
        if (r.isMethod(Methods.REGISTER)) {
            return null;
        }
        int status = Methods.isRfc3261(r.method()) ? 405 : 501;
        return new Rejection(status, List.of(new HeaderField(HeaderName.ALLOW, Methods.REGISTER)), "only REGISTER is accepted");
    }

    /**
     * Step 1: "The registrar inspects the Request-URI to determine whether it has access to bindings for the domain
     * identified in the Request-URI.  If not, and if the server also acts as a proxy server, the server SHOULD forward
     * the request to the addressed domain, following the general behavior for proxying messages described in Section
     * 16." This registrar does not proxy, so it answers as §21.4.5 says of 404: "This status is also returned if the
     * domain in the Request-URI does not match any of the domains handled by the recipient of the request." And
     * §8.2.2.1: "If the Request-URI uses a scheme not supported by the UAS, it SHOULD reject the request with a 416
     * (Unsupported URI Scheme) response."
     */
    private Rejection requestUri(SipRequest r) {
        Uri uri = r.requestUri();
        if (!(uri instanceof SipUri sip)) {
            return new Rejection(416, List.of(), "unsupported URI scheme " + uri.scheme());
        }
        if (!domains.contains(sip.host())) {
            return new Rejection(404, List.of(), "no bindings for the domain " + sip.host());
        }
        return null;
    }

    /**
     * Step 2: "To guarantee that the registrar supports any necessary extensions, the registrar MUST process the
     * Require header field values as described for UASs in Section 8.2.2." §8.2.2.3: "If a UAS does not understand an
     * option-tag listed in a Require header field, it MUST respond by generating a response with status code 420 (Bad
     * Extension).  The UAS MUST add an Unsupported header field, and list in it those options it does not understand
     * amongst those in the Require header field of the request."
     */
    private Rejection require(SipRequest r) {
        List<String> unknown = new ArrayList<>();
        for (String tag : r.headerValues(SipHeaders.REQUIRE)) {
            if (!optionTags.contains(tag.toLowerCase(Locale.ROOT)) && !unknown.contains(tag)) {
                unknown.add(tag);
            }
        }
        if (unknown.isEmpty()) {
            return null;
        }
        return new Rejection(420, List.of(new HeaderField(HeaderName.UNSUPPORTED, SipHeaders.UNSUPPORTED.format(unknown))),
                "unsupported option tags " + unknown);
    }
}
