package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.sipspec.message.Address;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.server.ReferenceServer;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * RFC 3261 §8.1.3.4: a reference UA calls users registered at the reference redirect server, and recurses on its 3xx
 * to their contacts (other reference UAs on 127.0.0.1, T1 = 50 ms).
 */
class RedirectRecursionTest {

    private static final TimerConfig FAST = TimerConfig.scaled(Duration.ofMillis(50));

    private final List<SipStack> stacks = new ArrayList<>();
    private final Recorder aliceLog = new Recorder();
    private ReferenceServer redirect;
    private ReferenceServer otherRedirect;
    private UserAgent alice;

    @BeforeEach
    void start() {
        redirect = ReferenceServer.start("--role=redirect", "--listen=udp:127.0.0.1:0", "--domain=127.0.0.1", "--t1=50");
        alice = ua(UaConfig.of("alice", "127.0.0.1", "127.0.0.1"), aliceLog);
    }

    @AfterEach
    void stop() {
        stacks.forEach(SipStack::close);
        if (redirect != null) {
            redirect.close();
        }
        if (otherRedirect != null) {
            otherRedirect.close();
        }
    }

    private UserAgent ua(UaConfig config, Recorder log) {
        UserAgent[] ua = new UserAgent[1];
        stacks.add(SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST).log(log)
                .user(s -> ua[0] = new UserAgent(s, config)).build());
        return ua[0];
    }

    private static int port(ReferenceServer server) {
        return server.listeningPoints().get(0).address().getPort();
    }

    /** {@code user}'s address-of-record at the redirect server, which is also where its requests go. */
    private SipUri at(String user) {
        return at(user, redirect);
    }

    private static SipUri at(String user, ReferenceServer server) {
        return SipUri.of(user, "127.0.0.1", port(server));
    }

    /**
     * A third-party REGISTER from Alice (§10.2: "a third party registration"): binds {@link #at user} to
     * {@code contacts} (with q values) for 60 s. The address-of-record has the server's port, so that requests sent to
     * it, which have that port in their Request-URI, find the bindings (§10.3's canonical form keeps the port).
     */
    private void bind(String user, String contacts) throws Exception {
        bind(redirect, user, contacts);
    }

    private void bind(ReferenceServer server, String user, String contacts) throws Exception {
        SipRequest register = alice.uac().newRequest(Methods.REGISTER, SipUri.of(null, "127.0.0.1", port(server)))
                .header(SipHeaders.TO, Address.of(at(user, server)))
                .header(HeaderName.CONTACT, contacts)
                .header(HeaderName.EXPIRES, "60")
                .build();
        assertEquals(200, await(alice.uac().send(register)).statusCode());
    }

    /** The calls {@code ua} answered, read on its event loop (after the task that sent its 2xx). */
    private static long answered(UserAgent ua) throws Exception {
        return ua.stack().executor().submit(ua::callsAnswered).get(5, TimeUnit.SECONDS);
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        return f.get(5, TimeUnit.SECONDS);
    }

    @Test
    @DisplayName("§8.1.3.4: Bob registered at the redirect server; Alice's INVITE gets 302 and she calls Bob's contact")
    void followsTheRedirectToTheRegisteredContact() throws Exception {
        UserAgent bob = ua(UaConfig.of("bob", "127.0.0.1", "127.0.0.1"), new Recorder());
        bind("bob", "<" + bob.uac().contact().uri() + ">");

        OutgoingCall call = alice.uac().call(at("bob"));
        await(call.established());

        assertEquals(1, aliceLog.responses(302, Methods.INVITE).size());
        assertEquals(bob.uac().contact().uri(), call.invite().requestUri());
        assertEquals(1L, answered(bob));
        call.hangup();
        assertEquals(200, await(call.ended()).statusCode());
    }

    @Test
    @DisplayName("§8.1.3.4: a contact already tried is not tried again: a 302 naming the first target leads on to the next contact")
    void aContactAlreadyTriedIsNotTriedAgain() throws Exception {
        UserAgent bob = ua(UaConfig.of("bob", "127.0.0.1", "127.0.0.1"), new Recorder());
        // Carol's contact is at a second redirect server, which sends callers back to the first (preferred) or to Bob:
        // the UAC, which tried the first already, goes on to Bob.
        otherRedirect = ReferenceServer.start("--role=redirect", "--listen=udp:127.0.0.1:0", "--domain=127.0.0.1", "--t1=50");
        SipUri loop = at("carol", otherRedirect);
        bind("carol", "<" + loop + ">");
        bind(otherRedirect, "carol", "<" + at("carol") + ">;q=1.0, <" + bob.uac().contact().uri() + ">;q=0.5");

        OutgoingCall call = alice.uac().call(at("carol"));
        await(call.established());

        // 302 from the first server; §21.3.1 300 (Multiple Choices) from the other, naming the first and Bob
        List<SipResponse> moved = aliceLog.responses(302, Methods.INVITE);
        List<SipResponse> choices = aliceLog.responses(300, Methods.INVITE);
        assertEquals(1, moved.size(), "the first server was asked once");
        assertEquals(1, choices.size(), "the INVITE sent to " + loop + " is redirected");
        assertEquals(List.of(at("carol"), bob.uac().contact().uri()), choices.get(0).contacts().stream().map(Address::uri).toList());
        assertEquals(bob.uac().contact().uri(), call.invite().requestUri());
        // three INVITEs in all, each a new request with the next CSeq: Carol's AOR, her contact at the other server, Bob
        assertEquals(moved.get(0).cseq().sequence() + 2, call.invite().cseq().sequence());
        assertEquals(1L, answered(bob));
        call.hangup();
        await(call.ended());
    }

    @Test
    @DisplayName("§8.1.3.4: when every contact fails, the call fails with the last failure")
    void allContactsFail() throws Exception {
        UserAgent busy = ua(UaConfig.of("bob", "127.0.0.1", "127.0.0.1").withRing(0, 486), new Recorder());
        UserAgent declining = ua(UaConfig.of("carol", "127.0.0.1", "127.0.0.1").withRing(0, 603), new Recorder());
        bind("dave", "<" + busy.uac().contact().uri() + ">;q=1.0, <" + declining.uac().contact().uri() + ">;q=0.5");

        OutgoingCall call = alice.uac().call(at("dave"));

        assertEquals(603, await(call.ended()).statusCode());
        ExecutionException e = assertThrows(ExecutionException.class, () -> await(call.established()));
        assertEquals(603, assertInstanceOf(CallFailedException.class, e.getCause()).response().statusCode());
        assertEquals(1, aliceLog.responses(486, Methods.INVITE).size(), "the first contact was tried and was busy");
        assertEquals(declining.uac().contact().uri(), call.invite().requestUri());
    }
}
