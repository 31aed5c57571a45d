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

/** The header order step passes when the named fields come in order and fails naming what is out of order or missing. */
class HeaderOrderStepsTest {

    private static final String MESSAGE = """
            MESSAGE sip:bob@127.0.0.1:5070 SIP/2.0\r
            Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK74bf9\r
            Max-Forwards: 69\r
            To: <sip:bob@127.0.0.1>\r
            From: <sip:alice@127.0.0.1>;tag=9fxced76sl\r
            Call-ID: c1@127.0.0.1\r
            CSeq: 1 MESSAGE\r
            Subject: lunch\r
            X-Sipspec-Note: first\r
            Accept-Language: fr\r
            X-Sipspec-Note: second\r
            Content-Length: 0\r
            \r
            """;

    private final FakeDevice fake = new FakeDevice();
    private final HeaderOrderSteps steps = new HeaderOrderSteps(fake.wire);
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

    @Test
    void passesWhenTheFirstRowsComeInTheOrder() {
        itIs(MESSAGE);
        steps.itsHeaderFieldsComeInTheOrder("Subject, X-Sipspec-Note, Accept-Language");
        steps.itsHeaderFieldsComeInTheOrder("v, Max-Forwards, t, f, i");
    }

    @Test
    void failsNamingTheFieldOutOfOrder() {
        itIs(MESSAGE);
        AssertionError e = assertThrows(AssertionError.class, () -> steps.itsHeaderFieldsComeInTheOrder("Accept-Language, Subject"));
        assertEquals("its header fields come in the order \"Accept-Language, Subject\": Subject (row 7) comes before Accept-Language"
                + " (row 9); the header fields are [Via, Max-Forwards, To, From, Call-ID, CSeq, Subject, X-Sipspec-Note,"
                + " Accept-Language, X-Sipspec-Note, Content-Length], in " + where, e.getMessage());
    }

    @Test
    void failsNamingTheFieldMissing() {
        itIs(MESSAGE);
        AssertionError e = assertThrows(AssertionError.class, () -> steps.itsHeaderFieldsComeInTheOrder("Subject, Priority"));
        assertEquals("its header fields come in the order \"Subject, Priority\": there is no Priority header field, in " + where,
                e.getMessage());
    }

    @Test
    void oneNameIsNotAnOrder() {
        itIs(MESSAGE);
        AssertionError e = assertThrows(AssertionError.class, () -> steps.itsHeaderFieldsComeInTheOrder("Subject"));
        assertEquals("its header fields come in the order \"Subject\": name at least two header fields, comma-separated", e.getMessage());
    }
}
