package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each step passes on the right message and fails, with a message naming what differed, on the wrong one. */
class MessageStepsTest {

    private static final String OPTIONS = """
            OPTIONS sip:bob@biloxi.example.com SIP/2.0
            Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9
            Max-Forwards: 70
            To: <sip:bob@biloxi.example.com>
            From: Alice <sip:alice@atlanta.example.com>;tag=9fxced76sl
            Call-ID: 3848276298220188511@atlanta.example.com
            CSeq: 63104 OPTIONS
            Content-Length: 0""";

    private MessageSteps steps;

    @BeforeEach
    void setUp() {
        steps = new MessageSteps(new MessageContext());
    }

    private AssertionError fails(Runnable step) {
        return assertThrows(AssertionError.class, step::run);
    }

    @Test
    void decodingWithoutAMessageNamesTheMissingStep() {
        assertEquals("no message was given: start the scenario with 'Given the message:'",
                fails(steps::theEmbeddedStackDecodesIt).getMessage());
    }

    @Test
    void acceptedAndRejected() {
        steps.theMessage(OPTIONS);
        steps.theEmbeddedStackDecodesIt();
        steps.itIsAccepted();
        assertEquals("expected the message to be rejected with 400, but it was accepted",
                fails(() -> steps.itIsRejectedWithStatus(400)).getMessage());

        steps.theMessage(OPTIONS.replace("SIP/2.0\n", "SIP/3.0\n"));
        steps.theEmbeddedStackDecodesIt();
        steps.itIsRejectedWithStatus(505);
        String wrongStatus = fails(() -> steps.itIsRejectedWithStatus(400)).getMessage();
        assertTrue(wrongStatus.startsWith("expected rejection with 400 but got 505: SIP-Version"), wrongStatus);
        String notAccepted = fails(steps::itIsAccepted).getMessage();
        assertTrue(notAccepted.startsWith("the message was rejected: SIP-Version"), notAccepted);
    }

    @Test
    void aMissingMandatoryHeaderIsRejectedWith400() {
        steps.theMessage(OPTIONS.replace("Call-ID: 3848276298220188511@atlanta.example.com\n", ""));
        steps.theEmbeddedStackDecodesIt();
        steps.itIsRejectedWithStatus(400);
        steps.theRejectionReasonContains("Call-ID");
    }

    @Test
    void headerSteps() {
        steps.theMessage(OPTIONS);
        steps.theEmbeddedStackDecodesIt();
        steps.headerIs("Max-Forwards", "70");
        assertEquals("header Max-Forwards: expected \"69\" but was \"70\"", fails(() -> steps.headerIs("Max-Forwards", "69")).getMessage());
        steps.headerIsAbsent("Subject");
        assertEquals("header CSeq: expected absent but was \"63104 OPTIONS\"", fails(() -> steps.headerIsAbsent("CSeq")).getMessage());
        steps.headerHasValues("Via", 1);
        assertEquals("header Via: expected 2 value(s) but found 1", fails(() -> steps.headerHasValues("Via", 2)).getMessage());
        steps.headerParameterIs("From", "tag", "9fxced76sl");
        assertEquals("header To parameter tag: expected \"x\" but was absent",
                fails(() -> steps.headerParameterIs("To", "tag", "x")).getMessage());
        steps.theStartLineIs("OPTIONS sip:bob@biloxi.example.com SIP/2.0");
        assertEquals("start line: expected \"x\" but was \"OPTIONS sip:bob@biloxi.example.com SIP/2.0\"",
                fails(() -> steps.theStartLineIs("x")).getMessage());
        steps.theBodyIsBytesLong(0);
        assertEquals("body: expected 3 bytes but was 0", fails(() -> steps.theBodyIsBytesLong(3)).getMessage());
        steps.reEncodingGivesTheSameBytes();
    }

    @Test
    void uriSteps() {
        UriSteps uris = new UriSteps();
        uris.equivalent("sip:%61lice@atlanta.com;transport=TCP", "sip:alice@AtLanTa.CoM;Transport=tcp");
        assertEquals("sip:bob@biloxi.com and sip:bob@biloxi.com:5060 should be equivalent (RFC 3261 §19.1.4) but the embedded stack says they are not",
                fails(() -> uris.equivalent("sip:bob@biloxi.com", "sip:bob@biloxi.com:5060")).getMessage());
        uris.notEquivalent("sip:bob@biloxi.com", "sip:bob@biloxi.com:5060");
        uris.rejected("sip:bob@bad host");
        assertEquals("sip:bob@biloxi.com should be rejected but parsed as sip URI", fails(() -> uris.rejected("sip:bob@biloxi.com")).getMessage());
    }
}
