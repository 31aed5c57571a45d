package io.sipspec.steps;

import io.cucumber.java.en.Then;
import io.sipspec.message.HeaderName;
import java.time.Duration;

/**
 * Expectations about the header fields of RFC 3261 §20 that single out one message among several of the same method,
 * e.g. the request a client sends again with credentials (§22.2) after the retransmissions of its first attempt.
 */
public final class HeaderFieldSteps {

    private final WireContext wire;

    public HeaderFieldSteps(WireContext wire) {
        this.wire = wire;
    }

    @StepDoc(group = StepGroup.EXPECT, example = "bob receives an OPTIONS request with a \"Authorization\" header within 2 s",
            summary = "Waits at most the duration for a request with this method that carries the header field (any row, compact names work) and that no earlier step took; requests without it are left for other steps.")
    @Then("{word} receives a(n) {word} request with a {string} header within {duration}")
    public void receivesRequestWithHeader(String peerName, String method, String header, Duration within) {
        HeaderName name = HeaderName.of(header);
        wire.last(wire.peer(peerName).mailbox().expect(r -> r.isRequest(method) && r.message().headers().contains(name), within,
                peerName + " receives a(n) " + method + " request with a " + header + " header"));
    }
}
