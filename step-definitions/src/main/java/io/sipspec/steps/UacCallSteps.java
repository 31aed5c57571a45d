package io.sipspec.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.sipspec.device.CallAction;
import io.sipspec.device.Device;
import io.sipspec.device.TriggerTarget;
import io.sipspec.message.HeaderName;
import io.sipspec.message.MediaType;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.Via;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Sent;
import io.sipspec.tester.TrafficEvent;
import io.sipspec.tester.Transport;
import io.sipspec.ua.sdp.AnswerCheck;
import io.sipspec.ua.sdp.SdpParseException;
import io.sipspec.ua.sdp.SessionDescription;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Steps of the scenarios where the device places a call (RFC 3261 §13.2, §17.1.1.3, §18.1.1): a call whose INVITE has
 * no offer, a response sent where §18.2.2 sends it, and checks of the device's ACK against the offer it answers and
 * the INVITE it acknowledges.
 */
public final class UacCallSteps {

    private static final SipMessageParser PARSER = new SipMessageParser();

    private final WireContext wire;

    public UacCallSteps(WireContext wire) {
        this.wire = wire;
    }

    // ---------------------------------------------------------------- send

    /**
     * Makes the device place a call whose INVITE has no offer (§13.2.1: "The initial offer MUST be in either an INVITE
     * or, if not there, in the first reliable non-failure message from the UAS back to the UAC."): the embedded UA's
     * API, or the profile's {@code trigger.invite-without-offer}; skipped (needs trigger) without one.
     */
    @StepDoc(group = StepGroup.SEND, example = "the device sends an INVITE without an offer to bob",
            summary = "Makes the device call the peer with an INVITE that has no session description (§13.2.1: the offer then "
                    + "comes in the 2xx, the answer in the ACK): the embedded UA's API, or the profile's "
                    + "trigger.invite-without-offer; skipped (needs trigger) without one.")
    @When("the device sends an INVITE without an offer to {word}")
    public void theDeviceSendsAnInviteWithoutAnOffer(String peerName) {
        Peer p = wire.peer(peerName);
        wire.device().trigger(Device.INVITE_WITHOUT_OFFER, new TriggerTarget(peerName, p.address(), p.transport().name().toLowerCase(Locale.ROOT)));
    }

    /**
     * Makes the device send a re-INVITE without an offer in its call with the peer (§14.2: "A UAS providing an offer in
     * a 2xx (because the INVITE did not contain an offer) ..."): the embedded UA's API, or the profile's
     * {@code trigger.reinvite-without-offer}; skipped (needs trigger) without one.
     */
    @StepDoc(group = StepGroup.SEND, example = "the device sends a re-INVITE without an offer in its dialog with bob",
            summary = "As 'sends a re-INVITE in its dialog with', with no session description: the offer then comes in the 2xx, "
                    + "the answer in the ACK (§14.2); the profile's trigger.reinvite-without-offer for an external device.")
    @When("the device sends a re-INVITE without an offer in its dialog with {word}")
    public void theDeviceSendsAReInviteWithoutAnOffer(String peerName) {
        Peer p = wire.peer(peerName);
        wire.device().act(CallAction.REINVITE_WITHOUT_OFFER, new TriggerTarget(peerName, p.address(), p.transport().name().toLowerCase(Locale.ROOT)));
    }

    /**
     * RFC 3261 §18.2.2, for a top Via without received or rport handling by the peer: "the response MUST be sent to the
     * address in the "received" parameter, using the port indicated in the "sent-by" value, or using port 5060 if none
     * is specified explicitly." The peer answers the last request it received as 'answers with' does, to the request's
     * source IP address and the port of its top Via's sent-by (over TCP: back on the request's connection).
     */
    @StepDoc(group = StepGroup.SEND, example = "bob answers with 486 to the source address and the sent-by port",
            summary = "As 'answers with', sent where §18.2.2 sends a response over UDP: to the source IP address of the request and "
                    + "the port of its top Via's sent-by (5060 when it has none), not to the request's source port.")
    @When("{word} answers with {int} to the source address and the sent-by port")
    public void answersToTheSentByPort(String peerName, int status) {
        String step = peerName + " answers with " + status + " to the source address and the sent-by port";
        Received r = wire.lastReceivedBy(peerName);
        if (!(r.message() instanceof SipRequest request)) {
            throw new AssertionError(step + ": the last message " + peerName + " received is not a request: "
                    + wire.peer(peerName).mailbox().describe(r));
        }
        Via via;
        try {
            via = request.topVia();
        } catch (SipParseException e) {
            throw new AssertionError(step + ": its top Via is malformed: " + e.getMessage(), e);
        }
        if (via == null) {
            throw new AssertionError(step + ": the request has no Via: " + wire.peer(peerName).mailbox().describe(r));
        }
        Peer p = wire.peer(peerName);
        InetSocketAddress to = p.transport() == Transport.UDP
                ? new InetSocketAddress(r.remote().getAddress(), via.port() < 0 ? 5060 : via.port())
                : r.remote();
        byte[] bytes = wire.response(peerName, request, status).build().toByteArray();
        p.send(bytes, to);
        wire.sent(peerName, bytes);
    }

