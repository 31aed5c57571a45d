package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipspec.parser.SipMessageParser;
import io.sipspec.tester.Deliveries;
import io.sipspec.tester.Operator;
import io.sipspec.tester.Received;
import io.sipspec.tester.Transport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each match and store step passes on the right message and fails naming the step, what was found, and the message. */
class MatchStepsTest {

    private static final String OK = """
            SIP/2.0 200 OK\r
            Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK74bf9\r
            To: <sip:alice@127.0.0.1>;tag=8321234356\r
            From: <sip:alice@127.0.0.1>;tag=9fxced76sl\r
            Call-ID: c1@127.0.0.1\r
            CSeq: 2 REGISTER\r
            Contact: <sip:alice@127.0.0.1:5070>;expires=3600\r
            Contact: <sip:alice@192.0.2.4>;expires=1800\r
            Content-Type: text/plain\r
            Content-Length: 5\r
            \r
            hello""";

    private final FakeDevice fake = new FakeDevice();
    private final MatchSteps match = new MatchSteps(fake.wire);
    private String where;

    @AfterEach
    void close() {
        fake.close();
    }

    private void itIs(String text) {
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        Received r;
        try {
            r = new Received("alice", fake.wire.traffic().now(), Transport.UDP, fake.alice().address(), fake.device.address(), raw,
                    new SipMessageParser().parse(raw), null);
        } catch (RuntimeException e) {
            throw new IllegalStateException(e);
        }
        Deliveries.deliver(fake.alice(), r);
        fake.wire.last(r);
        where = fake.alice().mailbox().describe(r);
    }

    private String fails(Runnable step) {
        return assertThrows(AssertionError.class, step::run).getMessage();
    }

    @Test
    void startLine() {
        itIs(OK);
        match.itsStartLine(Operator.EQUALS, "SIP/2.0 200 OK");
        match.itsStartLine(Operator.CONTAINS, "200");
        match.itsStartLine(Operator.MATCHES, "SIP/2\\.0 2\\d\\d .*");
        assertEquals("its start line equals \"SIP/2.0 404 Not Found\": it was \"SIP/2.0 200 OK\", in " + where,
                fails(() -> match.itsStartLine(Operator.EQUALS, "SIP/2.0 404 Not Found")));
        assertEquals("its start line matches \"(\": not a regular expression: \"(\": Unclosed group",
                fails(() -> match.itsStartLine(Operator.MATCHES, "(")));
    }

    @Test
    void headerValuesJoinAllRows() {
        itIs(OK);
        match.itsHeader("Contact", Operator.EQUALS, "<sip:alice@127.0.0.1:5070>;expires=3600, <sip:alice@192.0.2.4>;expires=1800");
        match.itsHeader("m", Operator.CONTAINS, "192.0.2.4");
        match.itsHeader("CSeq", Operator.MATCHES, "\\d+ REGISTER");
        assertEquals("its header \"CSeq\" contains \"INVITE\": it was \"2 REGISTER\", in " + where,
                fails(() -> match.itsHeader("CSeq", Operator.CONTAINS, "INVITE")));
        assertEquals("its header \"Allow\" contains \"INVITE\": there is no Allow header field, in " + where,
                fails(() -> match.itsHeader("Allow", Operator.CONTAINS, "INVITE")));
    }

    @Test
    void presenceAndCount() {
        itIs(OK);
        match.itsHeaderIs("Contact", true);
        match.itsHeaderIs("Allow", false);
        match.itsHeaderHasValues("Contact", 2);
        assertEquals("its header \"Contact\" is absent: it is there: \"<sip:alice@127.0.0.1:5070>;expires=3600, "
                + "<sip:alice@192.0.2.4>;expires=1800\", in " + where, fails(() -> match.itsHeaderIs("Contact", false)));
        assertEquals("its header \"Allow\" is present: there is no Allow header field, in " + where,
                fails(() -> match.itsHeaderIs("Allow", true)));
        assertEquals("its header \"Contact\" has 1 value(s): it has 2, in " + where, fails(() -> match.itsHeaderHasValues("Contact", 1)));
    }

