package io.sipspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.sipspec.message.HeaderName;
import io.sipspec.message.HeaderType;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.parser.MessageValidator;
import io.sipspec.parser.Violation;
import io.sipspec.tester.Extract;
import io.sipspec.parser.SipDecodeException;
import io.sipspec.parser.SipMessageParser;
import java.util.List;

/**
 * Steps about one message and what the embedded stack's message layer makes of it (RFC 3261 §7, §18.3, §20, §25).
 */
public final class MessageSteps {

    private static final SipMessageParser PARSER = new SipMessageParser();
    private static final MessageValidator VALIDATOR = new MessageValidator();

    private final MessageContext context;

    public MessageSteps(MessageContext context) {
        this.context = context;
    }

    @StepDoc(group = StepGroup.MESSAGE, example = "the message:",
            summary = "Writes one message (rendered as in sends: CRLF line ends, ${len}, ${sp}, ${crlf}...) for the embedded stack to decode.",
            docString = "OPTIONS sip:bob@biloxi.example.com SIP/2.0\nVia: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK74bf9\nMax-Forwards: 70\nTo: <sip:bob@biloxi.example.com>\nFrom: <sip:alice@atlanta.example.com>;tag=9fxced76sl\nCall-ID: 3848276298220188511@atlanta.example.com\nCSeq: 63104 OPTIONS\nContent-Length: 0")
    @Given("the message:")
    public void theMessage(String docString) {
        byte[] bytes = MessageTemplate.render(docString);
        context.written(bytes);
        Reports.attachMessage("message written", bytes);
    }

    @StepDoc(group = StepGroup.MESSAGE, example = "the embedded stack decodes it",
            summary = "Parses and validates the message with the reference stack's message layer.")
    @When("the embedded stack decodes it")
    public void theEmbeddedStackDecodesIt() {
        byte[] bytes = context.written();
        Object result;
        try {
            SipMessage m = PARSER.parse(bytes);
            List<Violation> violations = VALIDATOR.validate(m);
            result = violations.isEmpty() ? m : new MalformedSipMessage(bytes, asDecodeError(violations));
        } catch (SipDecodeException e) {
            result = new MalformedSipMessage(bytes, e);
        }
        context.decoded(result);
        Reports.attachText("verdict of the embedded stack", result instanceof MalformedSipMessage bad
                ? "rejected: " + bad.cause().reason() + " (status " + bad.cause().status() + ")" : "accepted");
    }

    /** The first violation decides the answer (505 before 400, as the validator orders them); all are in the reason. */
    private static SipDecodeException asDecodeError(List<Violation> violations) {
        StringBuilder reason = new StringBuilder();
        for (Violation v : violations) {
            if (reason.length() > 0) {
                reason.append("; ");
            }
            reason.append(v.where()).append(": ").append(v.reason());
        }
        return new SipDecodeException(reason.toString(), 0, violations.get(0).status());
    }

    @StepDoc(group = StepGroup.MESSAGE, example = "it is accepted",
            summary = "Checks that the message layer accepted the message.")
    @Then("it is accepted")
    public void itIsAccepted() {
        context.message();
    }

    @StepDoc(group = StepGroup.MESSAGE, example = "it is rejected with status 400",
            summary = "Checks that the message layer rejected the message, with the status it would answer.")
    @Then("it is rejected with status {int}")
    public void itIsRejectedWithStatus(int status) {
        Object d = context.decoded();
        if (!(d instanceof MalformedSipMessage bad)) {
            throw new AssertionError("expected the message to be rejected with " + status + ", but it was accepted");
        }
        if (bad.cause().status() != status) {
            throw new AssertionError("expected rejection with " + status + " but got " + bad.cause().status() + ": "
                    + bad.cause().reason());
        }
    }

    @StepDoc(group = StepGroup.MESSAGE, example = "the rejection reason contains \"Content-Length\"",
            summary = "Checks the reason the message layer gave for rejecting the message.")
    @Then("the rejection reason contains {string}")
    public void theRejectionReasonContains(String text) {
        Object d = context.decoded();
        if (!(d instanceof MalformedSipMessage bad) || !bad.cause().reason().contains(text)) {
            throw new AssertionError("expected a rejection whose reason contains \"" + text + "\", got " + d);
        }
    }

