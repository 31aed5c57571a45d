package io.sipspec.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sipspec.auth.DigestClient;
import io.sipspec.dialog.Dialog;
import io.sipspec.message.Address;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.ua.OutgoingCall;
import io.sipspec.ua.UaConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reference UA through Kamailio 5.6 (Debian package kamailio), over UDP on 127.0.0.1: alice and bob register
 * with Digest, alice calls bob through Kamailio, which record-routes, and the BYE follows the route set. The
 * configuration is src/test/resources/interop/kamailio/kamailio.cfg, written to a temporary folder with its port.
 */
class KamailioInteropTest {

    private static final String PASSWORD = "secret";

    private Path dir;
    private int port;
    private ExternalProcess kamailio;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(ExternalProcess.installed("kamailio"), "kamailio is not installed (apt-get install kamailio); .ci/run installs it");
        dir = Files.createTempDirectory("sipspec-kamailio");
        port = LocalUa.freeUdpPort();
        Path cfg = dir.resolve("kamailio.cfg");
        Files.writeString(cfg, config().replace("@PORT@", Integer.toString(port)).replace("@RUNDIR@", dir.toString())
                .replace("@PASSWORD@", PASSWORD));
        String exe = ExternalProcess.which("kamailio");
        try (ExternalProcess check = ExternalProcess.start("kamailio-check", List.of(exe, "-c", "-f", cfg.toString()))) {
            assertEquals(0, check.waitFor(20), "kamailio -c rejects the configuration:\n" + check.output());
        }
        kamailio = ExternalProcess.start("kamailio", List.of(exe, "-f", cfg.toString(), "-DD", "-E", "-m", "64", "-M", "8"));
    }

    @AfterEach
    void stop() throws Exception {
        if (kamailio != null) {
            kamailio.close();
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String config() throws IOException {
        try (InputStream in = KamailioInteropTest.class.getResourceAsStream("/interop/kamailio/kamailio.cfg")) {
            assertTrue(in != null, "interop/kamailio/kamailio.cfg is missing from the test resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private SipUri kamailioUri() {
        return SipUri.of(null, "127.0.0.1", port);
    }

    private static UaConfig user(String name) {
        return UaConfig.of(name, "127.0.0.1", "127.0.0.1").withCredentials(DigestClient.of(name, PASSWORD));
    }

    /** Kamailio is ready when it answers an OPTIONS with 200: at most 10 s, one OPTIONS at a time. */
    private void awaitReady(LocalUa ua) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int last = 0;
        while (System.nanoTime() - deadline < 0) {
            assertTrue(kamailio.isAlive(), "kamailio exited:\n" + kamailio.output());
            CompletableFuture<SipResponse> f = ua.ua().uac().send(ua.ua().uac().newRequest(Methods.OPTIONS, kamailioUri()).build());
            try {
                SipResponse r = f.get(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())), TimeUnit.MILLISECONDS);
                last = r.statusCode();
                if (last == 200) {
                    return;
                }
            } catch (TimeoutException e) {
                break;
            }
        }
        throw new AssertionError("kamailio did not answer OPTIONS with 200 within 10 s (last status " + last + "):\n"
                + kamailio.output());
    }

    @Test
    @DisplayName("alice and bob register with Kamailio (Digest); alice calls bob through it; the BYE follows the Record-Route")
    void callThroughKamailio() throws Exception {
        try (LocalUa alice = new LocalUa(user("alice")); LocalUa bob = new LocalUa(user("bob"))) {
            awaitReady(alice);

            for (LocalUa ua : List.of(alice, bob)) {
                SipResponse ok = ua.ua().uac().registration(kamailioUri()).register(3600).get(10, TimeUnit.SECONDS);
                assertEquals(200, ok.statusCode(), () -> ok + "\n" + kamailio.output());
            }
            // The first REGISTER of each was challenged: Kamailio demands Digest (RFC 3261 §22.2).
            assertEquals(2, alice.responses(r -> r.statusCode() == 401).size() + bob.responses(r -> r.statusCode() == 401).size(),
                    "each UA's first REGISTER is challenged with 401");

            // Kamailio is the target of the Request-URI (an outbound proxy); it finds bob's binding (lookup) and
            // relays the INVITE there.
            OutgoingCall call = alice.ua().uac().call(SipUri.of("bob", "127.0.0.1", port));
            Dialog dialog = call.established().get(10, TimeUnit.SECONDS);

            SipResponse ok = alice.responses(r -> r.statusCode() == 200 && r.cseq().method().equals(Methods.INVITE)).get(0);
            List<Address> recordRoutes = ok.recordRoutes();
            assertEquals(1, recordRoutes.size(), () -> "the 200 carries Kamailio's Record-Route:\n" + ok);
            SipUri kamailioRoute = (SipUri) recordRoutes.get(0).uri();
            assertEquals("127.0.0.1", kamailioRoute.host().address());
            assertEquals(port, kamailioRoute.port());
            assertTrue(kamailioRoute.isLooseRouter(), () -> "Kamailio is a loose router: " + kamailioRoute);
            // §12.1.2: the UAC's route set is the Record-Route of the response in reverse order.
            assertEquals(recordRoutes, dialog.routeSet());
            assertEquals(1, bob.dialogCount());

            call.hangup();
            SipResponse byeOk = call.ended().get(10, TimeUnit.SECONDS);
            assertEquals(200, byeOk.statusCode(), () -> byeOk + "\n" + kamailio.output());
            // The BYE went to Kamailio, the first route (§12.2.1.1), which relayed it to bob (loose_route): bob's copy
            // carries Kamailio's Via above alice's (§16.6 step 8) and its Route to Kamailio is gone (§16.4).
            assertTrue(LocalUa.await(() -> dialogs(bob) == 0, 5), "bob's dialog is gone after the BYE");
            List<SipRequest> byes = bob.requests(r -> r.isMethod(Methods.BYE));
            // One BYE transaction (a UDP retransmission would repeat its branch).
            assertEquals(1, byes.stream().map(r -> r.topVia().branch()).distinct().count(), () -> "one BYE:\n" + byes);
            assertEquals(2, byes.get(0).via().size(), () -> "the BYE came through Kamailio:\n" + byes.get(0));
            assertEquals(port, byes.get(0).via().get(0).port(), () -> "the BYE came through Kamailio:\n" + byes.get(0));
            assertTrue(byes.get(0).routes().isEmpty(), () -> "Kamailio removed its own Route:\n" + byes.get(0));
            assertEquals(OutgoingCall.State.ENDED, call.state());
            // Everything Kamailio sent either UA is well formed (RFC 3261 §7, §20, §25).
            assertEquals(List.of(), alice.violations());
            assertEquals(List.of(), bob.violations());
        }
    }

    private static int dialogs(LocalUa ua) {
        try {
            return ua.dialogCount();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
