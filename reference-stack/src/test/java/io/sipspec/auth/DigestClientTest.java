package io.sipspec.auth;

import static io.sipspec.auth.AuthSamples.PASSWORD;
import static io.sipspec.auth.AuthSamples.REALM;
import static io.sipspec.auth.AuthSamples.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.AuthValue;
import io.sipspec.message.HeaderType;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DigestClientTest {

    private final AtomicInteger cnonces = new AtomicInteger();
    private final DigestClient client = new DigestClient(
            realm -> realm.endsWith("example.com") ? new ClientCredentials(USER, PASSWORD) : null,
            () -> "cn" + cnonces.incrementAndGet());

    private static SipResponse challenge(SipRequest request, int status, String... challenges) {
        SipResponse.Builder b = request.createResponse(status);
        for (String c : challenges) {
            b.addHeader(status == 401 ? SipHeaders.WWW_AUTHENTICATE : SipHeaders.PROXY_AUTHENTICATE, AuthValue.parse(c));
        }
        return b.build();
    }

    private static String digest(String realm, String extra) {
        return "Digest realm=\"" + realm + "\",nonce=\"abc\",qop=\"auth\"" + extra;
    }

    private static List<DigestCredentials> credentials(SipRequest r, HeaderType<AuthValue> type) {
        return r.headerValues(type).stream().map(DigestCredentials::from).toList();
    }

    /** RFC 3261 §8.1.3.5: a new transaction, same Call-ID, To and From, CSeq one higher. */
    @Test
    void theRetryIsANewTransactionWithTheNextCSeq() {
        SipRequest request = AuthSamples.register();
        SipRequest retried = client.retry(request, challenge(request, 401, digest(REALM, ""))).orElseThrow();
        assertEquals(2, retried.cseq().sequence());
        assertEquals("REGISTER", retried.cseq().method());
        assertNotEquals(request.topVia().branch(), retried.topVia().branch());
        assertTrue(retried.topVia().hasMagicCookie());
        assertEquals(request.topVia().sentBy(), retried.topVia().sentBy());
        assertEquals(request.callId(), retried.callId());
        assertEquals(request.from(), retried.from());
        assertEquals(request.to(), retried.to());
        assertEquals(request.requestUri(), retried.requestUri());
    }

    @Test
    void theCredentialsAnswerTheChallenge() {
        SipRequest request = AuthSamples.register();
        SipRequest retried = client.retry(request, challenge(request, 401, digest(REALM, ",opaque=\"op\""))).orElseThrow();
        DigestCredentials c = DigestCredentials.from(retried.header(SipHeaders.AUTHORIZATION));
        assertEquals(USER, c.username());
        assertEquals(REALM, c.realm());
        assertEquals("abc", c.nonce());
        assertEquals("sip:atlanta.example.com", c.uri());
        assertEquals("op", c.opaque());
        assertEquals("auth", c.qop());
        assertEquals("00000001", c.nc());
        assertEquals("cn1", c.cnonce());
        assertNull(c.algorithmName());
        DigestAlgorithm md5 = DigestAlgorithm.MD5;
        assertEquals(md5.response(md5.userHa1(USER, REALM, PASSWORD), "abc", "00000001", "cn1", "auth", "REGISTER",
                "sip:atlanta.example.com"), c.response());
    }

    /** The strongest algorithm offered is used, whatever its place; an unknown algorithm is ignored. */
    @Test
    void theStrongestSupportedAlgorithmIsChosen() {
        SipRequest request = AuthSamples.register();
        SipResponse r = challenge(request, 401, digest(REALM, ",algorithm=SHA-512-256"), digest(REALM, ",algorithm=MD5"),
                digest(REALM, ",algorithm=SHA-256"));
        List<DigestCredentials> c = credentials(client.retry(request, r).orElseThrow(), SipHeaders.AUTHORIZATION);
        assertEquals(1, c.size());
        assertEquals(DigestAlgorithm.SHA_256, c.get(0).algorithm());
    }

    /** RFC 2069 challenges (no qop): no qop, cnonce or nc in the answer. */
    @Test
    void aChallengeWithoutQopIsAnsweredWithoutQop() {
        SipRequest request = AuthSamples.register();
        SipRequest retried = client.retry(request, challenge(request, 401, "Digest realm=\"" + REALM + "\",nonce=\"n\""))
                .orElseThrow();
        DigestCredentials c = DigestCredentials.from(retried.header(SipHeaders.AUTHORIZATION));
        assertNull(c.qop());
        assertNull(c.cnonce());
        assertNull(c.nc());
    }

    @Test
    void unanswerableChallengesGiveNoRetry() {
        SipRequest request = AuthSamples.register();
        assertEquals(Optional.empty(), client.retry(request, challenge(request, 401, digest("other.org", ""))));
        assertEquals(Optional.empty(), client.retry(request, challenge(request, 401, digest(REALM, ",algorithm=XYZ"))));
        assertEquals(Optional.empty(), client.retry(request,
                challenge(request, 401, "Digest realm=\"" + REALM + "\",nonce=\"n\",qop=\"auth-int\"")));
        assertEquals(Optional.empty(), client.retry(request,
                challenge(request, 401, "Digest realm=\"" + REALM + "\",nonce=\"n\",algorithm=MD5-sess")));
        assertEquals(Optional.empty(), client.retry(request, request.createResponse(401).build()));
    }

    /**
     * RFC 3261 §22.1: "A UAC MUST NOT re-attempt requests with the credentials that have just been rejected (though
     * the request may be retried if the nonce was stale)."
     */
    @Test
    void rejectedCredentialsAreNotSentAgainUnlessTheNonceWasStale() {
        SipRequest request = AuthSamples.register();
        SipRequest retried = client.retry(request, challenge(request, 401, digest(REALM, ""))).orElseThrow();
        assertEquals(Optional.empty(), client.retry(retried, challenge(retried, 401, digest(REALM, ""))));
        SipRequest again = client.retry(retried, challenge(retried, 401, digest(REALM, ",stale=true"))).orElseThrow();
        assertEquals(3, again.cseq().sequence());
        assertEquals(1, again.headerValues(SipHeaders.AUTHORIZATION).size());
    }

    /** RFC 3261 §22.3: a second proxy's challenge adds its credentials; the first proxy's stay. */
    @Test
    void credentialsForOtherProxiesAreKept() {
        SipRequest request = AuthSamples.invite();
        SipRequest first = client.retry(request, challenge(request, 407, digest("proxy1.example.com", ""))).orElseThrow();
        SipRequest second = client.retry(first, challenge(first, 407, digest("proxy2.example.com", ""))).orElseThrow();
        assertEquals(List.of("proxy1.example.com", "proxy2.example.com"),
                credentials(second, SipHeaders.PROXY_AUTHORIZATION).stream().map(DigestCredentials::realm).toList());
        assertEquals(3, second.cseq().sequence());
    }

    /** RFC 3261 §22.3: a forking proxy puts all challenges in one response; each realm gets its credentials. */
    @Test
    void everyRealmOfAnAggregatedChallengeIsAnswered() {
        SipRequest request = AuthSamples.invite();
        SipResponse r = request.createResponse(407)
                .addHeader(SipHeaders.PROXY_AUTHENTICATE, AuthValue.parse(digest("p.example.com", "")))
                .addHeader(SipHeaders.WWW_AUTHENTICATE, AuthValue.parse(digest("biloxi.example.com", "")))
                .build();
        SipRequest retried = client.retry(request, r).orElseThrow();
        assertEquals("p.example.com", credentials(retried, SipHeaders.PROXY_AUTHORIZATION).get(0).realm());
        assertEquals("biloxi.example.com", credentials(retried, SipHeaders.AUTHORIZATION).get(0).realm());
    }

    /** RFC 7616 §3.4, nc: the count of requests sent with the nonce, "including the current request". */
    @Test
    void reusingANonceCountsUp() {
        SipRequest request = AuthSamples.register();
        client.retry(request, challenge(request, 401, digest(REALM, ""))).orElseThrow();
        SipRequest next = client.authorize(AuthSamples.register());
        SipRequest third = client.authorize(AuthSamples.register());
        assertEquals("00000002", DigestCredentials.from(next.header(SipHeaders.AUTHORIZATION)).nc());
        assertEquals("00000003", DigestCredentials.from(third.header(SipHeaders.AUTHORIZATION)).nc());
        assertEquals(1, third.cseq().sequence());
    }

    /** A -sess session keeps its first cnonce (RFC 7616 §3.4.2, "cnonce-prime"). */
    @Test
    void aSessionAlgorithmKeepsItsCnonce() {
        SipRequest request = AuthSamples.register();
        SipRequest first = client.retry(request, challenge(request, 401, digest(REALM, ",algorithm=SHA-256-sess")))
                .orElseThrow();
        SipRequest next = client.authorize(AuthSamples.register());
        assertEquals(DigestCredentials.from(first.header(SipHeaders.AUTHORIZATION)).cnonce(),
                DigestCredentials.from(next.header(SipHeaders.AUTHORIZATION)).cnonce());
    }

    @Test
    void withoutASessionAuthorizeChangesNothing() {
        SipRequest request = AuthSamples.register();
        assertEquals(request, client.authorize(request));
    }

    /**
     * RFC 3261 §22.2: credentials of a 401 are cached for the To and realm and re-used on the next request to that
     * destination (nc counting on); §22.3: proxy credentials (407) are not cached across dialogs.
     */
    @Test
    void credentialsOfA401AreReusedForTheSameToOnly() {
        SipRequest request = AuthSamples.register();
        client.retry(request, challenge(request, 401, digest(REALM, ""))).orElseThrow();
        SipRequest next = client.authorizeCached(request.toBuilder().header(SipHeaders.CSEQ, new io.sipspec.message.CSeq(3, "REGISTER")).build());
        DigestCredentials c = DigestCredentials.from(next.header(SipHeaders.AUTHORIZATION));
        assertEquals("abc", c.nonce());
        assertEquals("00000002", c.nc());
        SipRequest elsewhere = request.toBuilder().header(SipHeaders.TO, io.sipspec.message.Address.parse("<sip:carol@example.com>")).build();
        assertNull(client.authorizeCached(elsewhere).header(SipHeaders.AUTHORIZATION));
    }

    @Test
    void proxyCredentialsAreNotCached() {
        SipRequest request = AuthSamples.register();
        client.retry(request, challenge(request, 407, digest(REALM, ""))).orElseThrow();
        SipRequest next = client.authorizeCached(request);
        assertNull(next.header(SipHeaders.PROXY_AUTHORIZATION));
        assertNull(next.header(SipHeaders.AUTHORIZATION));
    }
}
