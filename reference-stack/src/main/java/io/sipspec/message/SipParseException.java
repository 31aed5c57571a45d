package io.sipspec.message;

/**
 * A SIP text that does not match the RFC 3261 §25 grammar: the position of the first offending
 * character, the reason, and the text that was being read.
 *
 * <p>This is the only exception the grammar throws. Decoders never let it escape: they turn it into
 * a {@code DecoderResult} failure (see {@code io.sipspec.parser}).
 */
public final class SipParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int position;
    private final String reason;
    private final String input;

    public SipParseException(String reason, int position, CharSequence input) {
        // Malformed input is routine for a SIP element, not a bug: no stack trace is recorded.
        super(reason + " at position " + position + (input == null ? "" : " in \"" + abbreviate(input) + '"'), null, false, false);
        this.reason = reason;
        this.position = position;
        this.input = input == null ? "" : input.toString();
    }

    /** The zero-based index of the offending character in {@link #input()}. */
    public int position() {
        return position;
    }

    /** Why the text does not match, e.g. {@code "expected token"}. */
    public String reason() {
        return reason;
    }

    /** The text being parsed. */
    public String input() {
        return input;
    }

    private static String abbreviate(CharSequence s) {
        return s.length() <= 120 ? s.toString() : s.subSequence(0, 117) + "...";
    }
}
