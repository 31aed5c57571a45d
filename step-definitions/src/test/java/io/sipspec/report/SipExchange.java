package io.sipspec.report;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds small SIP exchanges between the tester's "alice" and the device, as WireEvents. */
final class SipExchange {

    static final Instant START = Instant.parse("2026-11-23T06:00:00Z");

    private final WireEvent.Transport transport;
    private final InetSocketAddress alice;
    private final InetSocketAddress device;
    private final List<WireEvent> events = new ArrayList<>();
    private Instant time;

    SipExchange(WireEvent.Transport transport, InetSocketAddress alice, InetSocketAddress device, Instant start) {
        this.transport = transport;
        this.alice = alice;
        this.device = device;
        this.time = start;
    }

    static InetSocketAddress address(String ip, int port) {
        try {
            return new InetSocketAddress(InetAddress.getByName(ip), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(ip, e);
        }
    }

    SipExchange sent(String message, long afterMillis) {
        return add(message, afterMillis, alice, device, WireEvent.Direction.SENT);
    }

    SipExchange received(String message, long afterMillis) {
        return add(message, afterMillis, device, alice, WireEvent.Direction.RECEIVED);
    }

    List<WireEvent> events() {
        return List.copyOf(events);
    }

    private SipExchange add(String message, long afterMillis, InetSocketAddress from, InetSocketAddress to,
                            WireEvent.Direction direction) {
        time = time.plus(Duration.ofMillis(afterMillis));
        events.add(new WireEvent(time, transport, from, to, message.getBytes(StandardCharsets.UTF_8), direction,
                "alice"));
        return this;
    }

    /** INVITE, 100, 180, 200, ACK, BYE, 200 on {@code transport} between the two addresses. */
    static SipExchange call(WireEvent.Transport transport, InetSocketAddress alice, InetSocketAddress device,
                            Instant start) {
        String host = Endpoints.text(alice);
        String dev = Endpoints.text(device);
        String invite = request("INVITE", 1, transport, host, dev, "z9hG4bK-1", "v=0\r\n");
        return new SipExchange(transport, alice, device, start)
                .sent(invite, 0)
                .received(response(100, "Trying", "INVITE", 1, transport, host, "z9hG4bK-1"), 2)
                .received(response(180, "Ringing", "INVITE", 1, transport, host, "z9hG4bK-1"), 30)
                .received(response(200, "OK", "INVITE", 1, transport, host, "z9hG4bK-1"), 500)
                .sent(request("ACK", 1, transport, host, dev, "z9hG4bK-2", ""), 3)
                .sent(request("BYE", 2, transport, host, dev, "z9hG4bK-3", ""), 1000)
                .received(response(200, "OK", "BYE", 2, transport, host, "z9hG4bK-3"), 4);
    }

    static String request(String method, int cseq, WireEvent.Transport transport, String from, String to,
                          String branch, String body) {
        return method + " sip:device@" + to + " SIP/2.0\r\n"
                + "Via: SIP/2.0/" + transport + " " + from + ";branch=" + branch + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: Alice <sip:alice@" + from + ">;tag=a1\r\n"
                + "To: <sip:device@" + to + ">\r\n"
                + "Call-ID: call-1@example.test\r\n"
                + "CSeq: " + cseq + " " + method + "\r\n"
                + "Contact: <sip:alice@" + from + ">\r\n"
                + (body.isEmpty() ? "" : "Content-Type: application/sdp\r\n")
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    static String response(int code, String reason, String method, int cseq, WireEvent.Transport transport,
                           String from, String branch) {
        return "SIP/2.0 " + code + " " + reason + "\r\n"
                + "Via: SIP/2.0/" + transport + " " + from + ";branch=" + branch + "\r\n"
                + "From: Alice <sip:alice@" + from + ">;tag=a1\r\n"
                + "To: <sip:device@example.test>" + (code > 100 ? ";tag=d1" : "") + "\r\n"
                + "Call-ID: call-1@example.test\r\n"
                + "CSeq: " + cseq + " " + method + "\r\n"
                + "Content-Length: 0\r\n\r\n";
    }
}
