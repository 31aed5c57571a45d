package io.sipspec.device;

import io.sipspec.message.Methods;
import io.sipspec.message.SipUri;
import io.sipspec.server.ReferenceServer;
import io.sipspec.ua.UserAgent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;

/**
 * Runs the embedded UAC's request path once per JVM before the first UAC scenario, so that scenarios measuring its
 * retransmission intervals see the stack in its steady state, not the JIT compiling and classes loading (tens of
 * milliseconds on the first request, a large share of a scaled T1 of 50 ms).
 */
final class Warmup {

    private static boolean done;

    private Warmup() {
    }

    static synchronized void once() {
        if (done) {
            return;
        }
        done = true;
        try (ReferenceServer server = ReferenceServer.start("--role=uas", "--listen=udp:127.0.0.1:0", "--t1=20", "--faults=");
             DatagramSocket sink = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            UserAgent ua = (UserAgent) server.element();
            SipUri target = SipUri.of("warmup", "127.0.0.1", sink.getLocalPort());
            sink.setSoTimeout(1000);
            ua.uac().send(ua.uac().newRequest(Methods.OPTIONS, target).build());
            ua.uac().call(target);
            // The first transmissions and a retransmission of each request, at most a second each.
            for (int i = 0; i < 4; i++) {
                sink.receive(new DatagramPacket(new byte[8192], 8192));
            }
        } catch (SocketTimeoutException e) {
            // Warm enough: the scenarios measure and report what they see.
        } catch (IOException e) {
            throw new UncheckedIOException("warming up the embedded UAC: " + e.getMessage(), e);
        }
    }
}
