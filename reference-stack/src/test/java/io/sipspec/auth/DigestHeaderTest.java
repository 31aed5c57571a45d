package io.sipspec.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.AuthValue;
import io.sipspec.message.SipHeaders;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DigestHeaderTest {

    /** RFC 3261 §22.2, the WWW-Authenticate example (folded onto one line). */
    private static final String RFC3261_CHALLENGE = "Digest realm=\"biloxi.com\", qop=\"auth,auth-int\", "
            + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"";

    /** RFC 3261 §22.2, the Authorization example. */
    private static final String RFC3261_CREDENTIALS = "Digest username=\"bob\", realm=\"biloxi.com\", "
            + "nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"sip:bob@biloxi.com\", qop=auth, nc=00000001, "
            + "cnonce=\"0a4f113b\", response=\"6629fae49393a05397450978507c4ef1\", "
            + "opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"";

    @Test
    void readsTheRfc3261Challenge() {
        DigestChallenge c = DigestChallenge.from(SipHeaders.WWW_AUTHENTICATE.parse(RFC3261_CHALLENGE));
        assertEquals("biloxi.com", c.realm());
        assertEquals("dcd98b7102dd2f0e8b11d0f600bfb0c093", c.nonce());
        assertEquals("5ccc069c403ebaf9f0171e9517f40e41", c.opaque());
        assertEquals(List.of("auth", "auth-int"), c.qopOptions());
        assertEquals(DigestAlgorithm.MD5, c.algorithm());
        assertFalse(c.stale());
    }

    @Test
    void readsTheRfc3261Credentials() {
        DigestCredentials c = DigestCredentials.from(SipHeaders.AUTHORIZATION.parse(RFC3261_CREDENTIALS));
        assertEquals("bob", c.username());
        assertEquals("sip:bob@biloxi.com", c.uri());
        assertEquals("auth", c.qop());
        assertEquals(1, c.nonceCount());
        assertEquals("0a4f113b", c.cnonce());
        assertEquals("6629fae49393a05397450978507c4ef1", c.response());
    }

    /** RFC 7616 §3.3: realm, nonce, opaque, qop quoted; stale and algorithm never quoted. */
    @Test
    void challengeQuoting() {
        AuthValue v = new DigestChallenge("a \"b\"", "n1", "o1", "SHA-256", List.of("auth"), true).toAuthValue();
        assertEquals("Digest realm=\"a \\\"b\\\"\",nonce=\"n1\",opaque=\"o1\",algorithm=SHA-256,qop=\"auth\",stale=true",
                v.toString());
    }

    /** RFC 7616 §3.4: username, realm, nonce, uri, response, cnonce, opaque quoted; algorithm, qop, nc not. */
    @Test
    void credentialsQuoting() {
        AuthValue v = new DigestCredentials("u", "r", "n", "sip:r", "abc", "MD5", "c", "o", "auth", "0000000a")
                .toAuthValue();
        assertEquals("Digest username=\"u\",realm=\"r\",nonce=\"n\",uri=\"sip:r\",response=\"abc\",algorithm=MD5,"
                + "cnonce=\"c\",opaque=\"o\",qop=auth,nc=0000000a", v.toString());
    }

    @Test
    void challengeRoundTrip() {
        DigestChallenge c = DigestChallenge.of("r\\x", "n", null, DigestAlgorithm.MD5_SESS, false);
        String field = SipHeaders.PROXY_AUTHENTICATE.format(c.toAuthValue());
        DigestChallenge back = DigestChallenge.from(SipHeaders.PROXY_AUTHENTICATE.parse(field));
        assertEquals(c, back);
        assertEquals(field, SipHeaders.PROXY_AUTHENTICATE.format(back.toAuthValue()));
    }

    @Test
    void credentialsRoundTrip() {
        DigestCredentials c = DigestCredentials.from(SipHeaders.AUTHORIZATION.parse(RFC3261_CREDENTIALS));
        String field = SipHeaders.PROXY_AUTHORIZATION.format(c.toAuthValue());
        DigestCredentials back = DigestCredentials.from(SipHeaders.PROXY_AUTHORIZATION.parse(field));
        assertEquals(c, back);
        assertEquals(field, SipHeaders.PROXY_AUTHORIZATION.format(back.toAuthValue()));
    }

    @Test
    void staleIsCaseInsensitive() {
        assertTrue(DigestChallenge.from(AuthValue.parse("Digest realm=\"r\",nonce=\"n\",stale=TRUE")).stale());
        assertFalse(DigestChallenge.from(AuthValue.parse("Digest realm=\"r\",nonce=\"n\",stale=no")).stale());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Digest realm=\"r\",nonce=\"n\",uri=\"sip:r\",response=\"x\"",
        "Digest username=\"u\",realm=\"r\",nonce=\"n\",uri=\"sip:r\"",
        "Digest username=\"u\",username=\"v\",realm=\"r\",nonce=\"n\",uri=\"sip:r\",response=\"x\"",
        "Digest username=\"u\",realm=\"r\",nonce=\"n\",uri=\"sip:r\",response=\"x\",qop=auth,nc=00000001",
        "Digest username=\"u\",realm=\"r\",nonce=\"n\",uri=\"sip:r\",response=\"x\",qop=auth,cnonce=\"c\",nc=1",
        "Digest username=\"u\",realm=\"r\",nonce=\"n\",uri=\"sip:r\",response=\"x\",cnonce=\"c\"",
        "Digest username*=UTF-8''u,realm=\"r\",nonce=\"n\",uri=\"sip:r\",response=\"x\"",
        "Basic username=\"u\""
    })
    void malformedCredentialsAreRefused(String value) {
        assertThrows(IllegalArgumentException.class, () -> DigestCredentials.from(AuthValue.parse(value)));
    }

    @Test
    void aChallengeWithoutNonceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DigestChallenge.from(AuthValue.parse("Digest realm=\"r\"")));
    }
}
