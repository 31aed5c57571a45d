package io.sipspec.tester;

/**
 * A bounded wait of the tester ended without what the step expected (or with what it forbade). The message names
 * the step, the bound, and the last message seen, so that a silent or garbage-sending device is diagnosed from the
 * report alone.
 */
public final class ExpectationFailed extends AssertionError {

    private static final long serialVersionUID = 1L;

    public ExpectationFailed(String message) {
        super(message);
    }
}