    @Test
    void parametersOfTheFirstValue() {
        itIs(OK);
        match.itsParameter("expires", "Contact", Operator.EQUALS, "3600");
        match.itsParameter("branch", "Via", Operator.MATCHES, "z9hG4bK.*");
        match.itsParameterIs("tag", "To", true);
        match.itsParameterIs("maddr", "Via", false);
        assertEquals("its parameter \"expires\" of header \"Contact\" equals \"1800\": it was \"3600\", in " + where,
                fails(() -> match.itsParameter("expires", "Contact", Operator.EQUALS, "1800")));
        assertEquals("its parameter \"tag\" of header \"To\" is absent: it is there: \"<sip:alice@127.0.0.1>;tag=8321234356\", in "
                + where, fails(() -> match.itsParameterIs("tag", "To", false)));
        assertEquals("its parameter \"received\" of header \"Via\" is present: it is not there: \"SIP/2.0/UDP 127.0.0.1:5070;"
                + "branch=z9hG4bK74bf9\", in " + where, fails(() -> match.itsParameterIs("received", "Via", true)));
        assertEquals("its parameter \"x\" of header \"CSeq\" is present: the CSeq header field has no parameters in RFC 3261 §20",
                fails(() -> match.itsParameterIs("x", "CSeq", true)));
    }

    @Test
    void body() {
        itIs(OK);
        match.itsBody(Operator.EQUALS, "hello");
        assertEquals("its body contains \"bye\": it was \"hello\", in " + where, fails(() -> match.itsBody(Operator.CONTAINS, "bye")));
    }

    @Test
    void storedValuesAreComparedAndExpanded() {
        itIs(OK);
        match.storeItsHeader("Call-ID", "call");
        match.storeItsParameter("tag", "To", "to-tag");
        assertEquals("c1@127.0.0.1", fake.wire.variables().value("call"));
        assertEquals("8321234356", fake.wire.variables().value("to-tag"));
        match.itsHeader("Call-ID", Operator.SAME_AS, "call");
        match.itsHeader("To", Operator.CONTAINS, ";tag=${to-tag}");
        match.itsParameter("tag", "To", Operator.SAME_AS, "to-tag");
        match.itsParameter("tag", "From", Operator.NOT_SAME_AS, "to-tag");
        assertEquals("its header \"Call-ID\" is not the same as \"call\": it was \"c1@127.0.0.1\", the value stored as \"call\", in " + where,
                fails(() -> match.itsHeader("Call-ID", Operator.NOT_SAME_AS, "call")));
        fake.wire.variables().set("other", "x@y");
        match.itsHeader("Call-ID", Operator.NOT_SAME_AS, "other");
        assertEquals("its parameter \"tag\" of header \"To\" is not the same as \"to-tag\": it was \"8321234356\", the value stored as "
                + "\"to-tag\", in " + where, fails(() -> match.itsParameter("tag", "To", Operator.NOT_SAME_AS, "to-tag")));
        assertEquals("its header \"Call-ID\" is the same as \"other\": it was \"c1@127.0.0.1\", expected \"x@y\", in " + where,
                fails(() -> match.itsHeader("Call-ID", Operator.SAME_AS, "other")));
        assertEquals("its header \"Call-ID\" is the same as \"nope\": no value is stored as \"nope\" (store it first, e.g. "
                + "'store its header \"Call-ID\" as \"nope\"')", fails(() -> match.itsHeader("Call-ID", Operator.SAME_AS, "nope")));
        assertEquals("store its header \"Allow\" as \"allow\": there is no Allow header field, in " + where,
                fails(() -> match.storeItsHeader("Allow", "allow")));
        assertEquals("store its parameter \"tag\" of header \"Contact\" as \"t\": the Contact header field has no tag parameter, in "
                + where, fails(() -> match.storeItsParameter("tag", "Contact", "t")));
        assertEquals("store its header \"CSeq\" as \"not a name\": not a variable name: \"not a name\"",
                fails(() -> match.storeItsHeader("CSeq", "not a name")));
    }

    @Test
    void localAndSutAreTheAddressesOfItsPeerAndTheDevice() {
        String local = "127.0.0.1:" + fake.alice().address().getPort();
        itIs(OK.replace("127.0.0.1:5070", local));
        match.itsHeader("Contact", Operator.CONTAINS, "<sip:alice@${local}>");
    }

    @Test
    void withoutAMessageTheStepSaysWhatComesFirst() {
        assertEquals("no message has been received yet: a step such as 'alice receives a 200 response within 2 s' comes first",
                fails(() -> match.itsHeaderIs("To", true)));
    }

    @Test
    void aMalformedMessageIsNotMatched() {
        byte[] raw = "HELLO\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        fake.sends(raw);
        Received garbage = fake.alice().mailbox().expect(r -> true, FakeDevice.WAIT, "garbage");
        fake.wire.last(garbage);
        String m = fails(() -> match.itsHeaderIs("To", true));
        assertEquals("its header \"To\" is present: it is not a valid SIP message, in " + fake.alice().mailbox().describe(garbage), m);
    }
}
