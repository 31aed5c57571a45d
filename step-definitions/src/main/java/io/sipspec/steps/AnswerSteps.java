package io.sipspec.steps;

import io.cucumber.java.en.When;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Template;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A peer answering a request the device sent it, as a UAS (or a downstream element behind a proxy) does: the response
 * built as RFC 3261 §8.2.6 says, for a chosen request, or with header fields of the scenario's design (a redirection's
 * Contact, a challenge, a dialog's Contact and Record-Route) and a body.
 */
public final class AnswerSteps {

    private final WireContext wire;

    public AnswerSteps(WireContext wire) {
        this.wire = wire;
    }

    @StepDoc(group = StepGroup.SEND, example = "bob answers the INVITE with 487",
            summary = "As 'answers with', to the last request of this method the peer received (e.g. the INVITE after a CANCEL).")
    @When("{word} answers the {word} with {int}")
    public void answersTheWith(String peerName, String method, int status) {
        String step = peerName + " answers the " + method + " with " + status;
        Received r = lastRequest(step, peerName, method);
        send(peerName, r, wire.response(peerName, (SipRequest) r.message(), status).build().toByteArray());
    }

    @StepDoc(group = StepGroup.SEND, example = "bob answers with 200 containing:",
            docString = "Contact: <sip:bob@${local}>\nRecord-Route: <sip:p1@${local};lr>\nContent-Type: application/sdp\n\n"
                    + "v=0\no=bob 1 1 IN IP4 ${local.host}\ns=-\nc=IN IP4 ${local.host}\nt=0 0\nm=audio 49172 RTP/AVP 0",
            summary = "As 'answers with' (the same To tag), with the doc string's header rows and, after an empty line, a body "
                    + "(Content-Length is computed). A name given once replaces the response's own row of that name (To, Via...) "
                    + "or is added; a name given twice or more gives that many rows (the first in place of the response's own, the others "
                    + "after the last row). "
                    + "Variables as in 'sends:', and ${peer.NAME}: the host:port of peer NAME.")
    @When("{word} answers with {int} containing:")
    public void answersWithContaining(String peerName, int status, String docString) {
        String step = peerName + " answers with " + status + " containing";
        Received r = wire.lastReceivedBy(peerName);
        if (!(r.message() instanceof SipRequest request)) {
            throw new AssertionError(step + ": the last message " + peerName + " received is not a request: "
                    + wire.peer(peerName).mailbox().describe(r));
        }
        Peer p = wire.peer(peerName);
        byte[] rendered;
        try {
            rendered = Template.of(docString).render(wire.variables(), p.endpoints(wire.deviceAddress()));
        } catch (IllegalArgumentException e) {
            throw new AssertionError(step + ": " + e.getMessage(), e);
        }
        send(peerName, r, with(step, wire.response(peerName, request, status), rendered).build().toByteArray());
    }

    /**
     * {@code response} with the rendered header rows ("Name: value" CRLF...) and, after the empty line, the body.
     *
     * @throws AssertionError naming a row that is not "Name: value"
     */
    static SipResponse.Builder with(String step, SipResponse.Builder response, byte[] rendered) {
        String text = new String(rendered, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        Set<HeaderName> replaced = new HashSet<>();
        for (String row : head.split("\r\n")) {
            if (row.isBlank()) {
                continue;
            }
            int colon = row.indexOf(':');
            if (colon <= 0) {
                throw new AssertionError(step + ": \"" + row + "\" is not a header field row (Name: value)");
            }
            HeaderName name = HeaderName.of(row.substring(0, colon).trim());
            String value = row.substring(colon + 1).trim();
            if (replaced.add(name)) {
                response.header(name, value);
            } else {
                response.addHeader(name, value);
            }
        }
        if (end >= 0) {
            byte[] body = Arrays.copyOfRange(rendered, text.substring(0, end + 4).getBytes(StandardCharsets.UTF_8).length, rendered.length);
            if (body.length > 0) {
                response.body(body);
            }
        }
        return response;
    }

    /** The last request of {@code method} the peer received (a step took it, or it came since), or an error naming it. */
    private Received lastRequest(String step, String peerName, String method) {
        List<Received> all = wire.peer(peerName).mailbox().all(r -> r.isRequest(method));
        if (all.isEmpty()) {
            throw new AssertionError(step + ": " + peerName + " has received no " + method + " request; last message seen: "
                    + wire.peer(peerName).mailbox().lastSeen());
        }
        return all.get(all.size() - 1);
    }

    /** Sends the response back where the request it answers came from, and records it. */
    private void send(String peerName, Received request, byte[] bytes) {
        wire.peer(peerName).send(bytes, request.remote());
        wire.sent(peerName, bytes);
    }
}
