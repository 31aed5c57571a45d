package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Receiving the one request of a method that carries a header field; the failure names what was expected. */
class HeaderFieldStepsTest {

    private static final String OPTIONS = "OPTIONS sip:alice@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK%s\r\n"
            + "To: <sip:alice@127.0.0.1>\r\nFrom: <sip:device@127.0.0.1>;tag=d1\r\nCall-ID: d1@127.0.0.1\r\n"
            + "CSeq: %d OPTIONS\r\nMax-Forwards: 70\r\n%sContent-Length: 0\r\n\r\n";

    private final FakeDevice fake = new FakeDevice();
    private final HeaderFieldSteps steps = new HeaderFieldSteps(fake.wire);

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void theRequestWithTheHeaderIsTakenAndTheOthersAreLeft() {
        fake.sends(String.format(OPTIONS, "a1", 1, ""));
        fake.sends(String.format(OPTIONS, "a2", 2, "Authorization: Digest username=\"device\", realm=\"r\", nonce=\"n\", "
                + "uri=\"sip:alice@127.0.0.1\", response=\"00000000000000000000000000000000\"\r\n"));

        steps.receivesRequestWithHeader("alice", "OPTIONS", "authorization", FakeDevice.WAIT);

        assertEquals("2 OPTIONS", fake.wire.last().message().headerValue("CSeq"));
        fake.steps.receivesRequest("alice", "OPTIONS", FakeDevice.WAIT);
        assertEquals("1 OPTIONS", fake.wire.last().message().headerValue("CSeq"));
    }

    @Test
    void withoutSuchARequestTheStepFailsNamingTheHeader() {
        fake.sends(String.format(OPTIONS, "a1", 1, ""));

        AssertionError e = assertThrows(AssertionError.class,
                () -> steps.receivesRequestWithHeader("alice", "OPTIONS", "Authorization", FakeDevice.SHORT));

        assertTrue(e.getMessage().startsWith("alice receives a(n) OPTIONS request with a Authorization header: nothing matching "
                + "within 100 ms; last message seen: \"OPTIONS sip:alice@127.0.0.1 SIP/2.0\""), e.getMessage());
    }
}