    // ---------------------------------------------------------------- match

    /**
     * RFC 3264 §6 and §6.1, as {@link AnswerCheck} checks them: "it" has an application/sdp body that answers the last
     * session description the peer sent (the same number of m= lines, each of the offer's media type, with a format
     * of the offer unless the stream is rejected with port zero, the offer's t= line...).
     */
    @StepDoc(group = StepGroup.MATCH, example = "its body is an SDP answer to the offer bob sent",
            summary = "Checks that its body is an application/sdp session description answering the last one this peer sent (RFC "
                    + "3264 §6: one m= line per offered stream, of its media type, with a format of the offer or port 0).")
    @Then("its body is an SDP answer to the offer {word} sent")
    public void itsBodyIsAnSdpAnswer(String peerName) {
        String step = "its body is an SDP answer to the offer " + peerName + " sent";
        SipMessage m = message(step);
        SessionDescription offer = lastOfferSentBy(step, peerName);
        MediaType type;
        try {
            type = m.contentType();
        } catch (SipParseException e) {
            throw failure(step, "its Content-Type is malformed: " + e.getMessage());
        }
        if (m.bodyLength() == 0) {
            throw failure(step, "it has no body");
        }
        if (type == null || !type.essence().equals("application/sdp")) {
            throw failure(step, "its body is of type " + (type == null ? "(no Content-Type)" : type.essence()) + ", not application/sdp");
        }
        SessionDescription answer;
        try {
            answer = SessionDescription.parse(m.body());
        } catch (SdpParseException e) {
            throw failure(step, "its body is not a session description: " + e.getMessage());
        }
        List<String> problems = AnswerCheck.problems(offer, answer);
        if (!problems.isEmpty()) {
            throw failure(step, "it does not answer the offer: " + String.join("; ", problems));
        }
    }

    /**
     * The values of a list header field of "it" (option tags of Require and Proxy-Require...) are all among those of
     * the same header field in the last request of {@code method} the peer received: e.g. §8.2.2.3, "An ACK request
     * for a 2xx response MUST contain only those Require and Proxy-Require values that were present in the initial
     * request." Compared case-insensitively; no such header field in "it" passes.
     */
    @StepDoc(group = StepGroup.MATCH, example = "its header \"Require\" has only values of the INVITE request bob received",
            summary = "Checks that every value of the list header field is one the same header field had in the last request of "
                    + "this method the peer received (case-insensitive); passes when it has no such header field.")
    @Then("its header {string} has only values of the {word} request {word} received")
    public void itsHeaderHasOnlyValuesOf(String name, String method, String peerName) {
        String step = "its header \"" + name + "\" has only values of the " + method + " request " + peerName + " received";
        SipMessage it = message(step);
        List<Received> earlier = wire.peer(peerName).mailbox().all(r -> r.isRequest(method));
        if (earlier.isEmpty()) {
            throw new AssertionError(step + ": " + peerName + " received no " + method + " request");
        }
        String actual = headerValue(it, name);
        if (actual == null) {
            return;
        }
        String allowed = headerValue(earlier.get(earlier.size() - 1).message(), name);
        Set<String> extra = tokens(actual);
        extra.removeAll(tokens(allowed == null ? "" : allowed));
        if (!extra.isEmpty()) {
            throw failure(step, "it lists " + extra + ", which the " + method + " did not ("
                    + (allowed == null ? "it had no " + name + " header field" : "\"" + allowed + '"') + "): \"" + actual + '"');
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The session description in the last message with an application/sdp body the peer sent. */
    private SessionDescription lastOfferSentBy(String step, String peerName) {
        List<TrafficEvent> events = new ArrayList<>(wire.traffic().events());
        Collections.reverse(events);
        for (TrafficEvent e : events) {
            if (e instanceof Sent s && s.peer().equals(peerName)) {
                SipMessage m;
                try {
                    m = PARSER.parse(s.bytes());
                    MediaType type = m.contentType();
                    if (m.bodyLength() == 0 || type == null || !type.essence().equals("application/sdp")) {
                        continue;
                    }
                } catch (RuntimeException notSip) {
                    continue;
                }
                try {
                    return SessionDescription.parse(m.body());
                } catch (SdpParseException bad) {
                    throw new AssertionError(step + ": the session description " + peerName + " sent is not valid SDP: " + bad.getMessage(), bad);
                }
            }
        }
        throw new AssertionError(step + ": " + peerName + " sent no message with an application/sdp body");
    }

    private static Set<String> tokens(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String headerValue(SipMessage m, String name) {
        List<String> rows = m.headers().values(HeaderName.of(name));
        return rows.isEmpty() ? null : String.join(", ", rows);
    }

    private SipMessage message(String step) {
        Received it = wire.last();
        if (it.isMalformed()) {
            throw failure(step, "it is not a valid SIP message");
        }
        return it.message();
    }

    private AssertionError failure(String step, String detail) {
        Received it = wire.last();
        return new AssertionError(step + ": " + detail + ", in " + wire.peer(it.peer()).mailbox().describe(it));
    }
}
