package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.auth.DigestClient;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.registrar.AddressOfRecord;
import io.sipspec.registrar.Binding;
import io.sipspec.server.ReferenceServer;
import io.sipspec.server.RegistrarElement;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * RFC 3261 §10.2: a reference UA registers at the reference registrar (Digest, bindings of 2 s at least), refreshes its
 * binding before it expires, and removes it.
 */
class RegistrationTest {

    private final Recorder log = new Recorder();
    private ReferenceServer registrar;
    private SipStack stack;
    private UserAgent alice;

    @BeforeEach
    void start() {
        registrar = ReferenceServer.start("--role=registrar", "--listen=udp:127.0.0.1:0", "--domain=127.0.0.1",
                "--users=alice:secret", "--t1=50", "--expires.min=2", "--expires.default=2");
        UserAgent[] a = new UserAgent[1];
        UaConfig config = UaConfig.of("alice", "127.0.0.1", "127.0.0.1").withCredentials(DigestClient.of("alice", "secret"));
        stack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0))
                .timers(TimerConfig.scaled(Duration.ofMillis(50))).log(log).user(s -> a[0] = new UserAgent(s, config)).build();
        alice = a[0];
    }

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
        if (registrar != null) {
            registrar.close();
        }
    }

    private Registration registration() {
        return alice.uac().registration(SipUri.of(null, "127.0.0.1", registrar.listeningPoints().get(0).address().getPort()));
    }

    private List<Binding> bindings() {
        return ((RegistrarElement) registrar.element()).locations().lookup(AddressOfRecord.of(SipUri.of("alice", "127.0.0.1", -1)));
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(5, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("§10.2: REGISTER, 401, REGISTER with credentials, 200 listing the binding; §10.2.4: refreshed before it expires")
    void registersWithDigestAndRefreshes() throws Exception {
        Registration r = registration();
        // A 4 s binding is refreshed at 2 s: the margin absorbs a loaded CI machine (the whole exchange, challenge
        // included, has to complete before the binding expires).
        SipResponse ok = await(r.register(4));
        long registeredAt = System.nanoTime();
        CompletableFuture<SipResponse> refresh = r.nextRefresh();

        assertEquals(200, ok.statusCode());
        assertEquals(1, log.responses(401, Methods.REGISTER).size(), "the registrar challenged the first REGISTER");
        assertEquals(4, r.granted());
        assertTrue(ok.contacts().stream().anyMatch(c -> c.uri().equals(alice.uac().contact().uri())), ok.toString());
        assertEquals(List.of(alice.uac().contact().uri()), bindings().stream().map(Binding::uri).toList());

        SipResponse refreshed = await(refresh);
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - registeredAt);
        assertEquals(200, refreshed.statusCode());
        assertTrue(elapsedMillis < 4000, "the refresh came " + elapsedMillis + " ms after a 4 s binding");
        // §10.2: "A UA SHOULD use the same Call-ID for all registrations during a single boot cycle", CSeq one up
        assertEquals(ok.callId(), refreshed.callId());
        assertTrue(refreshed.cseq().sequence() > ok.cseq().sequence());
        assertEquals(1, bindings().size());
    }

    @Test
    @DisplayName("§10.2.2: unregistering (Expires: 0) gets 200 and the binding is gone")
    void unregisters() throws Exception {
        Registration r = registration();
        assertEquals(200, await(r.register(60)).statusCode());
        assertEquals(1, bindings().size());

        SipResponse ok = await(r.unregister());

        assertEquals(200, ok.statusCode());
        assertEquals(List.of(), bindings());
        assertEquals(-1, r.granted());
    }

    @Test
    @DisplayName("§10.2: a registrar URI given with a user part is registered at without its userinfo")
    void requestUriHasNoUserinfo() throws Exception {
        int port = registrar.listeningPoints().get(0).address().getPort();
        Registration r = alice.uac().registration(SipUri.of("bob", "127.0.0.1", port));

        assertEquals(SipUri.of(null, "127.0.0.1", port), r.registrar());
        assertEquals(200, await(r.register(60)).statusCode());
    }

    @Test
    @DisplayName("§10.2: the removal asked for while the REGISTER has no final response waits for it")
    void oneRegistrationAtATime() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            silent.setSoTimeout(300);
            Registration r = alice.uac().registration(SipUri.of(null, "127.0.0.1", silent.getLocalPort()));
            r.register(60);
            DatagramPacket p = new DatagramPacket(new byte[8192], 8192);
            silent.receive(p);
            SipRequest first = (SipRequest) new SipMessageParser().parseDatagram(p.getData(), 0, p.getLength());
            CompletableFuture<SipResponse> removal = r.unregister();
            // Only retransmissions of the first REGISTER (its branch) until it is answered.
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < until) {
                try {
                    silent.receive(p);
                } catch (SocketTimeoutException e) {
                    break;
                }
                SipRequest again = (SipRequest) new SipMessageParser().parseDatagram(p.getData(), 0, p.getLength());
                assertEquals(first.topVia().branch(), again.topVia().branch(), "a new REGISTER before the first was answered");
            }
            byte[] ok = first.createResponse(200).build().toByteArray();
            silent.send(new DatagramPacket(ok, ok.length, p.getSocketAddress()));
            silent.setSoTimeout(5000);
            SipRequest second;
            do {
                silent.receive(p);
                second = (SipRequest) new SipMessageParser().parseDatagram(p.getData(), 0, p.getLength());
            } while (second.topVia().branch().equals(first.topVia().branch()));
            assertEquals("0", second.headerValue(HeaderName.EXPIRES));
            assertEquals(first.cseq().sequence() + 1, second.cseq().sequence());
            byte[] ok2 = second.createResponse(200).build().toByteArray();
            silent.send(new DatagramPacket(ok2, ok2.length, p.getSocketAddress()));
            assertEquals(200, await(removal).statusCode());
        }
    }

    @Test
    @DisplayName("§10.2.8: a 1 s binding gets 423 with Min-Expires: 2; the UA retries with 2 s and gets 200")
    void intervalTooBrief() throws Exception {
        Registration r = registration();

        SipResponse ok = await(r.register(1));

        assertEquals(200, ok.statusCode());
        List<SipResponse> tooBrief = log.responses(423, Methods.REGISTER);
        assertEquals(1, tooBrief.size());
        assertEquals("2", tooBrief.get(0).headerValue("Min-Expires"));
        assertEquals(2, r.granted());
        assertEquals(1, bindings().size());
    }
}
