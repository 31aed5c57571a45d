package io.sipspec.tester;

/**
 * Whether observed retransmissions kept to their timer, and why not.
 *
 * @param ok          true if every interval was within tolerance
 * @param explanation what was checked and, on failure, which interval was off: expected vs actual
 */
public record RetransmissionVerdict(boolean ok, String explanation) {

    /** @throws AssertionError with the explanation, unless ok */
    public void orThrow() {
        if (!ok) {
            throw new AssertionError(explanation);
        }
    }
}
