package io.sipspec.tester;

import io.sipspec.message.Identifiers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A template file sent byte for byte: unlike {@link Template}, line ends are not made CRLF, no empty line is added,
 * no byte is decoded as text (a body may be binary). Only the variables written {@code ${name}} are replaced, with
 * the values {@link Template} gives them ({@link Endpoints}, {@link Variables}, a fresh {@code ${branch}}); there is
 * no {@code ${len}}: the Content-Length is the file's own. For messages whose exact octets are the point, e.g. the
 * torture messages of RFC 4475 and RFC 5118.
 */
public final class ExactTemplate {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final byte[] bytes;

    private ExactTemplate(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    public static ExactTemplate of(byte[] bytes) {
        return new ExactTemplate(bytes);
    }

    /** The file's bytes, unchanged. */
    public static ExactTemplate load(Path file) {
        try {
            return new ExactTemplate(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The bytes with each {@code ${name}} replaced by its value (UTF-8).
     *
     * @throws IllegalArgumentException naming an unknown variable, or a "${" without a name and "}"
     */
    public byte[] render(Variables variables, Endpoints endpoints) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        String branch = null;
        int i = 0;
        while (i < bytes.length) {
            if (bytes[i] != '$' || i + 1 >= bytes.length || bytes[i + 1] != '{') {
                out.write(bytes[i++]);
                continue;
            }
            int end = indexOf(bytes, (byte) '}', i + 2);
            String name = end < 0 ? "" : new String(bytes, i + 2, end - i - 2, StandardCharsets.ISO_8859_1);
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("\"${\" without a variable name and \"}\" at octet " + i);
            }
            String value = endpoints.value(name);
            if (value == null) {
                value = variables.value(name);
            }
            if (value == null && name.equals("branch")) {
                branch = branch == null ? Identifiers.newBranch() : branch;
                value = branch;
            }
            if (value == null) {
                throw new IllegalArgumentException("unknown variable ${" + name + "}");
            }
            out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            i = end + 1;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
