package io.sipspec.steps;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.sipspec.device.CallAction;
import io.sipspec.device.TriggerTarget;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Sent;
import io.sipspec.tester.StatusPattern;
import io.sipspec.tester.TrafficEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Steps of calls and dialogs (RFC 3261 §12 to §15): the device made to act in the call it has with a peer (hang up,
 * re-INVITE), the absence of a request, and the CSeq sequence numbers of a dialog.
 */
public final class DialogSteps {

    private static final SipMessageParser PARSER = new SipMessageParser();

    private final WireContext wire;

    public DialogSteps(WireContext wire) {
        this.wire = wire;
    }

    // ---------------------------------------------------------------- the device acts in its call

    @StepDoc(group = StepGroup.SEND, example = "the device hangs up its call with alice",
            summary = "Makes the device end its call with the peer (the embedded UA's hang-up, or the profile's trigger.hangup): "
                    + "BYE on a confirmed dialog (§15.1), or what the device does before (CANCEL, a refusal).")
    @When("the device hangs up its call with {word}")
    public void theDeviceHangsUp(String peerName) {
        wire.device().act(CallAction.HANG_UP, target(peerName));
    }

    @StepDoc(group = StepGroup.SEND, example = "the device sends a re-INVITE in its dialog with alice",
            summary = "Makes the device modify its session with the peer (§14.1): a re-INVITE with a new offer (the embedded UA's "
                    + "API, or the profile's trigger.reinvite).")
    @When("the device sends a re-INVITE in its dialog with {word}")
    public void theDeviceSendsAReInvite(String peerName) {
        wire.device().act(CallAction.REINVITE, target(peerName));
    }

    private TriggerTarget target(String peerName) {
        Peer p = wire.peer(peerName);
        return new TriggerTarget(peerName, p.address(), p.transport().name().toLowerCase(Locale.ROOT));
    }

    // ---------------------------------------------------------------- expect

    @StepDoc(group = StepGroup.EXPECT, example = "alice receives a 200 response to its BYE within 2 s",
            summary = "As 'receives a ... response', for a response to the last request of this method the peer sent (same "
                    + "Call-ID and CSeq): retransmitted responses to earlier requests do not count.")
    @Then("{word} receives a {status} response to its {word} within {duration}")
    public void receivesResponseToIts(String peerName, StatusPattern status, String method, Duration within) {
        String step = peerName + " receives a " + status + " response to its " + method;
        SipRequest sent = lastSent(step, peerName, method);
        wire.last(wire.peer(peerName).mailbox().expect(r -> status.matches(r) && sent.cseq().equals(r.message().cseq())
                && sent.callId().equals(r.message().callId()), within, step + " (CSeq " + sent.cseq() + ")"));
    }

    /** The last request with this method the peer sent. */
    private SipRequest lastSent(String step, String peerName, String method) {
        List<TrafficEvent> events = new ArrayList<>(wire.traffic().events());
        Collections.reverse(events);
        for (TrafficEvent e : events) {
            if (e instanceof Sent s && s.peer().equals(peerName)) {
                try {
                    if (PARSER.parse(s.bytes()) instanceof SipRequest request && request.isMethod(method)) {
                        return request;
                    }
                } catch (RuntimeException notSip) {
                    // Not a request of the method: look further back.
                }
            }
        }
        throw new AssertionError(step + ": " + peerName + " has sent no " + method + " request");
    }

    @StepDoc(group = StepGroup.EXPECT, example = "bob receives a new INVITE request within 2 s",
            summary = "As 'receives a(n) ... request', for a new transaction: a request whose Via branch is not that of a request "
                    + "of this method a step took (the retransmissions of an earlier INVITE do not count).")
    @Then("{word} receives a new {word} request within {duration}")
    public void receivesANewRequest(String peerName, String method, Duration within) {
        Peer p = wire.peer(peerName);
        Set<String> earlier = takenBranches(peerName, method);
        wire.last(p.mailbox().expect(r -> r.isRequest(method) && !earlier.contains(branch(r)), within,
                peerName + " receives a new " + method + " request (none of the branches " + earlier + ")"));
    }

    /** The branches of the requests of this method that a step took from the peer's mailbox: transactions already seen. */
    private Set<String> takenBranches(String peerName, String method) {
        Set<String> branches = new HashSet<>();
        for (Received r : wire.takenBy(peerName)) {
            if (r.isRequest(method)) {
                branches.add(branch(r));
            }
        }
        return branches;
    }

