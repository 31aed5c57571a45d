package io.sipspec.auth;

import static io.sipspec.auth.AuthSamples.PASSWORD;
import static io.sipspec.auth.AuthSamples.REALM;
import static io.sipspec.auth.AuthSamples.USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.auth.Verdict.Status;
import io.sipspec.message.AuthValue;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DigestAuthenticatorTest {

    private final TestClock clock = new TestClock();
    private final InMemoryCredentialStore store = new InMemoryCredentialStore().putPassword(USER, PASSWORD);

    private DigestAuthenticator.Builder server() {
        return DigestAuthenticator.builder(REALM, store).clock(clock).nonceLifetime(Duration.ofSeconds(60));
    }

    /** The challenge of {@code server} answered by a fresh client. */
    private static SipRequest answered(DigestAuthenticator server, SipRequest request) {
        return DigestClient.of(USER, PASSWORD).retry(request, server.challenge(request, false)).orElseThrow();
    }

    /** Replaces the credentials of {@code request} by {@code c}. */
    private static SipRequest withCredentials(SipRequest request, DigestCredentials c) {
        return request.toBuilder().header(SipHeaders.AUTHORIZATION, c.toAuthValue()).build();
    }

    private static DigestCredentials credentials(SipRequest request) {
        return DigestCredentials.from(request.header(SipHeaders.AUTHORIZATION));
    }

    /** RFC 3261 §22.2: a UAS or registrar challenges with 401 and WWW-Authenticate. */
    @Test
    void aRegistrarChallengesWith401AndOneChallengePerAlgorithm() {
        SipResponse r = server().build().challenge(AuthSamples.register(), false);
        assertEquals(401, r.statusCode());
        List<DigestChallenge> challenges = r.headerValues(SipHeaders.WWW_AUTHENTICATE).stream()
                .map(DigestChallenge::from).toList();
        assertEquals(List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5),
                challenges.stream().map(DigestChallenge::algorithm).toList());
        assertEquals(2, r.headers().count(HeaderName.WWW_AUTHENTICATE));
        assertEquals(challenges.get(0).nonce(), challenges.get(1).nonce());
        assertTrue(challenges.stream().allMatch(c -> c.offersQop("auth") && REALM.equals(c.realm()) && !c.stale()));
        assertEquals(AuthSamples.register().callId(), r.callId());
        assertEquals(AuthSamples.register().cseq(), r.cseq());
    }

    /** RFC 3261 §22.3: a proxy challenges with 407 and Proxy-Authenticate, and reads Proxy-Authorization. */
    @Test
    void aProxyChallengesWith407() {
        DigestAuthenticator proxy = server().type(ChallengeType.PROXY).build();
        SipResponse r = proxy.challenge(AuthSamples.invite(), false);
        assertEquals(407, r.statusCode());
        assertEquals(2, r.headerValues(SipHeaders.PROXY_AUTHENTICATE).size());
        assertFalse(r.headers().contains(HeaderName.WWW_AUTHENTICATE));
        SipRequest retried = DigestClient.of(USER, PASSWORD).retry(AuthSamples.invite(), r).orElseThrow();
        assertNull(retried.header(SipHeaders.AUTHORIZATION));
        assertEquals(Verdict.ok(USER), proxy.verify(retried));
    }

    @ParameterizedTest
    @EnumSource(DigestAlgorithm.class)
    void roundTripWithQop(DigestAlgorithm algorithm) {
        DigestAuthenticator server = server().algorithms(algorithm).build();
        SipRequest retried = answered(server, AuthSamples.register());
        DigestCredentials c = credentials(retried);
        assertEquals(algorithm, c.algorithm());
        assertEquals("auth", c.qop());
        assertEquals("00000001", c.nc());
        assertEquals(Verdict.ok(USER), server.verify(retried));
    }

    /** RFC 3261 §22.4: "the "qop" parameter must unfortunately remain optional for clients and servers to receive." */
    @ParameterizedTest
    @EnumSource(value = DigestAlgorithm.class, names = {"MD5", "SHA_256"})
    void roundTripWithoutQop(DigestAlgorithm algorithm) {
        DigestAuthenticator server = server().algorithms(algorithm).build();
        DigestChallenge ch = server.challenges(false).get(0);
        SipRequest request = AuthSamples.register();
        String uri = request.requestUriText();
        String response = algorithm.response(algorithm.userHa1(USER, REALM, PASSWORD), ch.nonce(), null, null, null,
                "REGISTER", uri);
        DigestCredentials c = new DigestCredentials(USER, REALM, ch.nonce(), uri, response, algorithm.token(), null,
                ch.opaque(), null, null);
        SipRequest signed = withCredentials(request, c);
        assertEquals(Verdict.ok(USER), server.verify(signed));
        // Without a nonce count the nonce is good once; the client is sent for a new one.
        assertEquals(Status.STALE, server.verify(signed).status());
    }

    /** RFC 7616 §3.4, nc: "if the same nc value is seen twice, then the request is a replay." */
    @Test
    void aReplayedNonceCountIsRejected() {
        DigestAuthenticator server = server().build();
        SipRequest retried = answered(server, AuthSamples.register());
        assertTrue(server.verify(retried).isOk());
        Verdict replay = server.verify(retried);
        assertEquals(Status.INVALID, replay.status());
        assertEquals("nonce count replayed", replay.reason());
    }

    /** The nonce count must grow: a lower count after a higher one is a replay too; a higher one is accepted. */
    @Test
    void theNonceCountMustIncrease() {
        DigestAuthenticator server = server().build();
        DigestClient client = DigestClient.of(USER, PASSWORD);
        SipRequest first = client.retry(AuthSamples.register(), server.challenge(AuthSamples.register(), false))
                .orElseThrow();
        SipRequest second = client.authorize(AuthSamples.register());
        SipRequest third = client.authorize(AuthSamples.register());
        assertEquals("00000002", credentials(second).nc());
        assertEquals(credentials(first).nonce(), credentials(third).nonce());
        assertTrue(server.verify(third).isOk());
        assertEquals(Status.INVALID, server.verify(second).status());
        assertEquals(Status.INVALID, server.verify(first).status());
    }

    @Test
    void aForgedResponseIsRejected() {
        DigestAuthenticator server = server().build();
        DigestCredentials c = credentials(answered(server, AuthSamples.register()));
        char last = c.response().charAt(c.response().length() - 1);
        String forged = c.response().substring(0, c.response().length() - 1) + (last == '0' ? '1' : '0');
        Verdict v = server.verify(withCredentials(AuthSamples.register(), new DigestCredentials(c.username(), c.realm(),
                c.nonce(), c.uri(), forged, c.algorithmName(), c.cnonce(), c.opaque(), c.qop(), c.nc())));
        assertEquals(Verdict.invalid("response does not match"), v);
    }

    @Test
    void aWrongPasswordIsRejected() {
        DigestAuthenticator server = server().build();
        SipRequest request = AuthSamples.register();
        SipRequest retried = DigestClient.of(USER, "guess").retry(request, server.challenge(request, false)).orElseThrow();
        assertEquals(Status.INVALID, server.verify(retried).status());
    }

    /** Credentials answer the request they were computed for: another method gives another digest (A2). */
    @Test
    void credentialsCopiedToAnotherMethodAreRejected() {
        DigestAuthenticator server = server().build();
        DigestCredentials c = credentials(answered(server, AuthSamples.register()));
        SipRequest options = AuthSamples.request("OPTIONS", "sip:atlanta.example.com", "sip:alice@atlanta.example.com");
        assertEquals(Status.INVALID, server.verify(withCredentials(options, c)).status());
    }

    /** RFC 3261 §22.3: credentials for another realm are not consumed: for this realm there are none. */
    @Test
    void credentialsForAnotherRealmAreMissing() {
        DigestAuthenticator server = server().build();
        DigestAuthenticator other = DigestAuthenticator.builder("biloxi.example.com", store).clock(clock).build();
        SipRequest forOther = answered(other, AuthSamples.register());
        assertEquals(Status.MISSING, server.verify(forOther).status());
        assertTrue(other.verify(forOther).isOk());
    }

    /** RFC 2617 §3.2.2.5: the uri must designate the Request-URI. */
    @Test
    void aUriOtherThanTheRequestUriIsRejected() {
        DigestAuthenticator server = server().build();
        SipRequest retried = answered(server, AuthSamples.register());
        SipRequest moved = retried.toBuilder().requestUri(Uri.parse("sip:biloxi.example.com")).build();
        assertEquals(Verdict.invalid("uri does not match the Request-URI"), server.verify(moved));
    }

    /** RFC 3261 §19.1.4: an equal URI written differently designates the same resource. */
    @Test
    void anEqualRequestUriWrittenDifferentlyIsAccepted() {
        DigestAuthenticator server = server().build();
        SipRequest retried = answered(server, AuthSamples.register());
        SipRequest rewritten = retried.toBuilder().requestUri(Uri.parse("sip:ATLANTA.example.com"))
                .build();
        assertTrue(server.verify(rewritten).isOk());
    }

    /** RFC 3261 §22.4 item 6 lets a server accept a uri that differs from the Request-URI. */
    @Test
    void theUriCheckCanBeRelaxed() {
        DigestAuthenticator server = server().checkUri(false).build();
        SipRequest retried = answered(server, AuthSamples.register());
        SipRequest moved = retried.toBuilder().requestUri(Uri.parse("sip:biloxi.example.com")).build();
        assertTrue(server.verify(moved).isOk());
    }

    /** An expired nonce with the right digest is stale; the client retries with the new nonce without asking. */
    @Test
    void anExpiredNonceIsStaleAndTheClientRetries() {
        DigestAuthenticator server = server().build();
        DigestClient client = DigestClient.of(USER, PASSWORD);
        SipRequest request = AuthSamples.register();
        SipRequest first = client.retry(request, server.challenge(request, false)).orElseThrow();
        assertTrue(server.verify(first).isOk());

        clock.advance(Duration.ofSeconds(61));
        SipRequest later = client.authorize(AuthSamples.register());
        Verdict v = server.verify(later);
        assertEquals(Verdict.stale("nonce expired"), v);

        SipResponse staleChallenge = server.challenge(later, v.isStale());
        assertTrue(DigestChallenge.from(staleChallenge.header(SipHeaders.WWW_AUTHENTICATE)).stale());
        SipRequest again = client.retry(later, staleChallenge).orElseThrow();
        assertTrue(server.verify(again).isOk());
        assertEquals(later.cseq().sequence() + 1, again.cseq().sequence());
    }

    /** RFC 2617 §3.2.1: stale only "with a valid digest for that nonce"; an expired nonce and a wrong digest is not. */
    @Test
    void anExpiredNonceWithAWrongDigestIsInvalidNotStale() {
        DigestAuthenticator server = server().build();
        SipRequest request = AuthSamples.register();
        SipRequest wrong = DigestClient.of(USER, "guess").retry(request, server.challenge(request, false)).orElseThrow();
        clock.advance(Duration.ofMinutes(10));
        assertEquals(Status.INVALID, server.verify(wrong).status());
    }

    /** A nonce this server did not issue (another secret, e.g. before a restart) but a right digest: stale. */
    @Test
    void aNonceFromAnotherServerIsStale() {
        DigestAuthenticator before = server().secret(new byte[32]).build();
        DigestAuthenticator after = server().secret("another secret of 32 bytes......".getBytes()).build();
        SipRequest retried = answered(before, AuthSamples.register());
        assertEquals(Verdict.stale("nonce not issued by this server"), after.verify(retried));
    }

    @Test
    void serversSharingTheSecretAcceptEachOthersNonces() {
        byte[] secret = "shared secret of thirty-two byte".getBytes();
        DigestAuthenticator a = server().secret(secret).build();
        DigestAuthenticator b = server().secret(secret).build();
        assertTrue(b.verify(answered(a, AuthSamples.register())).isOk());
    }

    /** RFC 7616 §3.3: opaque "SHOULD be returned by the client unchanged". */
    @Test
    void aChangedOpaqueIsRejected() {
        DigestAuthenticator server = server().build();
        DigestCredentials c = credentials(answered(server, AuthSamples.register()));
        DigestCredentials tampered = new DigestCredentials(c.username(), c.realm(), c.nonce(), c.uri(), c.response(),
                c.algorithmName(), c.cnonce(), "AAAAAAAAAAAAAAAA", c.qop(), c.nc());
        assertEquals(Verdict.invalid("opaque not echoed"), server.verify(withCredentials(AuthSamples.register(), tampered)));
    }

    @Test
    void anAlgorithmNotOfferedIsRejected() {
        DigestAuthenticator server = server().algorithms(DigestAlgorithm.SHA_256).build();
        DigestAuthenticator md5 = server().algorithms(DigestAlgorithm.MD5).build();
        assertEquals(Verdict.invalid("algorithm not offered"), server.verify(answered(md5, AuthSamples.register())));
    }

    @Test
    void noCredentialsIsMissing() {
        assertEquals(Status.MISSING, server().build().verify(AuthSamples.register()).status());
    }

    /** RFC 3261 §22: "Servers MUST NOT accept credentials using the "Basic" authorization scheme". */
    @Test
    void basicCredentialsAreNotAccepted() {
        SipRequest basic = AuthSamples.register().toBuilder()
                .header(SipHeaders.AUTHORIZATION, AuthValue.parse("Basic realm=\"" + REALM + "\",user=\"alice\""))
                .build();
        assertEquals(Status.MISSING, server().build().verify(basic).status());
    }

    @Test
    void malformedCredentialsAreInvalid() {
        SipRequest bad = AuthSamples.register().toBuilder()
                .header(HeaderName.AUTHORIZATION, "Digest realm=\"" + REALM + "\",nonce=\"n\"").build();
        assertEquals(Status.INVALID, server().build().verify(bad).status());
    }

    /**
     * RFC 3261 §22.1: "Servers MUST NOT attempt to challenge an ACK." and "servers MUST NOT attempt to challenge
     * CANCEL requests since these requests cannot be resubmitted."
     */
    @Test
    void ackAndCancelAreExempt() {
        DigestAuthenticator server = server().build();
        SipRequest ack = AuthSamples.request("ACK", "sip:bob@biloxi.example.com", "sip:bob@biloxi.example.com");
        SipRequest cancel = AuthSamples.request("CANCEL", "sip:bob@biloxi.example.com", "sip:bob@biloxi.example.com");
        assertTrue(DigestAuthenticator.exempt(ack));
        assertTrue(DigestAuthenticator.exempt(cancel));
        assertFalse(DigestAuthenticator.exempt(AuthSamples.invite()));
        assertThrows(IllegalArgumentException.class, () -> server.challenge(ack, false));
        assertThrows(IllegalArgumentException.class, () -> server.verify(cancel));
    }

    /**
     * RFC 7616 §3.6: "As long as H(A1) is available to the server, the validity of an Authorization header field can
     * be verified." An H(A1) for SHA-256 serves SHA-256 and SHA-256-sess, not MD5.
     */
    @Test
    void aStoreOfHa1AloneIsEnough() {
        InMemoryCredentialStore ha1Only = new InMemoryCredentialStore().put(USER, StoredCredential.ofHa1(Map.of(
                DigestAlgorithm.SHA_256, DigestAlgorithm.SHA_256.userHa1(USER, REALM, PASSWORD))));
        DigestAuthenticator server = DigestAuthenticator.builder(REALM, ha1Only).clock(clock)
                .algorithms(DigestAlgorithm.SHA_256_SESS, DigestAlgorithm.SHA_256, DigestAlgorithm.MD5).build();
        assertTrue(server.verify(answered(server, AuthSamples.register())).isOk());
        DigestAuthenticator md5 = DigestAuthenticator.builder(REALM, ha1Only).clock(clock)
                .algorithms(DigestAlgorithm.MD5).build();
        assertEquals(Status.INVALID, md5.verify(answered(md5, AuthSamples.register())).status());
    }

    /** When the replay table forgets a nonce, the nonce is no longer accepted: stale, never a silent replay. */
    @Test
    void aForgottenNonceIsStale() {
        DigestAuthenticator server = server().replayCapacity(1).build();
        SipRequest first = answered(server, AuthSamples.register());
        clock.advance(Duration.ofMillis(5));
        SipRequest second = answered(server, AuthSamples.register());
        assertTrue(server.verify(first).isOk());
        assertTrue(server.verify(second).isOk());
        assertEquals(Verdict.stale("nonce no longer tracked"), server.verify(first));
    }

    /** RFC 7616 §3.7: each challenge "MUST use a different digest algorithm". */
    @Test
    void eachAlgorithmIsOfferedOnce() {
        assertThrows(IllegalArgumentException.class,
                () -> server().algorithms(DigestAlgorithm.MD5, DigestAlgorithm.MD5));
        assertThrows(IllegalArgumentException.class, () -> server().algorithms());
    }
}
