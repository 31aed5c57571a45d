package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipspec.parser.SipMessageParser;
import io.sipspec.tester.Deliveries;
import io.sipspec.tester.Received;
import io.sipspec.tester.Transport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store step keeps the part its group matched, and fails naming the step, the value and the message. */
class TransactionStepsTest {

    private static final String INVITE = """
            INVITE sip:bob@127.0.0.1:5070 SIP/2.0\r
            Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK74bf9\r
            Max-Forwards: 70\r
            To: <sip:bob@127.0.0.1:5070>\r
            From: <sip:alice@127.0.0.1>;tag=9fxced76sl\r
            Call-ID: c1@127.0.0.1\r
            CSeq: 4711 INVITE\r
            Content-Length: 0\r
            \r
            """;

    private final FakeDevice fake = new FakeDevice();
    private final TransactionSteps steps = new TransactionSteps(fake.wire);
    private String where;

    @AfterEach
    void close() {
        fake.close();
    }

    private void itIs(String text) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        Received r = new Received("alice", fake.wire.traffic().now(), Transport.UDP, fake.alice().address(), fake.device.address(), raw,
                new SipMessageParser().parse(raw), null);
        Deliveries.deliver(fake.alice(), r);
        fake.wire.last(r);
        where = fake.alice().mailbox().describe(r);
    }

    private String fails(Runnable step) {
        return assertThrows(AssertionError.class, step::run).getMessage();
    }

    @Test
    void aPeerBindsTheAddressItIsGiven() {
        steps.peerOnAt("carol", "udp", "127.0.0.2");
        assertEquals("127.0.0.2", fake.wire.peer("carol").address().getAddress().getHostAddress());
        assertEquals("peer dave on sctp at 127.0.0.2: the transport is udp or tcp",
                fails(() -> steps.peerOnAt("dave", "sctp", "127.0.0.2")));
    }

    @Test
    void theGroupIsStored() {
        itIs(INVITE);
        steps.storeThePartOfItsHeader("CSeq", "(\\d+) INVITE", "seq");
        assertEquals("4711", fake.wire.variables().value("seq"));
        steps.storeThePartOfItsHeader("v", ".*branch=(\\S+)", "branch");
        assertEquals("z9hG4bK74bf9", fake.wire.variables().value("branch"));
    }

    @Test
    void aValueThatDoesNotMatchFails() {
        itIs(INVITE);
        assertEquals("store the part of its header \"CSeq\" matching \"(\\d+) ACK\" as \"seq\": the value \"4711 INVITE\" does not "
                + "match, in " + where, fails(() -> steps.storeThePartOfItsHeader("CSeq", "(\\d+) ACK", "seq")));
        assertEquals("store the part of its header \"Route\" matching \"(.*)\" as \"r\": there is no Route header field, in " + where,
                fails(() -> steps.storeThePartOfItsHeader("Route", "(.*)", "r")));
    }

    @Test
    void theRegularExpressionNeedsOneGroup() {
        itIs(INVITE);
        assertEquals("store the part of its header \"CSeq\" matching \"\\d+ INVITE\" as \"seq\": the regular expression must have "
                + "exactly one group, the part to keep", fails(() -> steps.storeThePartOfItsHeader("CSeq", "\\d+ INVITE", "seq")));
        assertEquals("store the part of its header \"CSeq\" matching \"(\" as \"seq\": not a regular expression: Unclosed group",
                fails(() -> steps.storeThePartOfItsHeader("CSeq", "(", "seq")));
    }
}
