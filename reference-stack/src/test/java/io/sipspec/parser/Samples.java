package io.sipspec.parser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.sipspec.message.SipMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample messages under {@code src/test/resources/messages/}, read as exact wire bytes. */
final class Samples {

    /** Samples that carry a Content-Length, so they frame on a stream as well as in a datagram. */
    static final List<String> WITH_CONTENT_LENGTH = List.of(
            "invite-with-body.sip", "response-without-body.sip", "folded-compact.sip", "binary-body.sip");

    private Samples() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/messages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Same start line, same header rows in order, same body and same wire bytes. */
    static void assertSameMessage(SipMessage expected, Object actual) {
        SipMessage m = assertInstanceOf(SipMessage.class, actual, () -> "decoded " + actual);
        assertEquals(expected.startLine(), m.startLine());
        assertEquals(expected.headers(), m.headers());
        assertArrayEquals(expected.body(), m.body());
        assertArrayEquals(expected.toByteArray(), m.toByteArray());
    }
}
