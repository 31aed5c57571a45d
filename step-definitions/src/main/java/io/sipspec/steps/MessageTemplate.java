package io.sipspec.steps;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns a Gherkin doc string into the exact bytes of a SIP message.
 *
 * <p>Lines become CRLF-terminated (SIP needs CRLF; doc strings carry LF). If the doc string has no empty line, the
 * header section is closed with an empty line. Variables give the bytes a doc string cannot show:
 * <ul>
 *   <li>{@code ${len}}: the byte length of the body (everything after the first empty line);</li>
 *   <li>{@code ${sp}}, {@code ${tab}}, {@code ${cr}}, {@code ${lf}}, {@code ${crlf}}, {@code ${nul}}: a space (visible at
 *   the end of a line), a horizontal tab, CR, LF, CRLF, a NUL byte.</li>
 * </ul>
 */
public final class MessageTemplate {

    private MessageTemplate() {
    }

    public static byte[] render(String docString) {
        String[] lines = docString.split("\n", -1);
        StringBuilder head = new StringBuilder();
        StringBuilder body = null;
        for (String line : lines) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (body == null && l.isEmpty()) {
                body = new StringBuilder();
                continue;
            }
            (body == null ? head : body).append(l).append("${crlf}");
        }
        byte[] bodyBytes = body == null ? new byte[0] : expand(body.toString(), 0);
        byte[] headBytes = expand(head.append("${crlf}").toString(), bodyBytes.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(headBytes.length + bodyBytes.length);
        out.writeBytes(headBytes);
        out.writeBytes(bodyBytes);
        return out.toByteArray();
    }

    private static byte[] expand(String text, int bodyLength) {
        String s = text.replace("${len}", Integer.toString(bodyLength))
                .replace("${sp}", " ")
                .replace("${tab}", "\t")
                .replace("${nul}", "\0")
                .replace("${crlf}", "\r\n")
                .replace("${cr}", "\r")
                .replace("${lf}", "\n");
        int unknown = s.indexOf("${");
        if (unknown >= 0) {
            throw new IllegalArgumentException("unknown variable " + s.substring(unknown, Math.min(s.length(), s.indexOf('}', unknown) + 1)));
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
