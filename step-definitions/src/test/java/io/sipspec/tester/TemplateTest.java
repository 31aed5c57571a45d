package io.sipspec.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTest {

    private static final Endpoints ENDPOINTS = new Endpoints(new InetSocketAddress("127.0.0.1", 5070),
            new InetSocketAddress("127.0.0.1", 5060), Transport.UDP);

    private final Variables variables = new Variables();

    private String render(String doc) {
        return new String(Template.of(doc).render(variables, ENDPOINTS), StandardCharsets.UTF_8);
    }

    @Test
    void addressesAndTransportComeFromTheEndpoints() {
        assertEquals("127.0.0.1:5070 127.0.0.1 5070 127.0.0.1:5060 127.0.0.1 5060 UDP\r\n\r\n",
                render("${local} ${local.host} ${local.port} ${sut} ${sut.host} ${sut.port} ${transport}"));
    }

    @Test
    void anIpv6AddressIsBracketed() {
        Endpoints v6 = new Endpoints(new InetSocketAddress("::1", 5070), new InetSocketAddress("::1", 5060), Transport.TCP);
        assertEquals("[0:0:0:0:0:0:0:1]:5070 [0:0:0:0:0:0:0:1] TCP\r\n\r\n",
                new String(Template.of("${local} ${sut.host} ${transport}").render(variables, v6), StandardCharsets.UTF_8));
    }

    @Test
    void theBranchIsFreshPerRenderingAndTheSameWithinOne() {
        Pattern twice = Pattern.compile("(z9hG4bK\\w+) (z9hG4bK\\w+)\r\n\r\n");
        Matcher first = twice.matcher(render("${branch} ${branch}"));
        Matcher second = twice.matcher(render("${branch} ${branch}"));
        assertTrue(first.matches() && second.matches());
        assertEquals(first.group(1), first.group(2));
        assertNotEquals(first.group(1), second.group(1));
    }

    @Test
    void aStoredBranchIsUsed() {
        variables.set("branch", "z9hG4bKfixed");
        assertEquals("z9hG4bKfixed\r\n\r\n", render("${branch}"));
    }

    @Test
    void callIdAndTagStayTheSameForTheScenario() {
        String first = render("${call-id} ${tag}");
        assertEquals(first, render("${call-id} ${tag}"));
        assertEquals(variables.value("call-id") + " " + variables.value("tag") + "\r\n\r\n", first);
        assertTrue(variables.value("tag").length() >= 8);
    }

    @Test
    void storedValuesAreSubstituted() {
        variables.set("to-tag", "abc").set("ruri", "sip:bob@example.com");
        assertEquals("BYE sip:bob@example.com SIP/2.0\r\nTo: <sip:bob@example.com>;tag=abc\r\n\r\n",
                render("BYE ${ruri} SIP/2.0\nTo: <${ruri}>;tag=${to-tag}"));
    }

    @Test
    void lenCountsTheUtf8BytesOfTheBodyWithItsVariablesExpanded() {
        variables.set("who", "Zoë");
        String out = render("MESSAGE sip:a@b SIP/2.0\nContent-Length: ${len}\n\nhé ${who}${nul}");
        // body "hé Zoë\0\r\n": h(1) é(2) sp(1) Z o(2) ë(2) NUL(1) CRLF(2) = 11 bytes
        assertEquals("MESSAGE sip:a@b SIP/2.0\r\nContent-Length: 11\r\n\r\nhé Zoë\0\r\n", out);
    }

    @Test
    void byteVariablesWriteWhatADocStringCannotShow() {
        assertEquals("X \tY\0\r\nZ\r\n\r\n\r\n", new String(Template.of("X${sp}${tab}Y${nul}${crlf}Z${cr}${lf}").render(),
                StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownVariableIsAnErrorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> render("To: <sip:${callee}>"));
        assertEquals("unknown variable ${callee}", e.getMessage());
    }

    @Test
    void scenarioVariablesAreUnknownWithoutVariables() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Template.of("${branch}").render());
        assertEquals("unknown variable ${branch}", e.getMessage());
    }

    @Test
    void lenInsideTheBodyIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> render("X\n\n${len}"));
        assertEquals("${len} is the length of the body and cannot be used inside it", e.getMessage());
    }

    @Test
    void anUnterminatedVariableIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> render("X ${local"));
        assertEquals("unterminated variable: \"${\" without \"}\"", e.getMessage());
    }

    @Test
    void aTemplateFileRendersLikeADocStringWhateverItsLineEndings(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("options.sip");
        Files.writeString(file, "OPTIONS sip:${sut} SIP/2.0\r\nContent-Length: ${len}\r\n", StandardCharsets.UTF_8);
        assertEquals("OPTIONS sip:127.0.0.1:5060 SIP/2.0\r\nContent-Length: 0\r\n\r\n",
                new String(Template.load(file).render(variables, ENDPOINTS), StandardCharsets.UTF_8));
    }

    @Test
    void aMissingTemplateFileIsAnErrorNamingIt(@TempDir Path dir) {
        Path file = dir.resolve("missing.sip");
        Exception e = assertThrows(UncheckedIOException.class, () -> Template.load(file));
        assertTrue(e.getMessage().startsWith("cannot read template " + file), e.getMessage());
    }
}
