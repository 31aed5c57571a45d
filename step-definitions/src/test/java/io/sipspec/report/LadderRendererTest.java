package io.sipspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LadderRendererTest {

    private static final WireEvent.Transport UDP = WireEvent.Transport.UDP;
    private static final InetSocketAddress ALICE = SipExchange.address("127.0.0.1", 5070);
    private static final InetSocketAddress BOB = SipExchange.address("127.0.0.1", 5080);
    private static final InetSocketAddress DEVICE = SipExchange.address("127.0.0.1", 5060);
    private static final PartyNames NAMES = PartyNames.empty().with(ALICE, "alice").with(DEVICE, "device")
            .with(BOB, "bob");

    /** alice calls bob through the device; the INVITE is retransmitted once; the device sends bob some garbage. */
    private static List<WireEvent> proxiedCall() {
        String invite = SipExchange.request("INVITE", 1, UDP, "127.0.0.1:5070", "127.0.0.1:5060", "z9hG4bK-1",
                "v=0\r\no=alice 1 1 IN IP4 127.0.0.1\r\n");
        String forwarded = invite.replace("Max-Forwards: 70", "Max-Forwards: 69");
        List<WireEvent> events = new ArrayList<>();
        Instant t = SipExchange.START;
        events.add(event(t, ALICE, DEVICE, invite, WireEvent.Direction.SENT, "alice"));
        events.add(event(t.plusMillis(1), DEVICE, ALICE,
                SipExchange.response(100, "Trying", "INVITE", 1, UDP, "127.0.0.1:5070", "z9hG4bK-1"),
                WireEvent.Direction.RECEIVED, "alice"));
        events.add(event(t.plusMillis(3), DEVICE, BOB, forwarded, WireEvent.Direction.RECEIVED, "bob"));
        events.add(event(t.plusMillis(503), DEVICE, BOB, forwarded, WireEvent.Direction.RECEIVED, "bob"));
        events.add(event(t.plusMillis(540), BOB, DEVICE,
                SipExchange.response(180, "Ringing", "INVITE", 1, UDP, "127.0.0.1:5070", "z9hG4bK-1"),
                WireEvent.Direction.SENT, "bob"));
        events.add(event(t.plusMillis(541), DEVICE, ALICE,
                SipExchange.response(180, "Ringing", "INVITE", 1, UDP, "127.0.0.1:5070", "z9hG4bK-1"),
                WireEvent.Direction.RECEIVED, "alice"));
        events.add(event(t.plusMillis(900), DEVICE, BOB, "HELLO <there>\u0000\r\n\r\n",
                WireEvent.Direction.RECEIVED, "bob"));
        events.add(event(t.plusMillis(1200), ALICE, DEVICE, "\r\n\r\n", WireEvent.Direction.SENT, "alice"));
        return events;
    }

    private static WireEvent event(Instant time, InetSocketAddress from, InetSocketAddress to, String message,
                                   WireEvent.Direction direction, String peer) {
        return new WireEvent(time, UDP, from, to, message.getBytes(StandardCharsets.UTF_8), direction, peer);
    }

    private static String render(List<WireEvent> events) {
        return new LadderRenderer(NAMES).render("Proxy <forwards> an INVITE",
                "RFC 3261 §16.6: \"The proxy MUST decrement the Max-Forwards value by one.\"", events);
    }

    @Test
    void oneColumnPerPartyInTheOrderTheyWereNamed() {
        String html = render(proxiedCall());
        assertEquals(List.of("alice", "device", "bob"), all(html, "<text class=\"name\"[^>]*>([^<]*)</text>"));
    }

    @Test
    void oneArrowPerMessageInTimeOrderWithItsLabelAndRelativeTime() {
        List<WireEvent> shuffled = new ArrayList<>(proxiedCall());
        Collections.shuffle(shuffled, new Random(7));
        String html = render(shuffled);
        assertEquals(List.of("INVITE", "100 Trying", "INVITE", "\u21bb INVITE", "180 Ringing", "180 Ringing",
                "malformed", "keep-alive (CRLF)"), all(html, "<text class=\"label\"[^>]*>([^<]*)</text>"));
        assertEquals(List.of("+0.000 s", "+0.001 s", "+0.003 s", "+0.503 s", "+0.540 s", "+0.541 s", "+0.900 s",
                "+1.200 s"), all(html, "<text class=\"time\"[^>]*>([^<]*)</text>"));
    }

    @Test
    void arrowsGoFromTheSenderColumnToTheReceiverColumn() {
        String html = render(proxiedCall());
        // columns: 0 alice, 1 device, 2 bob
        assertEquals(List.of("0 1", "1 0", "1 2", "1 2", "2 1", "1 0", "1 2", "0 1"),
                all(html, "<g class=\"arrow\" (data-from=\"\\d\" data-to=\"\\d\")>").stream()
                        .map(a -> a.replaceAll("[^\\d ]", "").trim()).toList());
        List<String> x1 = all(html, "<g class=\"arrow\"[^>]*><line x1=\"(\\d+)\"");
        List<String> x2 = all(html, "<g class=\"arrow\"[^>]*><line [^>]* x2=\"(\\d+)\"");
        assertEquals(List.of("200", "400"), x1.subList(0, 2), "from alice's centre, from the device's centre");
        assertEquals(List.of("389", "211"), x2.subList(0, 2), "to just before the arrowhead at the other centre");
    }

    @Test
    void messagesAreEscapedAndRevealedInFull() {
        List<WireEvent> events = proxiedCall();
        String html = render(events);
        assertFalse(html.contains("<sip:"), "an unescaped SIP URI would be parsed as an element");
        assertFalse(html.contains("<forwards>"));
        assertFalse(html.contains("<there>"));
        assertTrue(html.contains("From: Alice &lt;sip:alice@127.0.0.1:5070&gt;;tag=a1\n"));
        assertTrue(html.contains("<h1>Proxy &lt;forwards&gt; an INVITE</h1>"));
        assertTrue(html.contains("§16.6: &quot;The proxy MUST"));
        assertTrue(html.contains("HELLO &lt;there&gt;\\x00\n"), "a NUL byte is shown, not swallowed");
        assertTrue(html.contains("\nnot a SIP message: "), "why the bytes are malformed");
        assertEquals(events.size(), count(html, "<details class=\"message "));
        assertEquals(events.size(), count(html, "<pre>"));
        assertTrue(html.contains("Max-Forwards: 69"));
    }

    @Test
    void retransmissionsMalformedMessagesAndKeepAlivesAreMarked() {
        String html = render(proxiedCall());
        assertEquals(List.of("request", "response", "request", "request retransmission", "response", "response",
                "malformed", "keepalive"), all(html, "<details class=\"message ([^\"]*)\""));
        assertTrue(html.contains("retransmission #1"));
    }

    @Test
    void theSelfContainedPageLoadsNothing() {
        String html = render(proxiedCall());
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.matches("(?s).*(src|href)=.*"));
        assertFalse(html.contains("url("));
    }

    @ParameterizedTest(name = "{0} columns, {1} messages")
    @CsvSource({"2, 1", "2, 200", "3, 7", "6, 1", "6, 200"})
    void everyArrowStaysInsideTheLadder(int parties, int messages) {
        String html = new LadderRenderer(scaleNames(parties)).render("scale", "", scaleEvents(parties, messages));

        int columns = 1 + Math.min(parties - 1, (messages + 1) / 2);
        int width = 100 + 200 * columns;
        assertEquals(columns, count(html, "<g class=\"party\">"));
        assertEquals(messages, count(html, "<details class=\"message "));
        assertTrue(html.contains("<div class=\"ladder\" style=\"width:" + width + "px\">"));
        for (String x : all(html, "<(?:line|polygon)[^>]* (?:x\\d|points)=\"(\\d+)")) {
            assertTrue(Integer.parseInt(x) > 100 && Integer.parseInt(x) < width, "x " + x + " outside " + width);
        }
        for (String label : all(html, "<text class=\"(?:name|label)\"[^>]*>([^<]*)</text>")) {
            assertTrue(unescape(label).length() <= 26, "label too long for its column: " + label);
        }
    }

    /** The device and {@code parties - 1} others, with long names. */
    private static PartyNames scaleNames(int parties) {
        PartyNames names = PartyNames.empty();
        for (int i = 0; i < parties; i++) {
            names = names.with(SipExchange.address("127.0.0.1", 5060 + i),
                    i == 0 ? "device" : "party-with-a-rather-long-name-" + i);
        }
        return names;
    }

    /** OPTIONS and 200 between the device and each other party in turn, 10 ms apart. */
    private static List<WireEvent> scaleEvents(int parties, int messages) {
        List<WireEvent> events = new ArrayList<>();
        InetSocketAddress device = SipExchange.address("127.0.0.1", 5060);
        for (int m = 0; m < messages; m++) {
            int peer = 1 + m / 2 % (parties - 1);
            InetSocketAddress other = SipExchange.address("127.0.0.1", 5060 + peer);
            boolean toDevice = m % 2 == 0;
            String message = toDevice
                    ? SipExchange.request("OPTIONS", m, UDP, "127.0.0.1:" + (5060 + peer), "127.0.0.1:5060", "b" + m, "")
                    : SipExchange.response(200, "OK", "OPTIONS", m - 1, UDP, "127.0.0.1:" + (5060 + peer), "b" + m);
            events.add(event(SipExchange.START.plusMillis(10L * m), toDevice ? other : device,
                    toDevice ? device : other, message,
                    toDevice ? WireEvent.Direction.SENT : WireEvent.Direction.RECEIVED, "p" + peer));
        }
        return events;
    }

    @Test
    void writesAnExamplePageToLookAt() throws Exception {
        Path big = Path.of("target", "ladder-example-6x200.html");
        new LadderRenderer(scaleNames(6)).write(big, "6 parties, 200 messages", "", scaleEvents(6, 200));
        assertEquals(200, count(Files.readString(big), "<details class=\"message "));
        Path file = Path.of("target", "ladder-example.html");
        new LadderRenderer(NAMES).write(file, "Proxy <forwards> an INVITE",
                "RFC 3261 §16.6: \"The proxy MUST decrement the Max-Forwards value by one.\"", proxiedCall());
        assertEquals(render(proxiedCall()), Files.readString(file));
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static int count(String text, String literal) {
        return text.split(Pattern.quote(literal), -1).length - 1;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
