package io.sipspec.ua.sdp;

/**
 * One line of a session description without its line end. RFC 4566 §5: "An SDP session description consists of a
 * number of lines of text of the form: {@code <type>=<value>} where {@code <type>} MUST be exactly one
 * case-significant character and {@code <value>} is structured text whose format depends on {@code <type>}."
 *
 * @param type  the type letter
 * @param value the text after {@code =}
 */
public record SdpField(char type, String value) {

    public SdpField {
        // "Text fields such as the session name and information are octet strings that may contain any octet with
        // the exceptions of 0x00 (Nul), 0x0a (ASCII newline), and 0x0d (ASCII carriage return)."
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("CR, LF or NUL in an SDP value: " + type + "=" + value);
        }
    }

    @Override
    public String toString() {
        return type + "=" + value;
    }
}
