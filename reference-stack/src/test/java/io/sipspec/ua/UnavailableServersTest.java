package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipUri;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 3261 §21.5.4: after a 503 with Retry-After the UA sends nothing to that server for that long. */
class UnavailableServersTest {

    private SipStack stack;

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @DisplayName("§21.5.4: a 503 with Retry-After: 60; the next request to the server fails with 503 without being sent")
    void noRequestDuringRetryAfter() throws Exception {
        UserAgent[] ua = new UserAgent[1];
        stack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0))
                .timers(TimerConfig.scaled(Duration.ofMillis(50)))
                .user(s -> ua[0] = new UserAgent(s, UaConfig.of("alice", "127.0.0.1", "127.0.0.1"))).build();
        try (DatagramSocket bob = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            bob.setSoTimeout(5000);
            SipUri target = SipUri.of("bob", "127.0.0.1", bob.getLocalPort());
            var first = ua[0].uac().send(ua[0].uac().newRequest(Methods.OPTIONS, target).build());
            DatagramPacket p = new DatagramPacket(new byte[8192], 8192);
            bob.receive(p);
            SipRequest options = (SipRequest) new SipMessageParser().parseDatagram(p.getData(), 0, p.getLength());
            byte[] busy = options.createResponse(503).header(HeaderName.RETRY_AFTER, "60").build().toByteArray();
            bob.send(new DatagramPacket(busy, busy.length, p.getSocketAddress()));
            assertEquals(503, first.get(5, TimeUnit.SECONDS).statusCode());

            var second = ua[0].uac().send(ua[0].uac().newRequest(Methods.OPTIONS, target).build());

            assertEquals(503, second.get(5, TimeUnit.SECONDS).statusCode());
            bob.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, () -> {
                DatagramPacket q = new DatagramPacket(new byte[8192], 8192);
                while (true) {
                    bob.receive(q);
                    SipRequest r = (SipRequest) new SipMessageParser().parseDatagram(q.getData(), 0, q.getLength());
                    if (!r.topVia().branch().equals(options.topVia().branch())) {
                        return;
                    }
                }
            }, "a request was sent during the Retry-After");
        }
    }
}
