package io.sipspec.steps;

import io.cucumber.java.en.Then;
import io.sipspec.message.HeaderField;
import io.sipspec.message.HeaderName;
import io.sipspec.tester.Received;
import java.util.ArrayList;
import java.util.List;

/**
 * The order of the header fields of "it" (e.g. RFC 3261 §16.6 step 1: "The copy SHOULD maintain the ordering of the
 * header fields as in the received request."). A failure names the step, the order found and the message.
 */
public final class HeaderOrderSteps {

    private final WireContext wire;

    public HeaderOrderSteps(WireContext wire) {
        this.wire = wire;
    }

    @StepDoc(group = StepGroup.MATCH, example = "its header fields come in the order \"Subject, X-Sipspec-Note, Accept-Language\"",
            summary = "Checks that the first rows of these header fields (comma-separated; compact names work) come in this order; "
                    + "other fields may come between them.")
    @Then("its header fields come in the order {string}")
    public void itsHeaderFieldsComeInTheOrder(String names) {
        String step = "its header fields come in the order \"" + names + '"';
        Received it = wire.last();
        if (it.isMalformed()) {
            throw failure(step, it, "it is not a valid SIP message");
        }
        List<HeaderName> expected = new ArrayList<>();
        for (String n : names.split(",")) {
            if (!n.isBlank()) {
                expected.add(HeaderName.of(n.strip()));
            }
        }
        if (expected.size() < 2) {
            throw new AssertionError(step + ": name at least two header fields, comma-separated");
        }
        String wrong = misordered(it.message().headers(), expected);
        if (wrong != null) {
            throw failure(step, it, wrong);
        }
    }

    /** What is out of order (or missing) among the first rows of {@code expected} in {@code fields}, or null. */
    static String misordered(List<HeaderField> fields, List<HeaderName> expected) {
        List<Integer> rows = new ArrayList<>();
        for (HeaderName name : expected) {
            int row = -1;
            for (int i = 0; i < fields.size() && row < 0; i++) {
                if (fields.get(i).name().equals(name)) {
                    row = i;
                }
            }
            if (row < 0) {
                return "there is no " + name.name() + " header field";
            }
            rows.add(row);
        }
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i) < rows.get(i - 1)) {
                return expected.get(i).name() + " (row " + (rows.get(i) + 1) + ") comes before " + expected.get(i - 1).name() + " (row "
                        + (rows.get(i - 1) + 1) + "); the header fields are " + fields.stream().map(f -> f.name().name()).toList();
            }
        }
        return null;
    }

    private AssertionError failure(String step, Received it, String detail) {
        return new AssertionError(step + ": " + detail + ", in " + wire.peer(it.peer()).mailbox().describe(it));
    }
}
