package io.sipspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.sipspec.message.HeaderName;
import io.sipspec.message.HeaderType;
import io.sipspec.message.HeaderValues;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.parser.MessageValidator;
import io.sipspec.parser.Violation;
import io.sipspec.tester.Extract;
import io.sipspec.parser.SipDecodeException;
import io.sipspec.parser.SipMessageParser;
import java.util.ArrayList;
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

    @Given("the message:")
    public void theMessage(String docString) {
        byte[] bytes = MessageTemplate.render(docString);
        context.written(bytes);
        Reports.attachMessage("message written", bytes);
    }

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

    @Then("it is accepted")
    public void itIsAccepted() {
        context.message();
    }

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

    @Then("the rejection reason contains {string}")
    public void theRejectionReasonContains(String text) {
        Object d = context.decoded();
        if (!(d instanceof MalformedSipMessage bad) || !bad.cause().reason().contains(text)) {
            throw new AssertionError("expected a rejection whose reason contains \"" + text + "\", got " + d);
        }
    }

    @Then("the start line is {string}")
    public void theStartLineIs(String expected) {
        String actual = context.message().startLine();
        if (!actual.equals(expected)) {
            throw new AssertionError("start line: expected \"" + expected + "\" but was \"" + actual + '"');
        }
    }

    @Then("header {string} is {string}")
    public void headerIs(String name, String expected) {
        String actual = context.message().headerValue(name);
        if (!expected.equals(actual)) {
            throw new AssertionError("header " + name + ": expected \"" + expected + "\" but was " + quoted(actual));
        }
    }

    @Then("header {string} is absent")
    public void headerIsAbsent(String name) {
        String actual = context.message().headerValue(name);
        if (actual != null) {
            throw new AssertionError("header " + name + ": expected absent but was \"" + actual + '"');
        }
    }

    @Then("header {string} has {int} value(s)")
    public void headerHasValues(String name, int count) {
        SipMessage m = context.message();
        HeaderName h = HeaderName.of(name);
        HeaderType<?> type = SipHeaders.of(h);
        int actual;
        if (type != null) {
            actual = m.headerValues(type).size();
        } else {
            List<String> all = new ArrayList<>();
            m.headers().values(h).forEach(v -> all.addAll(HeaderValues.split(v)));
            actual = all.size();
        }
        if (actual != count) {
            throw new AssertionError("header " + name + ": expected " + count + " value(s) but found " + actual);
        }
    }

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

    @Then("the body is {int} bytes long")
    public void theBodyIsBytesLong(int length) {
        int actual = context.message().bodyLength();
        if (actual != length) {
            throw new AssertionError("body: expected " + length + " bytes but was " + actual);
        }
    }

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