    private static String branch(Received r) {
        try {
            return r.message().topVia() == null ? "" : String.valueOf(r.message().topVia().branch());
        } catch (SipParseException e) {
            return "";
        }
    }

    @StepDoc(group = StepGroup.EXPECT, example = "alice receives no BYE request within 10*T1",
            summary = "Waits the whole duration and fails on a request with this method that no earlier step took; retransmissions "
                    + "of a request a step took (same Via branch) do not count.")
    @Then("{word} receives no {word} request within {duration}")
    public void receivesNoRequest(String peerName, String method, Duration within) {
        Set<String> earlier = takenBranches(peerName, method);
        wire.peer(peerName).mailbox().expectNothing(r -> r.isRequest(method) && !earlier.contains(branch(r)), within,
                peerName + " receives no " + method + " request (but retransmissions of " + earlier + ")");
    }

    // ---------------------------------------------------------------- body

    @StepDoc(group = StepGroup.STORE, example = "store the match of \"m=audio \\d+ (.*)\" in its body as \"formats\"",
            summary = "Finds the regular expression in the body (lines end with CRLF) and keeps its first group (or the whole "
                    + "match) as ${name}: e.g. the formats of an SDP m= line, to compare with a later session description.")
    @Then("store the match of {string} in its body as {string}")
    public void storeTheMatchInItsBody(String regex, String variable) {
        String step = "store the match of \"" + regex + "\" in its body as \"" + variable + '"';
        Received it = wire.last();
        if (it.isMalformed()) {
            throw failure(step, "it is not a valid SIP message");
        }
        Matcher m;
        try {
            m = Pattern.compile(regex).matcher(it.message().bodyText());
        } catch (PatternSyntaxException e) {
            throw new AssertionError(step + ": not a regular expression: " + e.getDescription(), e);
        }
        if (!m.find()) {
            throw failure(step, "the body has nothing that matches: \"" + it.message().bodyText() + '"');
        }
        String value = m.groupCount() > 0 ? m.group(1) : m.group();
        if (value == null) {
            throw failure(step, "its first group matched nothing in \"" + m.group() + '"');
        }
        wire.variables().set(variable, value);
    }

    // ---------------------------------------------------------------- CSeq

    @StepDoc(group = StepGroup.STORE, example = "store its CSeq number as \"invite-cseq\"",
            summary = "Keeps the sequence number of its CSeq as ${name}.")
    @Then("store its CSeq number as {string}")
    public void storeItsCSeqNumber(String variable) {
        String step = "store its CSeq number as \"" + variable + '"';
        wire.variables().set(variable, Long.toString(cseqNumber(step)));
    }

    @StepDoc(group = StepGroup.MATCH, example = "its CSeq number is \"invite-cseq\" plus 1",
            summary = "Checks the sequence number of its CSeq against a stored one (a number, or a whole CSeq value such as "
                    + "\"4711 INVITE\") plus an increment (0: the same number, e.g. the ACK of an INVITE).")
    @Then("its CSeq number is {string} plus {int}")
    public void itsCSeqNumberIsPlus(String variable, int increment) {
        String step = "its CSeq number is \"" + variable + "\" plus " + increment;
        if (!wire.variables().has(variable)) {
            throw new AssertionError(step + ": no value is stored as \"" + variable + "\" (store it first: 'store its CSeq number as \""
                    + variable + "\"')");
        }
        String value = wire.variables().value(variable).trim();
        long stored;
        try {
            stored = Long.parseLong(value.split("\\s+")[0]);
        } catch (NumberFormatException e) {
            throw new AssertionError(step + ": the stored \"" + variable + "\" is not a CSeq: \"" + value + '"', e);
        }
        long actual = cseqNumber(step);
        if (actual != stored + increment) {
            throw failure(step, "it is " + actual + ", expected " + (stored + increment) + " (" + stored + " plus " + increment + ")");
        }
    }

    private long cseqNumber(String step) {
        Received it = wire.last();
        if (it.isMalformed()) {
            throw failure(step, "it is not a valid SIP message");
        }
        SipMessage m = it.message();
        try {
            if (m.cseq() == null) {
                throw failure(step, "there is no CSeq header field");
            }
            return m.cseq().sequence();
        } catch (SipParseException e) {
            throw failure(step, "the CSeq header field is malformed: " + e.getMessage());
        }
    }

    private AssertionError failure(String step, String detail) {
        Received it = wire.last();
        return new AssertionError(step + ": " + detail + ", in " + wire.peer(it.peer()).mailbox().describe(it));
    }
}
