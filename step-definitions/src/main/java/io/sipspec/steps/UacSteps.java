package io.sipspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.sipspec.auth.ChallengeType;
import io.sipspec.auth.DigestAlgorithm;
import io.sipspec.auth.DigestChallenge;
import io.sipspec.auth.DigestCredentials;
import io.sipspec.device.EmbeddedDevice;
import io.sipspec.device.TriggerTarget;
import io.sipspec.message.CSeq;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Sent;
import io.sipspec.tester.Template;
import io.sipspec.tester.TrafficEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.opentest4j.TestAbortedException;

/**
 * Steps of the scenarios where the device is the UAC (RFC 3261 §8.1, §9.1, §10.2, §22): its pre-existing route set,
 * the device unregistering, a peer answering a challenge as an RFC 2069 client, and checks that compare what it sends
 * with the challenge it answers.
 */
public final class UacSteps {

    private static final SipMessageParser PARSER = new SipMessageParser();

    private final WireContext wire;

    public UacSteps(WireContext wire) {
        this.wire = wire;
    }

    // ---------------------------------------------------------------- send

    /** The rows, rendered: stored values, ${local}, ${sut} and ${peer.NAME} (see {@link WireContext#peer(Peer)}). */
    private List<String> renderRows(String step, String peerName, String rows) {
        String rendered;
        try {
            rendered = new String(Template.of(rows).render(wire.variables(), wire.peer(peerName).endpoints(wire.deviceAddress())),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(step + ": " + e.getMessage(), e);
        }
        List<String> out = new ArrayList<>();
        for (String line : rendered.split("\r\n")) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * RFC 3261 §8.1.1.1: gives the device a pre-existing route set (e.g. an outbound proxy) for its requests outside of
     * dialogs: Route values, comma-separated, rendered like templates ({@code ${peer.NAME}} is the host:port of peer
     * NAME). Only the embedded device can be given one here; an external device is configured by its profile.
     */
    @StepDoc(group = StepGroup.SETUP, example = "the device's pre-existing route set is \"<sip:${peer.proxy};lr>\"",
            summary = "Gives the embedded UA a pre-existing route set (§8.1.1.1: an outbound proxy), Route values rendered as "
                    + "templates (${peer.NAME}); skipped for an external device.")
    @Given("the device's pre-existing route set is {string}")
    public void theDevicesRouteSet(String routes) {
        String step = "the device's pre-existing route set is \"" + routes + '"';
        if (!(wire.device() instanceof EmbeddedDevice embedded)) {
            throw new TestAbortedException("skipped: " + step + ": only the embedded device can be given a route set by a step");
        }
        String rendered = String.join(",", renderRows(step, wire.peers().keySet().iterator().next(), routes));
        try {
            embedded.routeSet(SipHeaders.ROUTE.parseField(rendered));
        } catch (SipParseException e) {
            throw new AssertionError(step + ": not Route values: \"" + rendered + "\": " + e.getMessage(), e);
        }
    }

    /**
     * Makes the device remove its binding at the registrar (RFC 3261 §10.2.2): the embedded UA's registration with the
     * peer sends an expiry of zero; an external device runs the profile's {@code trigger.unregister}.
     */
    @StepDoc(group = StepGroup.SEND, example = "the device unregisters from bob",
            summary = "Makes the device remove its registration at the peer (§10.2.2: an expiry of zero): the embedded UA's "
                    + "registration, or the profile's trigger.unregister; skipped (needs trigger) without one.")
    @When("the device unregisters from {word}")
    public void theDeviceUnregisters(String peerName) {
        Peer p = wire.peer(peerName);
        wire.device().trigger("unregister", new TriggerTarget(peerName, p.address(), p.transport().name().toLowerCase(Locale.ROOT)));
    }

    /**
     * RFC 3261 §22.4: "SIP servers supporting RFC 2617 MUST ensure they are backwards compatible with RFC 2069." The
     * peer answers the 401/407 it last received as an RFC 2069 client would: an MD5 challenge answered without qop,
     * cnonce and nc (request-digest = KD(H(A1), nonce ":" H(A2))).
     */
    @StepDoc(group = StepGroup.SEND, example = "alice answers the challenge as \"alice\" with password \"secret\" in the RFC 2069 form",
            summary = "As 'answers the challenge', as an RFC 2069 client: the MD5 challenge answered without qop, cnonce and nc.")
    @When("{word} answers the challenge as {string} with password {string} in the RFC 2069 form")
    public void answersTheChallengeRfc2069(String peerName, String user, String password) {
        String step = peerName + " answers the challenge as \"" + user + "\" in the RFC 2069 form";
        Received last = wire.lastReceivedBy(peerName);
        if (!(last.message() instanceof SipResponse challenge) || challenge.statusCode() != 401 && challenge.statusCode() != 407) {
            throw new AssertionError(step + ": the last message " + peerName + " received is not a 401 or 407: "
                    + wire.peer(peerName).mailbox().describe(last));
        }
        ChallengeType type = challenge.statusCode() == 407 ? ChallengeType.PROXY : ChallengeType.WWW;
        DigestChallenge md5 = null;
        for (String row : challenge.headers().values(type.challengeHeader().name())) {
            try {
                DigestChallenge ch = DigestChallenge.from(type.challengeHeader().parse(row));
                if (ch.algorithm() == DigestAlgorithm.MD5) {
                    md5 = ch;
                }
            } catch (SipParseException | IllegalArgumentException notDigest) {
                // another scheme: not for an RFC 2069 client
            }
        }
        if (md5 == null) {
            throw new AssertionError(step + ": no MD5 Digest challenge in it: " + wire.peer(peerName).mailbox().describe(last));
        }
        SipRequest request = sentRequestAnsweredBy(step, peerName, challenge);
        String uri = request.requestUriText();
        DigestAlgorithm alg = DigestAlgorithm.MD5;
        String response = alg.response(alg.userHa1(user, md5.realm(), password), md5.nonce(), null, null, null, request.method(), uri);
        DigestCredentials c = new DigestCredentials(user, md5.realm(), md5.nonce(), uri, response, md5.algorithmName(), null,
                md5.opaque(), null, null);
        CSeq cseq = request.cseq();
        SipRequest retry = request.toBuilder()
                .removeHeader(type.credentialsHeader().name())
                .addHeader(type.credentialsHeader(), c.toAuthValue())
                .header(SipHeaders.CSEQ, new CSeq(cseq.sequence() + 1, cseq.method()))
                .removeFirst(SipHeaders.VIA)
                .addHeaderFirst(SipHeaders.VIA, request.topVia().withParameter("branch", Identifiers.newBranch()))
                .build();
        byte[] bytes = retry.toByteArray();
        wire.peer(peerName).send(bytes, wire.deviceAddress());
        wire.sent(peerName, bytes);
    }

    /** The request this peer sent that {@code response} answers: the latest with its Call-ID and CSeq. */
    private SipRequest sentRequestAnsweredBy(String step, String peerName, SipResponse response) {
        for (SipMessage m : sentBy(peerName)) {
            if (m instanceof SipRequest request && request.callId().equals(response.callId()) && request.cseq().equals(response.cseq())) {
                return request;
            }
        }
        throw new AssertionError(step + ": " + peerName + " sent no request with the Call-ID and CSeq of the challenge");
    }

    /** What the peer sent, parsed, latest first. */
    private List<SipMessage> sentBy(String peerName) {
        List<TrafficEvent> events = new ArrayList<>(wire.traffic().events());
        Collections.reverse(events);
        List<SipMessage> out = new ArrayList<>();
        for (TrafficEvent e : events) {
            if (e instanceof Sent s && s.peer().equals(peerName)) {
                try {
                    out.add(PARSER.parse(s.bytes()));
                } catch (RuntimeException notSip) {
                    // raw bytes a scenario sent on purpose
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- match

    /**
     * The tokens of a list header field (option tags, methods), compared case-insensitively; no such header field at
     * all passes (it lists nothing).
     */
    @StepDoc(group = StepGroup.MATCH, example = "its header \"Require\" has only values among \"100rel, timer, replaces\"",
            summary = "Checks that every value of the list header field is one of the comma-separated tokens (case-insensitive);"
                    + " passes when the header field is absent.")
    @Then("its header {string} has only values among {string}")
    public void itsHeaderHasOnlyValuesAmong(String name, String allowed) {
        String step = "its header \"" + name + "\" has only values among \"" + allowed + '"';
        Set<String> set = tokens(allowed);
        String actual = headerValue(message(step), name);
        if (actual == null) {
            return;
        }
        Set<String> extra = tokens(actual);
        extra.removeAll(set);
        if (!extra.isEmpty()) {
            throw failure(step, "it lists " + extra + " besides: \"" + actual + '"');
        }
    }

    /**
     * RFC 3261 §22.2 and §22.4: the credentials of "it" (Authorization for a 401, Proxy-Authorization for a 407) answer
     * the last challenge the peer that received it sent: the same realm, nonce and opaque, the algorithm offered, qop
     * "auth" when one was offered (§22.4: "If a client receives a "qop" parameter in a challenge header field, it MUST
     * send the "qop" parameter in any resulting authorization header field"), the uri of its Request-URI, and the
     * request-digest that the password gives (RFC 2617 §3.2.2).
     */
    @StepDoc(group = StepGroup.MATCH, example = "its credentials answer bob's challenge with the password \"secret\"",
            summary = "Checks each Digest credential of \"it\" against the last 401/407 this peer sent: realm, nonce, opaque, "
                    + "algorithm, qop, uri (its Request-URI) and the response the password gives.")
    @Then("its credentials answer {word}'s challenge with the password {string}")
    public void itsCredentialsAnswer(String peerName, String password) {
        String step = "its credentials answer " + peerName + "'s challenge with the password \"" + password + '"';
        SipMessage m = message(step);
        if (!(m instanceof SipRequest request)) {
            throw failure(step, "it is not a request");
        }
        SipResponse challenge = lastChallengeSentBy(step, peerName);
        ChallengeType type = challenge.statusCode() == 407 ? ChallengeType.PROXY : ChallengeType.WWW;
        String credentialsHeader = type.credentialsHeader().name().toString();
        List<String> offered = challenge.headers().values(type.challengeHeader().name());
        List<String> rows = request.headers().values(type.credentialsHeader().name());
        if (rows.isEmpty()) {
            throw failure(step, "there is no " + credentialsHeader + " header field (the challenge was a " + challenge.statusCode() + ")");
        }
        // Every value must answer one of the challenges (§22.3: "The same credentials SHOULD be used for the same realm").
        for (String row : rows) {
            List<String> problems = new ArrayList<>();
            DigestCredentials c;
            try {
                c = DigestCredentials.from(type.credentialsHeader().parse(row));
            } catch (SipParseException | IllegalArgumentException e) {
                throw failure(step, "\"" + row + "\": " + e.getMessage());
            }
            boolean answers = false;
            for (String o : offered) {
                DigestChallenge ch;
                try {
                    ch = DigestChallenge.from(type.challengeHeader().parse(o));
                } catch (SipParseException | IllegalArgumentException e) {
                    throw new AssertionError(step + ": " + peerName + "'s challenge \"" + o + "\" is not Digest: " + e.getMessage(), e);
                }
                String problem = mismatch(ch, c, request, password);
                if (problem == null) {
                    answers = true;
                    break;
                }
                problems.add(problem);
            }
            if (!answers) {
                throw failure(step, String.join("; ", problems));
            }
        }
    }

    /** Why {@code c} does not answer {@code ch} for {@code request}, or null if it does. */
    static String mismatch(DigestChallenge ch, DigestCredentials c, SipRequest request, String password) {
        if (!ch.realm().equals(c.realm())) {
            return "realm \"" + c.realm() + "\" instead of \"" + ch.realm() + '"';
        }
        if (!ch.nonce().equals(c.nonce())) {
            return "nonce \"" + c.nonce() + "\" instead of \"" + ch.nonce() + '"';
        }
        if (ch.opaque() != null && !ch.opaque().equals(c.opaque())) {
            return "opaque \"" + c.opaque() + "\" instead of \"" + ch.opaque() + '"';
        }
        DigestAlgorithm alg = c.algorithm();
        if (alg == null || alg != ch.algorithm()) {
            return "algorithm " + c.algorithmName() + " instead of " + ch.algorithmName();
        }
        if (!ch.qopOptions().isEmpty() && !ch.qopOptions().contains(c.qop())) {
            return "qop " + c.qop() + " instead of one of " + ch.qopOptions();
        }
        // RFC 2617 §3.2.2, cnonce: "This MUST be specified if a qop directive is sent (see above), and MUST NOT be
        // specified if the server did not send a qop directive in the WWW-Authenticate header field."
        if (ch.qopOptions().isEmpty() && (c.qop() != null || c.cnonce() != null)) {
            return "qop " + c.qop() + " and cnonce " + c.cnonce() + " answering a challenge without qop";
        }
        if (!request.requestUriText().equals(c.uri())) {
            return "uri \"" + c.uri() + "\" instead of the Request-URI \"" + request.requestUriText() + '"';
        }
        String expected = alg.response(alg.userHa1(c.username(), c.realm(), password), c.nonce(), c.nc(), c.cnonce(), c.qop(), request.method(), c.uri());
        if (!expected.equalsIgnoreCase(c.response())) {
            return "response \"" + c.response() + "\" instead of \"" + expected + "\" (user " + c.username() + ')';
        }
        return null;
    }

    // ---------------------------------------------------------------- helpers

    private SipResponse lastChallengeSentBy(String step, String peerName) {
        for (SipMessage m : sentBy(peerName)) {
            if (m instanceof SipResponse r && (r.statusCode() == 401 || r.statusCode() == 407)) {
                return r;
            }
        }
        throw new AssertionError(step + ": " + peerName + " sent no 401 or 407");
    }

    private static Set<String> tokens(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }

    private SipMessage message(String step) {
        Received it = wire.last();
        if (it.isMalformed()) {
            throw failure(step, "it is not a valid SIP message");
        }
        return it.message();
    }

    private static String headerValue(SipMessage m, String name) {
        List<String> rows = m.headers().values(HeaderName.of(name));
        return rows.isEmpty() ? null : String.join(", ", rows);
    }

    private AssertionError failure(String step, String detail) {
        Received it = wire.last();
        return new AssertionError(step + ": " + detail + ", in " + wire.peer(it.peer()).mailbox().describe(it));
    }
}
