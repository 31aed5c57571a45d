package io.sipspec.steps;

import io.cucumber.java.en.Then;
import io.sipspec.message.HeaderName;
import io.sipspec.message.HeaderType;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.tester.Endpoints;
import io.sipspec.tester.Extract;
import io.sipspec.tester.Operator;
import io.sipspec.tester.Received;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks of "it", the message the last "receives" step took, and values stored from it. A failure names the step,
 * what was found instead, and the message (start line, sender, time, CSeq, Call-ID).
 */
public final class MatchSteps {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final WireContext wire;

    public MatchSteps(WireContext wire) {
        this.wire = wire;
    }

    // ---------------------------------------------------------------- match

    @StepDoc(group = StepGroup.MATCH, example = "its start line equals \"SIP/2.0 200 OK\"",
            summary = "Compares the start line: equals, contains, matches (a regular expression for the whole line), "
                    + "is the same as or is not the same as (a stored value, named). Expected text may use stored ${name} values.")
    @Then("its start line {operator} {string}")
    public void itsStartLine(Operator op, String expected) {
        String step = "its start line " + op + " \"" + expected + '"';
        compare(step, message(step).startLine(), op, expected);
    }

    @StepDoc(group = StepGroup.MATCH, example = "its header \"Allow\" contains \"INVITE\"",
            summary = "Compares the header field's value (all its rows, joined by \", \"); compact names work.")
    @Then("its header {string} {operator} {string}")
    public void itsHeader(String name, Operator op, String expected) {
        String step = "its header \"" + name + "\" " + op + " \"" + expected + '"';
        String actual = headerValue(message(step), name);
        if (actual == null) {
            throw failure(step, "there is no " + name + " header field");
        }
        compare(step, actual, op, expected);
    }

    @StepDoc(group = StepGroup.MATCH, example = "its header \"Contact\" is absent",
            summary = "Checks that the header field is present, or absent.")
    @Then("its header {string} is {presence}")
    public void itsHeaderIs(String name, Boolean present) {
        String step = "its header \"" + name + "\" is " + (present ? "present" : "absent");
        String actual = headerValue(message(step), name);
        if (present && actual == null) {
            throw failure(step, "there is no " + name + " header field");
        }
        if (!present && actual != null) {
            throw failure(step, "it is there: \"" + actual + '"');
        }
    }

    @StepDoc(group = StepGroup.MATCH, example = "its header \"Contact\" has 2 values",
            summary = "Counts the values of a list header field, over all its rows (RFC 3261 §7.3.1).")
    @Then("its header {string} has {int} value(s)")
    public void itsHeaderHasValues(String name, int count) {
        String step = "its header \"" + name + "\" has " + count + " value(s)";
        int actual;
        try {
            actual = Extract.valueCount(message(step), name);
        } catch (SipParseException e) {
            throw failure(step, "the " + name + " header field is malformed: " + e.getMessage());
        }
        if (actual != count) {
            throw failure(step, "it has " + actual);
        }
    }

    @StepDoc(group = StepGroup.MATCH, example = "its parameter \"expires\" of header \"Contact\" equals \"3600\"",
            summary = "Compares a parameter of the header field's first value (unquoted), e.g. the tag of To, the branch of Via.")
    @Then("its parameter {string} of header {string} {operator} {string}")
    public void itsParameter(String param, String name, Operator op, String expected) {
        String step = "its parameter \"" + param + "\" of header \"" + name + "\" " + op + " \"" + expected + '"';
        String actual = parameter(step, param, name);
        if (actual == null) {
            throw failure(step, "the " + name + " header field has no " + param + " parameter: \"" + headerValue(message(step), name) + '"');
        }
        compare(step, actual, op, expected);
    }

    @StepDoc(group = StepGroup.MATCH, example = "its parameter \"tag\" of header \"To\" is present",
            summary = "Checks that a parameter of the header field's first value is present, or absent.")
    @Then("its parameter {string} of header {string} is {presence}")
    public void itsParameterIs(String param, String name, Boolean present) {
        String step = "its parameter \"" + param + "\" of header \"" + name + "\" is " + (present ? "present" : "absent");
        String actual = parameter(step, param, name);
        if (present && actual == null) {
            throw failure(step, "it is not there: \"" + headerValue(message(step), name) + '"');
        }
        if (!present && actual != null) {
            throw failure(step, "it is there: \"" + headerValue(message(step), name) + '"');
        }
    }

