package io.sipspec.parser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.sipspec.message.HeaderField;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.ua.Rejection;
import io.sipspec.ua.RequestInspection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;

/**
 * Runs a folder of torture vectors ({@code src/test/resources/vectors/<folder>/*.dat}) against the outcomes its
 * {@code expectations.txt} states: each message is read as one UDP datagram by {@link SipMessageParser}, checked by
 * {@link MessageValidator}, and inspected by the reference UAS and proxy ({@link RequestInspection}).
 */
final class TortureVectors {

    private static final SipMessageParser PARSER = new SipMessageParser();
    private static final MessageValidator VALIDATOR = new MessageValidator();
    private static final RequestInspection UAS = RequestInspection.referenceUas();
    private static final RequestInspection PROXY = RequestInspection.referenceProxy();

    private final Path folder;
    private final Map<String, TortureExpectation> expectations;

    TortureVectors(String folder) {
        try {
            this.folder = Path.of(TortureVectors.class.getResource("/vectors/" + folder).toURI());
            this.expectations = TortureExpectation.read(this.folder.resolve("expectations.txt"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the .dat files, without the extension. */
    Set<String> vectorNames() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".dat"))
                    .map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> expectationNames() {
        return new TreeSet<>(expectations.keySet());
    }

    /** One test per expectation block, in file order, named after its vector. */
    Stream<DynamicTest> tests() {
        return expectations.values().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> check(e)));
    }

    private void check(TortureExpectation e) throws IOException {
        assertNotNull(e.section(), "section");
        assertFalse(e.rfc().isEmpty(), "the RFC's words");
        assertNotNull(e.verdict(), "verdict");
        byte[] bytes = Files.readAllBytes(folder.resolve(e.name() + ".dat"));
        SipMessage m = null;
        SipDecodeException framing = null;
        try {
            m = PARSER.parse(bytes);
        } catch (SipDecodeException x) {
            framing = x;
        }
        List<Violation> violations = m == null ? List.of() : VALIDATOR.validate(m);
        String[] verdict = e.verdict().split(" ", 2);
        String context = e.name() + ", RFC §" + e.section() + " \"" + e.rfc() + "\"; framing: " + (framing == null ? "ok" : framing.getMessage())
                + "; violations: " + violations;
        switch (verdict[0]) {
            case "valid" -> {
                assertNotNull(m, context);
                assertEquals(List.of(), violations, context);
            }
            case "framing" -> {
                assertNotNull(framing, context);
                assertEquals(Integer.parseInt(verdict[1]), framing.status(), context);
                assertFalse(isStatusLine(framing.startLine()), "a request: " + context);
            }
            case "invalid" -> {
                String[] statusAndWhere = verdict[1].split(" ", 2);
                assertNotNull(m, context);
                assertTrue(m.isRequest(), "a request: " + context);
                assertFalse(violations.isEmpty(), context);
                assertEquals(Integer.parseInt(statusAndWhere[0]), violations.get(0).status(), context);
                assertEquals(places(statusAndWhere[1]), violatedPlaces(violations), context);
            }
            case "discard" -> {
                if (verdict[1].equals("framing")) {
                    assertNotNull(framing, context);
                    assertTrue(isStatusLine(framing.startLine()), "a response: " + context);
                } else {
                    assertTrue(verdict[1].startsWith("invalid "), e.verdict());
                    assertNotNull(m, context);
                    assertFalse(m.isRequest(), "a response: " + context);
                    assertEquals(places(verdict[1].substring("invalid ".length())), violatedPlaces(violations), context);
                }
            }
            default -> fail("unknown verdict " + e.verdict());
        }
        if (e.reason() != null) {
            boolean found = framing != null ? framing.reason().contains(e.reason())
                    : violations.stream().anyMatch(v -> v.reason().contains(e.reason()));
            assertTrue(found, "reason containing \"" + e.reason() + "\": " + context);
        }
        Rejection uas = inspect(e.uas(), "accept", UAS, m, verdict[0], context);
        Rejection proxy = inspect(e.proxy(), "forward", PROXY, m, verdict[0], context);
        List<HeaderField> headers = m != null ? m.headers() : framing.headers();
        FieldPath.Context c = new FieldPath.Context(m, headers, uas, proxy);
        List<Executable> checks = new ArrayList<>();
        for (String line : e.expects()) {
            int eq = line.indexOf(" = ");
            assertTrue(eq > 0, "expect: path = value: " + line);
            String path = line.substring(0, eq);
            String expected = FieldPath.expected(line.substring(eq + 3));
            checks.add(() -> assertEquals(expected, FieldPath.evaluate(path, c), path));
        }
        assertAll(e.name(), checks);
    }

    /** Checks the uas: or proxy: line; returns the rejection (for uas.header(...) paths) or null. */
    private static Rejection inspect(String expected, String pass, RequestInspection element, SipMessage m, String verdict,
            String context) {
        if (expected == null) {
            return null;
        }
        assertEquals("valid", verdict, "only a valid request is inspected");
        Rejection r = element.inspect((SipRequest) m).orElse(null);
        String actual = r == null ? pass : Integer.toString(r.status());
        assertEquals(expected, actual, element.role() + " " + (r == null ? "" : r.reason()) + "; " + context);
        return r;
    }

    private static boolean isStatusLine(String startLine) {
        return startLine != null && startLine.regionMatches(true, 0, "SIP/", 0, 4);
    }

    private static Set<String> places(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> violatedPlaces(List<Violation> violations) {
        return violations.stream().map(Violation::where).collect(Collectors.toCollection(TreeSet::new));
    }
}
