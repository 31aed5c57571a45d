package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 3261 §21.3.4: after a 305 the UAC sends the same request again through the proxy its Contact names. */
class UseProxyTest {

    private SipStack stack;

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    private static SipRequest receive(DatagramSocket s, DatagramPacket p) throws Exception {
        s.receive(p);
        return (SipRequest) new SipMessageParser().parseDatagram(p.getData(), 0, p.getLength());
    }

    @Test
    @DisplayName("§21.3.4: a 305 naming a proxy: the same Request-URI is sent to the proxy, with it as a loose Route, CSeq + 1")
    void sendsTheRequestThroughTheProxy() throws Exception {
        UserAgent[] ua = new UserAgent[1];
        stack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0))
                .timers(TimerConfig.scaled(Duration.ofMillis(50)))
                .user(s -> ua[0] = new UserAgent(s, UaConfig.of("alice", "127.0.0.1", "127.0.0.1"))).build();
        try (DatagramSocket bob = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket proxy = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            bob.setSoTimeout(5000);
            proxy.setSoTimeout(5000);
            SipUri target = SipUri.of("bob", "127.0.0.1", bob.getLocalPort());
            ua[0].uac().send(ua[0].uac().newRequest(Methods.OPTIONS, target).build());
            DatagramPacket p = new DatagramPacket(new byte[8192], 8192);
            SipRequest first = receive(bob, p);
            byte[] useProxy = first.createResponse(305).header(HeaderName.CONTACT, "<sip:127.0.0.1:" + proxy.getLocalPort() + ">")
                    .build().toByteArray();
            bob.send(new DatagramPacket(useProxy, useProxy.length, p.getSocketAddress()));

            SipRequest viaProxy = receive(proxy, new DatagramPacket(new byte[8192], 8192));

            assertEquals(target, viaProxy.requestUri());
            assertEquals("<sip:127.0.0.1:" + proxy.getLocalPort() + ";lr>", viaProxy.headerValue(HeaderName.ROUTE));
            assertEquals(first.cseq().sequence() + 1, viaProxy.cseq().sequence());
        }
    }
}