    @StepDoc(group = StepGroup.MATCH, example = "its body contains \"m=audio\"",
            summary = "Compares the body, as UTF-8 text.")
    @Then("its body {operator} {string}")
    public void itsBody(Operator op, String expected) {
        String step = "its body " + op + " \"" + expected + '"';
        compare(step, message(step).bodyText(), op, expected);
    }

    // ---------------------------------------------------------------- store

    @StepDoc(group = StepGroup.STORE, example = "store its header \"Call-ID\" as \"call\"",
            summary = "Keeps the header field's value (all rows, joined by \", \") as ${name}.")
    @Then("store its header {string} as {string}")
    public void storeItsHeader(String name, String variable) {
        String step = "store its header \"" + name + "\" as \"" + variable + '"';
        String value = headerValue(message(step), name);
        if (value == null) {
            throw failure(step, "there is no " + name + " header field");
        }
        store(step, variable, value);
    }

    @StepDoc(group = StepGroup.STORE, example = "store its parameter \"tag\" of header \"To\" as \"to-tag\"",
            summary = "Keeps a parameter of the header field's first value as ${name}.")
    @Then("store its parameter {string} of header {string} as {string}")
    public void storeItsParameter(String param, String name, String variable) {
        String step = "store its parameter \"" + param + "\" of header \"" + name + "\" as \"" + variable + '"';
        String value = parameter(step, param, name);
        if (value == null) {
            throw failure(step, "the " + name + " header field has no " + param + " parameter");
        }
        store(step, variable, value);
    }

    private void store(String step, String variable, String value) {
        try {
            wire.variables().set(variable, value);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(step + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** "It", parsed; a malformed message fails the step, naming it. */
    private SipMessage message(String step) {
        Received it = wire.last();
        if (it.isMalformed()) {
            throw failure(step, "it is not a valid SIP message");
        }
        return it.message();
    }

    /** All rows of the header field, joined by ", ", or null when there is none. */
    private static String headerValue(SipMessage m, String name) {
        List<String> rows = m.headers().values(HeaderName.of(name));
        return rows.isEmpty() ? null : String.join(", ", rows);
    }

    private String parameter(String step, String param, String name) {
        SipMessage m = message(step);
        HeaderType<?> type = SipHeaders.of(HeaderName.of(name));
        if (type == null) {
            throw new AssertionError(step + ": the " + name + " header field has no parameters in RFC 3261 §20");
        }
        Object first;
        try {
            first = m.header(type);
        } catch (SipParseException e) {
            throw failure(step, "the " + name + " header field is malformed: " + e.getMessage());
        }
        if (first == null) {
            throw failure(step, "there is no " + name + " header field");
        }
        try {
            return Extract.parametersOf(first).value(param);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(step + ": the " + name + " header field has no parameters in RFC 3261 §20", e);
        }
    }

    private void compare(String step, String actual, Operator op, String expected) {
        boolean stored = op == Operator.SAME_AS || op == Operator.NOT_SAME_AS;
        String want = stored ? stored(step, expected) : expand(step, expected);
        boolean ok;
        try {
            ok = op.test(actual, want);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(step + ": " + e.getMessage(), e);
        }
        if (!ok) {
            String detail = "it was \"" + actual + '"';
            if (op == Operator.NOT_SAME_AS) {
                detail += ", the value stored as \"" + expected + "\"";
            } else if (stored || !want.equals(expected)) {
                detail += ", expected \"" + want + '"';
            }
            throw failure(step, detail);
        }
    }

    private String stored(String step, String variable) {
        String value = wire.variables().has(variable) ? wire.variables().value(variable) : null;
        if (value == null) {
            throw new AssertionError(step + ": no value is stored as \"" + variable + "\" (store it first, e.g. 'store its header \"Call-ID\" as \""
                    + variable + "\"')");
        }
        return value;
    }

    /** The expected text with ${local}, ${sut} (as templates write them, for the peer of "it") and stored values in it. */
    private String expand(String step, String text) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        Endpoints endpoints = null;
        while (m.find()) {
            if (endpoints == null) {
                endpoints = wire.peer(wire.last().peer()).endpoints(wire.deviceAddress());
            }
            String value = endpoints.value(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value != null ? value : stored(step, m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private AssertionError failure(String step, String detail) {
        Received it = wire.last();
        return new AssertionError(step + ": " + detail + ", in " + wire.peer(it.peer()).mailbox().describe(it));
    }
}
