package io.sipspec.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Splitting and comparing header field values whose grammar the stack does not know.
 *
 * <p>RFC 3261 §7.3.1: "Multiple header field rows with the same field-name MAY be present in a message if
 * and only if the entire field-value for that header field is defined as a comma-separated list". A comma
 * inside a quoted string, angle brackets or a comment does not separate values.
 */
public final class HeaderValues {

    private HeaderValues() {
    }

    /**
     * Splits {@code value} at the commas outside quotes, angle brackets and parentheses; each part trimmed. Inside
     * angle brackets only "&gt;" counts: a URI may hold parentheses (RFC 3261 §25.1: {@code mark = "-" / "_" / "." /
     * "!" / "~" / "*" / "'" / "(" / ")"}). Inside a comment only parentheses and quoted-pairs count ({@code ctext
     * includes all chars except left and right parens and backslash}).
     */
    /**
     * A "(" opens a comment (RFC 3261 §25.1: {@code comment = LPAREN *(ctext / quoted-pair / comment) RPAREN}, with
     * {@code LPAREN = SWS "(" SWS}) only where a comment can stand: at the start of an element or after white space. In
     * the middle of a word it is a character of that word, e.g. an unreserved "(" in the user part of a bare
     * {@code sip:(@a} (§25.1 {@code mark}).
     */
    private static boolean startsComment(String value, int i, int elementStart) {
        return i == elementStart || value.charAt(i - 1) == ' ' || value.charAt(i - 1) == '\t';
    }

    public static List<String> split(String value) {
        List<String> out = new ArrayList<>(2);
        boolean quoted = false;
        boolean angle = false;
        int paren = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (paren > 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    paren++;
                } else if (c == ')') {
                    paren--;
                }
            } else if (angle) {
                angle = c != '>';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                angle = true;
            } else if (c == '(' && startsComment(value, i, start)) {
                paren++;
            } else if (c == ',') {
                out.add(value.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(value.substring(start).strip());
        return out;
    }

    /**
     * RFC 3261 §7.3.1 and §20 for a value of unknown grammar: linear white space is equivalent to a single SP
     * (and is insignificant next to separators), tokens are case-insensitive, quoted strings case-sensitive.
     */
    public static String canonical(String value) {
        StringBuilder b = new StringBuilder(value.length());
        boolean quoted = false;
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                b.append(c);
                if (c == '\\' && i + 1 < value.length()) {
                    b.append(value.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                }
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                space = true;
                continue;
            }
            if (space && b.length() > 0 && SipReader.isTokenChar(c) && SipReader.isTokenChar(b.charAt(b.length() - 1))) {
                b.append(' ');
            }
            space = false;
            if (c == '"') {
                quoted = true;
                b.append(c);
            } else {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
