package io.sipspec.registrar;

import io.sipspec.message.SipUri;
import io.sipspec.message.UriEscapes;
import java.util.Locale;
import java.util.Objects;

/**
 * An address-of-record in the canonical form that indexes the list of bindings (RFC 3261 §10.3 step 5): "The URI
 * MUST then be converted to a canonical form.  To do that, all URI parameters MUST be removed (including the
 * user-param), and any escaped characters MUST be converted to their unescaped form.  The result serves as an index
 * into the list of bindings."
 *
 * <p>The canonical URI keeps the scheme (sip or sips), the user, the host (lower case) and the port. It drops the
 * uri-parameters, the headers component and the password. Escapes of characters that may appear unescaped in a user
 * part are decoded; an escaped reserved character stays escaped (with upper-case hex), since decoding it would
 * change the URI's structure (§19.1.4 treats the two forms as different too). Equal by §19.1.4 URI comparison.
 */
public final class AddressOfRecord {

    private final SipUri uri;

    private AddressOfRecord(SipUri uri) {
        this.uri = uri;
    }

    /** The canonical form of {@code uri}: the To URI of a REGISTER, or the Request-URI a proxy or redirect server looks up. */
    public static AddressOfRecord of(SipUri uri) {
        Objects.requireNonNull(uri, "uri");
        SipUri canonical = SipUri.of(UriEscapes.normalize(uri.user()), uri.host().text().toLowerCase(Locale.ROOT), uri.port())
                .withSecure(uri.isSecure());
        return new AddressOfRecord(canonical);
    }

    /** Parses {@code text} as a SIP or SIPS URI and returns its canonical form. */
    public static AddressOfRecord parse(String text) {
        return of(SipUri.parse(text));
    }

    /** The canonical URI. */
    public SipUri uri() {
        return uri;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AddressOfRecord a && uri.equals(a.uri);
    }

    @Override
    public int hashCode() {
        return uri.hashCode();
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
