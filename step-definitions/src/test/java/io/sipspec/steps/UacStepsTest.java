package io.sipspec.steps;

import static io.sipspec.steps.FakeDevice.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.auth.DigestClient;
import io.sipspec.auth.DigestCredentials;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.tester.StatusPattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The UAC steps against a fake device: what the peer sends, and each check passing on the right message and failing. */
class UacStepsTest {

    private static final String DEVICE_INVITE = "INVITE sip:alice@127.0.0.1 SIP/2.0\r\n"
            + "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bKd1\r\nTo: <sip:alice@127.0.0.1>\r\n"
            + "From: <sip:device@127.0.0.1>;tag=d1\r\nCall-ID: d1@127.0.0.1\r\nCSeq: 7 INVITE\r\nMax-Forwards: 70\r\n"
            + "Require: 100rel, timer\r\nContent-Length: 0\r\n\r\n";

    private static final String OPTIONS = """
            OPTIONS sip:bob@${sut} SIP/2.0
            Via: SIP/2.0/UDP ${local};branch=${branch}
            Max-Forwards: 70
            To: <sip:bob@${sut}>
            From: <sip:alice@${local}>;tag=${tag}
            Call-ID: ${call-id}
            CSeq: 1 OPTIONS
            Content-Length: 0""";

    private static final String CHALLENGE = "Digest realm=\"sipspec\", nonce=\"abc123\", opaque=\"op1\", algorithm=MD5, qop=\"auth\"";

    private final FakeDevice fake = new FakeDevice();
    private final UacSteps uac = new UacSteps(fake.wire);
    private final MatchSteps match = new MatchSteps(fake.wire);

    @AfterEach
    void close() {
        fake.close();
    }

    private static String fails(Runnable step) {
        return assertThrows(AssertionError.class, step::run).getMessage();
    }

    private SipRequest deviceSendsInvite() {
        fake.sends(DEVICE_INVITE);
        fake.steps.receivesRequest("alice", "INVITE", WAIT);
        return (SipRequest) fake.wire.last().message();
    }

    @Test
    void onlyValuesAmongPassesWhenAbsentAndFailsOnAnExtraTag() {
        deviceSendsInvite();
        uac.itsHeaderHasOnlyValuesAmong("Require", "timer, 100REL, path");
        uac.itsHeaderHasOnlyValuesAmong("Supported", "path");
        String m = fails(() -> uac.itsHeaderHasOnlyValuesAmong("Require", "timer"));
        assertTrue(m.startsWith("its header \"Require\" has only values among \"timer\": it lists [100rel] besides: \"100rel, timer\""), m);
    }

    @Test
    void aRouteSetNeedsTheEmbeddedDevice() {
        org.opentest4j.TestAbortedException e = assertThrows(org.opentest4j.TestAbortedException.class,
                () -> uac.theDevicesRouteSet("<sip:${peer.alice};lr>"));
        assertEquals("skipped: the device's pre-existing route set is \"<sip:${peer.alice};lr>\": only the embedded device can "
                + "be given a route set by a step", e.getMessage());
    }

    @Test
    void credentialsAreCheckedAgainstTheChallengeTheyAnswer() throws Exception {
        SipRequest invite = deviceSendsInvite();
        new AnswerSteps(fake.wire).answersWithContaining("alice", 401, "WWW-Authenticate: " + CHALLENGE);
        SipResponse challenge = (SipResponse) fake.received();
        SipRequest good = DigestClient.of("device", "secret").retry(invite, challenge).orElseThrow();
        fake.sends(good);
        fake.steps.receivesRequest("alice", "INVITE", WAIT);
        uac.itsCredentialsAnswer("alice", "secret");
        String m = fails(() -> uac.itsCredentialsAnswer("alice", "wrong"));
        assertTrue(m.startsWith("its credentials answer alice's challenge with the password \"wrong\": response \""), m);

        SipResponse stale = (SipResponse) new SipMessageParser().parse(challenge.toString().replace("abc123", "zzz"));
        fake.sends(DigestClient.of("device", "secret").retry(invite, stale).orElseThrow());
        fake.steps.receivesRequest("alice", "INVITE", WAIT);
        m = fails(() -> uac.itsCredentialsAnswer("alice", "secret"));
        assertTrue(m.contains("nonce \"zzz\" instead of \"abc123\""), m);

        fake.sends(invite);
        fake.steps.receivesRequest("alice", "INVITE", WAIT);
        m = fails(() -> uac.itsCredentialsAnswer("alice", "secret"));
        assertTrue(m.startsWith("its credentials answer alice's challenge with the password \"secret\": there is no Authorization "
                + "header field (the challenge was a 401)"), m);
    }

    @Test
    void theRfc2069AnswerHasNoQopAndTheRightDigest() throws Exception {
        fake.steps.sends("alice", OPTIONS);
        SipRequest options = (SipRequest) fake.received();
        fake.sends(options.createResponse(401).header("WWW-Authenticate", CHALLENGE).build());
        fake.steps.receivesResponse("alice", StatusPattern.of("401"), WAIT);
        uac.answersTheChallengeRfc2069("alice", "alice", "secret");
        SipRequest retry = (SipRequest) fake.received();
        assertEquals("2 OPTIONS", retry.headerValue("CSeq"));
        DigestCredentials c = DigestCredentials.from(io.sipspec.message.SipHeaders.AUTHORIZATION.parse(retry.headerValue("Authorization")));
        assertNull(c.qop());
        assertNull(c.nc());
        assertEquals("op1", c.opaque());
        assertEquals(io.sipspec.auth.DigestAlgorithm.MD5.response(io.sipspec.auth.DigestAlgorithm.MD5.userHa1("alice", "sipspec", "secret"),
                "abc123", null, null, null, "OPTIONS", retry.requestUriText()), c.response());
    }

    @Test
    void qopAnsweringAChallengeWithoutQopIsAMismatch() throws Exception {
        SipRequest invite = deviceSendsInvite();
        SipResponse withQop = invite.createResponse(401).header("WWW-Authenticate", CHALLENGE).build();
        SipRequest answered = DigestClient.of("device", "secret").retry(invite, withQop).orElseThrow();
        DigestCredentials c = DigestCredentials.from(io.sipspec.message.SipHeaders.AUTHORIZATION.parse(answered.headerValue("Authorization")));
        io.sipspec.auth.DigestChallenge noQop = io.sipspec.auth.DigestChallenge.from(
                io.sipspec.message.SipHeaders.WWW_AUTHENTICATE.parse(CHALLENGE.replace(", qop=\"auth\"", "")));
        assertTrue(UacSteps.mismatch(noQop, c, answered, "secret").startsWith("qop auth and cnonce "));
        io.sipspec.auth.DigestChallenge qop = io.sipspec.auth.DigestChallenge.from(io.sipspec.message.SipHeaders.WWW_AUTHENTICATE.parse(CHALLENGE));
        assertNull(UacSteps.mismatch(qop, c, answered, "secret"));
    }

    @Test
    void theRfc2069AnswerNeedsAChallenge() {
        fake.steps.sends("alice", OPTIONS);
        SipRequest options = (SipRequest) fake.received();
        fake.sends(options.createResponse(403).build());
        fake.steps.receivesResponse("alice", StatusPattern.of("403"), WAIT);
        String m = fails(() -> uac.answersTheChallengeRfc2069("alice", "alice", "secret"));
        assertTrue(m.startsWith("alice answers the challenge as \"alice\" in the RFC 2069 form: the last message alice received is "
                + "not a 401 or 407"), m);
    }
}
