package io.sipspec.tester;

import io.sipspec.message.Identifiers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message as a feature writes it, in a doc string or a template file, rendered into the exact bytes to send.
 *
 * <p>Lines become CRLF-terminated (SIP needs CRLF; doc strings carry LF). If the text has no empty line, the header
 * section is closed with an empty line. Variables give the bytes a doc string cannot show and the values of the
 * scenario:
 * <ul>
 *   <li>{@code ${len}}: the byte length of the body (everything after the first empty line), in the head only;</li>
 *   <li>{@code ${sp}}, {@code ${tab}}, {@code ${cr}}, {@code ${lf}}, {@code ${crlf}}, {@code ${nul}}: a space (visible
 *   at the end of a line), a horizontal tab, CR, LF, CRLF, a NUL byte;</li>
 *   <li>{@code ${local}}, {@code ${local.host}}, {@code ${local.port}}, {@code ${sut}}, {@code ${sut.host}},
 *   {@code ${sut.port}}, {@code ${transport}}: see {@link Endpoints};</li>
 *   <li>{@code ${branch}}: a fresh branch with the RFC 3261 §8.1.1.7 magic cookie z9hG4bK, the same wherever it
 *   appears in one rendering, unless a value is stored;</li>
 *   <li>{@code ${call-id}}, {@code ${tag}} and any stored {@code ${name}}: see {@link Variables}.</li>
 * </ul>
 * An unknown variable is an error naming it.
 */
public final class Template {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}|\\$\\{");

    private final String text;

    private Template(String text) {
        this.text = text;
    }

    public static Template of(String docString) {
        return new Template(docString);
    }

    /** A template file, UTF-8; CRLF or LF line endings alike. */
    public static Template load(Path file) {
        try {
            return new Template(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file + ": " + e.getMessage(), e);
        }
    }

    /** Renders with the byte variables and {@code ${len}} only. */
    public byte[] render() {
        return render(name -> null);
    }

    /** Renders with all the variables above. */
    public byte[] render(Variables variables, Endpoints endpoints) {
        String[] branch = new String[1];
        return render(name -> {
            String v = endpoints.value(name);
            if (v == null) {
                v = variables.value(name);
            }
            if (v == null && name.equals("branch")) {
                if (branch[0] == null) {
                    branch[0] = Identifiers.newBranch();
                }
                v = branch[0];
            }
            return v;
        });
    }

    private byte[] render(UnaryOperator<String> named) {
        StringBuilder head = new StringBuilder();
        StringBuilder body = null;
        for (String line : text.split("\n", -1)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (body == null && l.isEmpty()) {
                body = new StringBuilder();
                continue;
            }
            (body == null ? head : body).append(l).append("\r\n");
        }
        byte[] bodyBytes = body == null ? new byte[0] : expand(body, -1, named);
        byte[] headBytes = expand(head.append("\r\n"), bodyBytes.length, named);
        ByteArrayOutputStream out = new ByteArrayOutputStream(headBytes.length + bodyBytes.length);
        out.writeBytes(headBytes);
        out.writeBytes(bodyBytes);
        return out.toByteArray();
    }

    /** @param bodyLength the value of {@code ${len}}, or -1 where it is not allowed (in the body itself) */
    private static byte[] expand(CharSequence text, int bodyLength, UnaryOperator<String> named) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (name == null) {
                throw new IllegalArgumentException("unterminated variable: \"${\" without \"}\"");
            }
            String value = bytes(name);
            if (value == null && name.equals("len")) {
                if (bodyLength < 0) {
                    throw new IllegalArgumentException("${len} is the length of the body and cannot be used inside it");
                }
                value = Integer.toString(bodyLength);
            }
            if (value == null) {
                value = named.apply(name);
            }
            if (value == null) {
                throw new IllegalArgumentException("unknown variable ${" + name + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String bytes(String name) {
        return switch (name) {
            case "sp" -> " ";
            case "tab" -> "\t";
            case "cr" -> "\r";
            case "lf" -> "\n";
            case "crlf" -> "\r\n";
            case "nul" -> "\0";
            default -> null;
        };
    }
}
