package io.sipspec.steps;

import io.cucumber.java.en.Then;
import io.sipspec.message.HeaderName;
import io.sipspec.tester.Received;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Steps for the transaction and transport scenarios (RFC 3261 §17, §18): a part of a header field of "it" kept for
 * later, such as the sequence number of CSeq, which the ACK of a non-2xx final response repeats (§17.1.1.3).
 */
public final class TransactionSteps {

    private final WireContext wire;

    public TransactionSteps(WireContext wire) {
        this.wire = wire;
    }

    @StepDoc(group = StepGroup.STORE, example = "store the part of its header \"CSeq\" matching \"(\\d+) INVITE\" as \"seq\"",
            summary = "Matches the header field's value (all rows, joined by \", \") against a regular expression with one "
                    + "group, and keeps what the group matched as ${name}.")
    @Then("store the part of its header {string} matching {string} as {string}")
    public void storeThePartOfItsHeader(String name, String regex, String variable) {
        String step = "store the part of its header \"" + name + "\" matching \"" + regex + "\" as \"" + variable + '"';
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, Pattern.DOTALL);
        } catch (PatternSyntaxException e) {
            throw new AssertionError(step + ": not a regular expression: " + e.getDescription(), e);
        }
        if (pattern.matcher("").groupCount() != 1) {
            throw new AssertionError(step + ": the regular expression must have exactly one group, the part to keep");
        }
        Received it = wire.last();
        if (it.isMalformed()) {
            throw failure(step, it, "it is not a valid SIP message");
        }
        List<String> rows = it.message().headers().values(HeaderName.of(name));
        if (rows.isEmpty()) {
            throw failure(step, it, "there is no " + name + " header field");
        }
        String value = String.join(", ", rows);
        Matcher m = pattern.matcher(value);
        if (!m.matches() || m.group(1) == null) {
            throw failure(step, it, "the value \"" + value + "\" does not match");
        }
        try {
            wire.variables().set(variable, m.group(1));
        } catch (IllegalArgumentException e) {
            throw new AssertionError(step + ": " + e.getMessage(), e);
        }
    }

    private AssertionError failure(String step, Received it, String detail) {
        return new AssertionError(step + ": " + detail + ", in " + wire.peer(it.peer()).mailbox().describe(it));
    }
}
