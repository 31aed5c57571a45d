package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 3261 §8.1.3.3: a response with more than one Via value never reaches the UAC's request. */
class ResponseDiscardTest {

    private SipStack stack;

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @DisplayName("§8.1.3.3: a 200 with two Via values is discarded; the 200 with one Via that follows completes the request")
    void twoViasAreDiscarded() throws Exception {
        UserAgent[] ua = new UserAgent[1];
        stack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0))
                .timers(TimerConfig.scaled(Duration.ofMillis(50)))
                .user(s -> ua[0] = new UserAgent(s, UaConfig.of("alice", "127.0.0.1", "127.0.0.1"))).build();
        try (DatagramSocket bob = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            bob.setSoTimeout(5000);
            CompletableFuture<SipResponse> done = ua[0].uac().send(ua[0].uac()
                    .newRequest(Methods.OPTIONS, SipUri.of("bob", "127.0.0.1", bob.getLocalPort())).build());
            DatagramPacket p = new DatagramPacket(new byte[8192], 8192);
            bob.receive(p);
            SipRequest options = (SipRequest) new SipMessageParser().parseDatagram(p.getData(), 0, p.getLength());
            SocketAddress back = p.getSocketAddress();

            byte[] twoVias = options.createResponse(200).addHeader(HeaderName.VIA, "SIP/2.0/UDP 192.0.2.7;branch=z9hG4bKx").build().toByteArray();
            bob.send(new DatagramPacket(twoVias, twoVias.length, back));
            assertFalse(done.isDone() || completesWithin(done, 300), "the response with two Via values was taken");

            byte[] oneVia = options.createResponse(200).build().toByteArray();
            bob.send(new DatagramPacket(oneVia, oneVia.length, back));
            assertEquals(1, done.get(5, TimeUnit.SECONDS).via().size());
        }
    }

    private static boolean completesWithin(CompletableFuture<?> f, long millis) throws Exception {
        try {
            f.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }
}