    @StepDoc(group = StepGroup.MESSAGE, example = "the start line is \"OPTIONS sip:bob@biloxi.example.com SIP/2.0\"",
            summary = "Checks the start line of the decoded message.")
    @Then("the start line is {string}")
    public void theStartLineIs(String expected) {
        String actual = context.message().startLine();
        if (!actual.equals(expected)) {
            throw new AssertionError("start line: expected \"" + expected + "\" but was \"" + actual + '"');
        }
    }

    @StepDoc(group = StepGroup.MESSAGE, example = "header \"Max-Forwards\" is \"70\"",
            summary = "Checks the first value of a header field of the decoded message.")
    @Then("header {string} is {string}")
    public void headerIs(String name, String expected) {
        String actual = context.message().headerValue(name);
        if (!expected.equals(actual)) {
            throw new AssertionError("header " + name + ": expected \"" + expected + "\" but was " + quoted(actual));
        }
    }

    @StepDoc(group = StepGroup.MESSAGE, example = "header \"Subject\" is absent",
            summary = "Checks that the decoded message has no such header field.")
    @Then("header {string} is absent")
    public void headerIsAbsent(String name) {
        String actual = context.message().headerValue(name);
        if (actual != null) {
            throw new AssertionError("header " + name + ": expected absent but was \"" + actual + '"');
        }
    }

    @StepDoc(group = StepGroup.MESSAGE, example = "header \"Via\" has 3 values",
            summary = "Counts the values of a header field of the decoded message, over all its rows.")
    @Then("header {string} has {int} value(s)")
    public void headerHasValues(String name, int count) {
        int actual = Extract.valueCount(context.message(), name);
        if (actual != count) {
            throw new AssertionError("header " + name + ": expected " + count + " value(s) but found " + actual);
        }
    }

    @StepDoc(group = StepGroup.MESSAGE, example = "header \"From\" parameter \"tag\" is \"9fxced76sl\"",
            summary = "Checks a parameter of the first value of a header field of the decoded message.")
    @Then("header {string} parameter {string} is {string}")
    public void headerParameterIs(String name, String param, String expected) {
        SipMessage m = context.message();
        HeaderType<?> type = SipHeaders.of(HeaderName.of(name));
        if (type == null) {
            throw new AssertionError("header " + name + " has no typed grammar in RFC 3261 §20");
        }
        Object first = m.header(type);
        String actual;
        try {
            actual = first == null ? null : Extract.parametersOf(first).value(param);
        } catch (IllegalArgumentException e) {
            throw new AssertionError("header " + name + ": " + e.getMessage());
        }
        if (!expected.equals(actual)) {
            throw new AssertionError("header " + name + " parameter " + param + ": expected \"" + expected + "\" but was "
                    + quoted(actual));
        }
    }

    @StepDoc(group = StepGroup.MESSAGE, example = "the body is 5 bytes long",
            summary = "Checks the length of the decoded body (RFC 3261 §18.3 framing).")
    @Then("the body is {int} bytes long")
    public void theBodyIsBytesLong(int length) {
        int actual = context.message().bodyLength();
        if (actual != length) {
            throw new AssertionError("body: expected " + length + " bytes but was " + actual);
        }
    }

    @StepDoc(group = StepGroup.MESSAGE, example = "re-encoding it gives the same bytes",
            summary = "Checks that the decoded message encodes back to the bytes written.")
    @Then("re-encoding it gives the same bytes")
    public void reEncodingGivesTheSameBytes() {
        byte[] out = context.message().toByteArray();
        byte[] in = context.written();
        if (!java.util.Arrays.equals(out, java.util.Arrays.copyOf(in, out.length))) {
            throw new AssertionError("re-encoded message differs from what was written");
        }
    }

    private static String quoted(String s) {
        return s == null ? "absent" : '"' + s + '"';
    }
}
