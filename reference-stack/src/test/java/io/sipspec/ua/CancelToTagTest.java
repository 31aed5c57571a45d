package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.sipspec.message.SipResponse;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 3261 §9.2: the 200 to a CANCEL and the 487 to the INVITE it cancels carry the same To tag. */
class CancelToTagTest {

    private SipStack stack;

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private static String request(String method, int cseq, int localPort, int uasPort) {
        return method + " sip:bob@127.0.0.1:" + uasPort + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:" + localPort + ";branch=z9hG4bKcancel1\r\n"
                + "Max-Forwards: 70\r\n"
                + "To: <sip:bob@127.0.0.1:" + uasPort + ">\r\n"
                + "From: <sip:alice@127.0.0.1:" + localPort + ">;tag=a1\r\n"
                + "Call-ID: cancel-to-tag@127.0.0.1\r\n"
                + "CSeq: " + cseq + " " + method + "\r\n"
                + (method.equals("INVITE") ? "Contact: <sip:alice@127.0.0.1:" + localPort + ">\r\n" : "")
                + "Content-Length: 0\r\n\r\n";
    }

    private static SipResponse receive(DatagramSocket s, int status) throws Exception {
        while (true) {
            DatagramPacket p = new DatagramPacket(new byte[8192], 8192);
            s.receive(p);
            SipResponse r = (SipResponse) new SipMessageParser().parseDatagram(p.getData(), 0, p.getLength());
            if (r.statusCode() == status) {
                return r;
            }
        }
    }

    @Test
    @DisplayName("§9.2: a ringing INVITE is cancelled: the 200 to the CANCEL has the To tag of the 180 and the 487")
    void sameToTag() throws Exception {
        stack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0))
                .timers(TimerConfig.scaled(Duration.ofMillis(50)))
                .user(s -> new UserAgent(s, UaConfig.of("bob", "127.0.0.1", "127.0.0.1").withRing(10_000, 200))).build();
        int uas = stack.transport().localAddress(TransportType.UDP).getPort();
        try (DatagramSocket alice = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            alice.setSoTimeout(5000);
            InetSocketAddress to = new InetSocketAddress("127.0.0.1", uas);
            byte[] invite = request("INVITE", 1, alice.getLocalPort(), uas).getBytes(StandardCharsets.UTF_8);
            alice.send(new DatagramPacket(invite, invite.length, to));
            String ringingTag = receive(alice, 180).to().tag();
            byte[] cancel = request("CANCEL", 1, alice.getLocalPort(), uas).getBytes(StandardCharsets.UTF_8);
            alice.send(new DatagramPacket(cancel, cancel.length, to));

            SipResponse ok = receive(alice, 200);
            SipResponse terminated = receive(alice, 487);

            assertNotNull(ringingTag);
            assertEquals("CANCEL", ok.cseq().method());
            assertEquals(terminated.to().tag(), ok.to().tag());
            assertEquals(ringingTag, ok.to().tag());
        }
    }
}
