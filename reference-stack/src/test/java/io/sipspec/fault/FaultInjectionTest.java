package io.sipspec.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import io.sipspec.server.ReferenceServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each fault changes what the device does on the wire: for every {@link Fault} a probe (a small exchange over UDP
 * with a {@link ReferenceServer}, and a check of what RFC 3261 says comes back) holds against the device without
 * faults and fails against the device with that fault.
 */
class FaultInjectionTest {

    private static final String SDP_OFFER = """
            v=0\r
            o=alice 2890844526 2890844526 IN IP4 127.0.0.1\r
            s=-\r
            c=IN IP4 127.0.0.1\r
            t=0 0\r
            m=audio 49170 RTP/AVP 0\r
            a=rtpmap:0 PCMU/8000\r
            """;

    /** What a conforming device does, seen by {@code peer}. */
    @FunctionalInterface
    private interface Check {
        boolean conforms(ProbePeer peer);
    }

    /** The device to start (role, T1 in ms, more arguments; {@code ${peer}} is the peer's port) and the check. */
    private record Probe(String role, int t1, List<String> args, Check check) {
    }

    private static final Map<Fault, Probe> PROBES = probes();

    @Test
    void everyFaultHasAProbe() {
        assertEquals(EnumSet.allOf(Fault.class), PROBES.keySet());
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void eachFaultIsObservableAndTheDeviceWithoutItConforms(Fault fault) {
        Probe probe = PROBES.get(fault);
        assertTrue(run(probe, FaultSet.NONE), "without faults the device passes the probe of " + fault.id());
        assertFalse(run(probe, FaultSet.of(fault)), "with " + fault.id() + " the device fails the probe: " + fault.description());
    }

    private static boolean run(Probe probe, FaultSet faults) {
        try (ProbePeer peer = new ProbePeer()) {
            List<String> args = new ArrayList<>(List.of("--role=" + probe.role(), "--listen=udp:127.0.0.1:0", "--t1=" + probe.t1(),
                    "--faults=" + faults, "--log=warn"));
            probe.args().forEach(a -> args.add(a.replace("${peer}", Integer.toString(peer.port()))));
            try (ReferenceServer device = ReferenceServer.start(args.toArray(String[]::new))) {
                peer.device(device.listeningPoints().get(0).address());
                return probe.check().conforms(peer);
            }
        }
    }

    private static Map<Fault, Probe> probes() {
        Map<Fault, Probe> p = new EnumMap<>(Fault.class);
        p.put(Fault.WRONG_SIP_VERSION, uas(peer -> {
            peer.send(peer.request("OPTIONS").build());
            byte[] raw = peer.receiveRaw(2000);
            return raw != null && new String(raw, StandardCharsets.ISO_8859_1).startsWith("SIP/2.0 ");
        }));
        p.put(Fault.BARE_LF, uas(peer -> {
            peer.send(peer.request("OPTIONS").build());
            byte[] raw = peer.receiveRaw(2000);
            return raw != null && everyLfFollowsCr(raw);
        }));
        p.put(Fault.UAC_NO_MAX_FORWARDS, new Probe("uac", 50, List.of("--target=sip:bob@127.0.0.1:${peer}", "--hold=60000"), peer -> {
            SipMessage invite = peer.await(m -> m instanceof SipRequest r && r.isMethod("INVITE"), 3000);
            return invite != null && invite.headers().contains(HeaderName.MAX_FORWARDS);
        }));
        p.put(Fault.UNKNOWN_METHOD_ACCEPTED, uas(peer -> status(peer.exchange(peer.request("REGISTER").build())) == 405));
        p.put(Fault.NO_ALLOW_IN_405, uas(peer -> {
            SipResponse r = peer.exchange(peer.request("REGISTER").build());
            return status(r) == 405 && r.headers().contains(HeaderName.ALLOW);
        }));
        p.put(Fault.UNSUPPORTED_SCHEME_ACCEPTED, uas(peer -> status(peer.exchange(peer.request("OPTIONS",
                "nobodyKnowsThisScheme:totallyopaquecontent").header("To", "<sip:bob@" + peer.deviceHostPort() + ">").build())) == 416));
        p.put(Fault.MERGED_REQUEST_ACCEPTED, uas(peer -> {
            SipRequest first = peer.request("OPTIONS").build();
            SipRequest merged = first.toBuilder().header("Via", newVia(peer)).build();
            return status(peer.exchange(first)) == 200 && status(peer.exchange(merged)) == 482;
        }));
        p.put(Fault.MALFORMED_HEADER_REJECTED, uas(peer -> status(peer.exchange(peer.request("OPTIONS")
                .header("Date", "the day before yesterday").build())) == 200));
        p.put(Fault.NO_ACCEPT_IN_415, uas(peer -> {
            SipResponse r = peer.exchange(peer.request("OPTIONS")
                    .body("application/x-nothing-knows-this", "opaque".getBytes(StandardCharsets.US_ASCII)).build());
            return status(r) == 415 && r.headers().contains(HeaderName.ACCEPT);
        }));
        p.put(Fault.NO_CONTENT_TYPE, uas(peer -> {
            SipResponse r = peer.exchange(invite(peer).build());
            return status(r) == 200 && r.bodyLength() > 0 && r.headers().contains(HeaderName.CONTENT_TYPE);
        }));
        p.put(Fault.REQUIRE_IGNORED, uas(peer -> status(peer.exchange(peer.request("OPTIONS")
                .header("Require", "nothingKnowsThis").build())) == 420));
        p.put(Fault.NO_UNSUPPORTED_IN_420, uas(peer -> {
            SipResponse r = peer.exchange(peer.request("OPTIONS").header("Require", "nothingKnowsThis").build());
            return status(r) == 420 && "nothingKnowsThis".equals(r.headerValue(HeaderName.UNSUPPORTED));
        }));
        p.put(Fault.NO_TO_TAG, uas(peer -> {
            SipResponse r = peer.exchange(peer.request("OPTIONS").build());
            return r != null && r.to().tag() != null;
        }));
        p.put(Fault.WRONG_VIA, uas(peer -> {
            SipRequest options = peer.request("OPTIONS").build();
            SipResponse r = peer.exchange(options);
            return r != null && r.via().equals(options.via());
        }));
        p.put(Fault.WRONG_CSEQ_METHOD, uas(peer -> {
            SipRequest options = peer.request("OPTIONS").build();
            SipResponse r = peer.exchange(options);
            return r != null && options.cseq().equals(r.cseq());
        }));
        p.put(Fault.CANCEL_UNKNOWN_200, uas(peer -> status(peer.exchange(peer.request("CANCEL").build())) == 481));
        p.put(Fault.ANY_CREDENTIALS, registrarWithUsers(peer -> status(peer.exchange(register(peer).header("Authorization",
                "Digest username=\"alice\", realm=\"127.0.0.1\", nonce=\"0123456789abcdef\", uri=\"sip:127.0.0.1\", "
                        + "response=\"00000000000000000000000000000000\", algorithm=MD5").build())) != 200));
        p.put(Fault.NO_MIN_EXPIRES, registrar(peer -> {
            SipResponse r = peer.exchange(register(peer).header("Expires", "10").build());
            return status(r) == 423 && "60".equals(r.headerValue(HeaderName.MIN_EXPIRES));
        }));
        p.put(Fault.WILDCARD_NONZERO_EXPIRES, registrar(peer -> status(peer.exchange(register(peer)
                .header("Contact", "*").header("Expires", "3600").build())) == 400));
        p.put(Fault.NOT_ALL_BINDINGS, registrar(peer -> {
            SipResponse r = peer.exchange(register(peer)
                    .header("Contact", "<sip:alice@127.0.0.1:5001>, <sip:alice@127.0.0.1:5002>").build());
            return status(r) == 200 && r.contacts().size() == 2;
        }));
        p.put(Fault.REGISTER_NOT_ATOMIC, registrar(peer -> {
            SipRequest first = register(peer).header("Contact", "<sip:alice@127.0.0.1:5001>").header("CSeq", "5 REGISTER").build();
            SipRequest lower = first.toBuilder().header("Via", newVia(peer)).header("CSeq", "3 REGISTER")
                    .header("Contact", "<sip:alice@127.0.0.1:5002>, <sip:alice@127.0.0.1:5001>").build();
            SipRequest fetch = first.toBuilder().header("Via", newVia(peer)).header("CSeq", "6 REGISTER").removeHeader(HeaderName.CONTACT)
                    .build();
            if (!isOk(peer.exchange(first)) || status(peer.exchange(lower)) < 300) {
                return false;
            }
            SipResponse r = peer.exchange(fetch);
            return isOk(r) && r.contacts().size() == 1;
        }));
        p.put(Fault.NO_CONTACT_EXPIRES, registrar(peer -> {
            SipResponse r = peer.exchange(register(peer).build());
            return status(r) == 200 && r.contacts().get(0).parameter("expires") != null;
        }));
        p.put(Fault.URI_CASE_SENSITIVE, registrar(peer -> {
            SipRequest first = register(peer).header("Contact", "<sip:alice@HOST.EXAMPLE:5060>").build();
            SipRequest second = first.toBuilder().header("Via", newVia(peer)).header("CSeq", "2 REGISTER")
                    .header("Contact", "<sip:alice@host.example:5060>").build();
            SipResponse r = peer.exchange(first) == null ? null : peer.exchange(second);
            return status(r) == 200 && r.contacts().size() == 1;
        }));
        p.put(Fault.OPTIONS_NO_ALLOW, uas(peer -> {
            SipResponse r = peer.exchange(peer.request("OPTIONS").build());
            return status(r) == 200 && r.headers().contains(HeaderName.ALLOW);
        }));
        p.put(Fault.NO_RECORD_ROUTE, uas(peer -> {
            SipResponse r = peer.exchange(invite(peer).header("Record-Route", "<sip:proxy.example;lr>").build());
            return status(r) == 200 && r.headers().contains(HeaderName.RECORD_ROUTE);
        }));
        p.put(Fault.NO_CONTACT_IN_2XX, uas(peer -> {
            SipResponse r = peer.exchange(invite(peer).build());
            return status(r) == 200 && !r.contacts().isEmpty();
        }));
        p.put(Fault.UNKNOWN_DIALOG_200, uas(peer -> status(peer.exchange(peer.request("OPTIONS")
                .header("To", "<sip:bob@" + peer.deviceHostPort() + ">;tag=nosuchdialog").build())) == 481));
        p.put(Fault.OUT_OF_ORDER_ACCEPTED, uas(peer -> {
            SipRequest invite = invite(peer).header("CSeq", "5 INVITE").build();
            SipResponse ok = peer.exchange(invite);
            if (status(ok) != 200) {
                return false;
            }
            peer.send(inDialog(peer, invite, ok, "ACK", 5));
            return status(peer.exchange(inDialog(peer, invite, ok, "OPTIONS", 3))) == 500;
        }));
        p.put(Fault.NO_2XX_RETRANSMISSION, uas(peer -> {
            peer.send(invite(peer).build());
            return peer.await(FaultInjectionTest::isOk, 2000) != null && peer.await(FaultInjectionTest::isOk, 1000) != null;
        }));
        p.put(Fault.ACK_IGNORED, uas(peer -> {
            SipRequest invite = invite(peer).build();
            SipResponse ok = peer.exchange(invite);
            if (status(ok) != 200) {
                return false;
            }
            peer.send(inDialog(peer, invite, ok, "ACK", 1));
            // T1 = 50 ms: without the ACK the 2xx would come again after 50, 150, 350, 750 and 1150 ms. One or two
            // retransmissions may cross the ACK on a loaded machine; more mean the ACK was ignored.
            int retransmitted = 0;
            long deadline = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() < deadline && peer.await(FaultInjectionTest::isOk, 1500) != null) {
                retransmitted++;
            }
            return retransmitted <= 2;
        }));
        p.put(Fault.NO_ANSWER_IN_2XX, uas(peer -> {
            SipResponse r = peer.exchange(invite(peer).body("application/sdp", SDP_OFFER).build());
            return status(r) == 200 && r.bodyLength() > 0;
        }));
        p.put(Fault.NO_ALLOW_IN_2XX, uas(peer -> {
            SipResponse r = peer.exchange(invite(peer).body("application/sdp", SDP_OFFER).build());
            return status(r) == 200 && r.headerValue(HeaderName.ALLOW) != null;
        }));
        p.put(Fault.NO_REQUIRE_IN_421, new Probe("uas", 50, List.of("--100rel=required"), peer -> {
            SipResponse r = peer.exchange(invite(peer).build());
            return status(r) == 421 && "100rel".equals(r.headerValue(HeaderName.REQUIRE));
        }));
        p.put(Fault.RELIABLE_180_WITHOUT_REQUIRE, new Probe("uas", 50, List.of("--100rel=on"), peer -> {
            peer.send(invite(peer).header("Supported", "100rel").build());
            SipMessage ringing = peer.await(m -> status(m) == 180, 2000);
            return ringing != null && ringing.headerValue("RSeq") != null && "100rel".equals(ringing.headerValue(HeaderName.REQUIRE));
        }));
        p.put(Fault.NO_PROVISIONAL_REFRESH, new Probe("uas", 10, List.of("--ring=forever"), peer -> {
            // T1 = 10 ms: the 180 comes again after 120*T1 = 1.2 s.
            peer.send(invite(peer).build());
            return peer.await(m -> status(m) == 180, 2000) != null && peer.await(m -> status(m) == 180, 3000) != null;
        }));
        p.put(Fault.PROVISIONAL_NOT_RETRANSMITTED, new Probe("uas", 50, List.of("--non-invite.delay=1200"), peer -> {
            SipRequest options = peer.request("OPTIONS").build();
            peer.send(options);
            if (peer.await(FaultInjectionTest::isStillTrying, 2000) == null) {
                return false;
            }
            peer.send(options);
            return peer.await(FaultInjectionTest::isStillTrying, 400) != null;
        }));
        p.put(Fault.NO_WARNING_IN_488, uas(peer -> {
            SipResponse r = peer.exchange(invite(peer).body("application/sdp", SDP_OFFER.replace("RTP/AVP 0", "RTP/AVP 98")
                    .replace("rtpmap:0 PCMU", "rtpmap:98 NOSUCHCODEC")).build());
            return status(r) == 488 && r.headerValue(HeaderName.WARNING) != null;
        }));
        p.put(Fault.NO_BYE_WITHOUT_ACK, uas(peer -> {
            peer.send(invite(peer).build());
            return peer.await(m -> m instanceof SipRequest r && r.isMethod("BYE"), 64 * 50 + 2000) != null;
        }));
        p.put(Fault.BYE_UNKNOWN_200, uas(peer -> status(peer.exchange(peer.request("BYE").build())) == 481));
        p.put(Fault.NO_RETRANSMIT_BACKOFF, new Probe("uas", 100, List.of(), peer -> {
            // T1 = 100 ms: the 2xx and its first three retransmissions span 100 + 200 + 400 ms; without the doubling,
            // 3 * 100 ms. Timers fire late under load, never early, so the threshold sits between the two.
            peer.send(invite(peer).build());
            long first = 0;
            for (int i = 0; i < 4; i++) {
                if (peer.await(FaultInjectionTest::isOk, 2000) == null) {
                    return false;
                }
                first = i == 0 ? System.nanoTime() : first;
            }
            return System.nanoTime() - first > 500_000_000L;
        }));
        p.put(Fault.NON_2XX_NOT_RETRANSMITTED, uas(peer -> {
            peer.send(invite(peer).header("Require", "nothingKnowsThis").build());
            return peer.await(m -> status(m) == 420, 2000) != null && peer.await(m -> status(m) == 420, 1000) != null;
        }));
        p.put(Fault.INVITE_RETRANSMITTED_WHEN_PROCEEDING, uac(peer -> {
            SipMessage invite = peer.await(m -> m instanceof SipRequest r && r.isMethod("INVITE"), 3000);
            if (!(invite instanceof SipRequest r)) {
                return false;
            }
            // T1 = 50 ms: the INVITE would come again 50, 150, 350 and 750 ms after the first one. One copy may cross
            // the 180; the later ones may not.
            peer.send(r.createResponse(180).build());
            peer.await(m -> false, 200);
            return peer.await(m -> m instanceof SipRequest again && again.isMethod("INVITE"), 1000) == null;
        }));
        p.put(Fault.ACK_NEW_BRANCH, uac(peer -> {
            SipMessage invite = peer.await(m -> m instanceof SipRequest r && r.isMethod("INVITE"), 3000);
            if (!(invite instanceof SipRequest r)) {
                return false;
            }
            peer.send(r.createResponse(486).build());
            SipMessage ack = peer.await(m -> m instanceof SipRequest a && a.isMethod("ACK"), 2000);
            return ack != null && ack.topVia().equals(r.topVia());
        }));
        p.put(Fault.TIMER_J_ZERO, uas(peer -> {
            SipRequest options = peer.request("OPTIONS").build();
            SipResponse first = peer.exchange(options);
            SipResponse again = first == null ? null : peer.exchange(options);
            return again != null && again.to().tag() != null && again.to().tag().equals(first.to().tag());
        }));
        p.put(Fault.REQUEST_RETRANSMISSION_IGNORED, uas(peer -> {
            SipRequest options = peer.request("OPTIONS").build();
            if (status(peer.exchange(options)) != 200) {
                return false;
            }
            return status(peer.exchange(options)) == 200;
        }));
        p.put(Fault.NO_RECEIVED, uas(peer -> {
            // The sent-by is not the packet's source: the response goes to the received address, 127.0.0.1.
            SipResponse r = peer.exchange(peer.request("OPTIONS")
                    .header("Via", "SIP/2.0/UDP 127.0.0.2:" + peer.port() + ";branch=" + Identifiers.newBranch()).build());
            return r != null && "127.0.0.1".equals(r.topVia().received());
        }));
        p.put(Fault.WRONG_CONTENT_LENGTH, uas(peer -> {
            peer.send(peer.request("OPTIONS").build());
            byte[] raw = peer.receiveRaw(2000);
            SipMessage m = raw == null ? null : peer.decode(raw);
            return m != null && m.contentLength() == m.bodyLength();
        }));
        p.put(Fault.UNREADABLE_REQUEST_DROPPED, uas(peer -> status(peer.exchange(peer.request("OPTIONS")
                .header("To", "\"Mr. J. User <sip:bob@127.0.0.1>").build())) == 400));
        p.put(Fault.NO_WWW_AUTHENTICATE, registrarWithUsers(peer -> {
            SipResponse r = peer.exchange(register(peer).build());
            return status(r) == 401 && r.headers().contains(HeaderName.WWW_AUTHENTICATE);
        }));
        p.put(Fault.CSEQ_SYNTAX, uas(peer -> {
            SipResponse r = peer.exchange(peer.request("OPTIONS").build());
            try {
                return r != null && r.cseq() != null;
            } catch (SipParseException e) {
                return false;
            }
        }));
        p.put(Fault.PROXY_100_FORWARDED, proxy(peer -> {
            // The proxy's own 100 comes after 200 ms; bob's 100 after it must not be a second one.
            SipRequest invite = peer.awaitRequest("INVITE", 2000);
            if (invite == null || peer.awaitResponse(100, 2000) == null) {
                return false;
            }
            peer.answer(invite, 100);
            return peer.awaitResponse(100, 500) == null;
        }));
        p.put(Fault.PROXY_2XX_HELD, forking((alice, bob, carol) -> {
            carol.answer(carol.awaitRequest("INVITE", 2000), 180);
            if (alice.awaitResponse(180, 2000) == null) {
                return false;
            }
            bob.answer(bob.awaitRequest("INVITE", 2000), 200);
            return alice.awaitResponse(200, 1000) != null;
        }));
        p.put(Fault.PROXY_6XX_NOT_PREFERRED, forking((alice, bob, carol) -> {
            bob.answer(bob.awaitRequest("INVITE", 2000), 486);
            carol.answer(carol.awaitRequest("INVITE", 2000), 603);
            return status(alice.finalResponse()) == 603;
        }));
        p.put(Fault.PROXY_CHALLENGES_NOT_MERGED, forking((alice, bob, carol) -> {
            bob.answer(bob.awaitRequest("INVITE", 2000), 401, "WWW-Authenticate", "Digest realm=\"bob\", nonce=\"1\"");
            carol.answer(carol.awaitRequest("INVITE", 2000), 407, "Proxy-Authenticate", "Digest realm=\"carol\", nonce=\"2\"");
            SipResponse r = alice.finalResponse();
            return r != null && r.headers().contains(HeaderName.WWW_AUTHENTICATE) && r.headers().contains(HeaderName.PROXY_AUTHENTICATE);
        }));
        p.put(Fault.PROXY_503_FORWARDED, proxy(peer -> {
            peer.answer(peer.awaitRequest("INVITE", 2000), 503);
            return status(peer.finalResponse()) == 500;
        }));
        p.put(Fault.PROXY_PENDING_NOT_CANCELLED, forking((alice, bob, carol) -> {
            carol.answer(carol.awaitRequest("INVITE", 2000), 180);
            bob.answer(bob.awaitRequest("INVITE", 2000), 200);
            return carol.awaitRequest("CANCEL", 2000) != null;
        }));
        p.put(Fault.TIMER_C_NO_CANCEL, new Probe("proxy", 50, List.of("--timer.c=300"), peer -> {
            if (!peer.registerAsBob()) {
                return false;
            }
            peer.send(invite(peer, "sip:bob@127.0.0.1").build());
            peer.answer(peer.awaitRequest("INVITE", 2000), 180);
            return peer.awaitRequest("CANCEL", 2000) != null;
        }));
        p.put(Fault.PROXY_CANCEL_NOT_FORWARDED, proxy(peer -> {
            SipRequest forwarded = peer.awaitRequest("INVITE", 2000);
            peer.answer(forwarded, 180);
            SipResponse ringing = peer.awaitResponse(180, 2000);
            if (ringing == null) {
                return false;
            }
            // The INVITE the peer sent is the one below the proxy's Via of the forwarded copy.
            peer.send(SipRequest.builder("CANCEL", Uri.parse("sip:bob@127.0.0.1"))
                    .header(SipHeaders.VIA, ringing.topVia())
                    .header("Max-Forwards", "70")
                    .header("To", "<sip:bob@127.0.0.1>")
                    .header(SipHeaders.FROM, ringing.from())
                    .header("Call-ID", ringing.callId())
                    .header("CSeq", ringing.cseq().sequence() + " CANCEL")
                    .build());
            return peer.awaitRequest("CANCEL", 2000) != null;
        }));
        p.put(Fault.STATELESS_BRANCH_UNSTABLE, new Probe("proxy", 50, List.of("--proxy.mode=stateless"), peer -> {
            if (!peer.registerAsBob()) {
                return false;
            }
            SipRequest invite = invite(peer, "sip:bob@127.0.0.1").build();
            peer.send(invite);
            SipRequest first = peer.awaitRequest("INVITE", 2000);
            peer.send(invite);
            SipRequest again = peer.awaitRequest("INVITE", 2000);
            return first != null && again != null && first.topVia().branch().equals(again.topVia().branch());
        }));
        return p;
    }

    /** Three peers of a proxy: alice calls sip:bob@127.0.0.1, where bob and carol are registered. */
    @FunctionalInterface
    private interface ForkCheck {
        boolean conforms(ProbePeer alice, ProbePeer bob, ProbePeer carol);
    }

    /** A stateful proxy; the peer registers as bob and calls bob, so that it gets the INVITE back. */
    private static Probe proxy(Check check) {
        return new Probe("proxy", 50, List.of(), peer -> {
            if (!peer.registerAsBob()) {
                return false;
            }
            peer.send(invite(peer, "sip:bob@127.0.0.1").build());
            return check.conforms(peer);
        });
    }

    /** A stateful proxy forking alice's INVITE to bob and carol. */
    private static Probe forking(ForkCheck check) {
        return new Probe("proxy", 50, List.of(), alice -> {
            try (ProbePeer bob = alice.another(); ProbePeer carol = alice.another()) {
                if (!bob.registerAsBob() || !carol.registerAsBob()) {
                    return false;
                }
                alice.send(invite(alice, "sip:bob@127.0.0.1").build());
                return check.conforms(alice, bob, carol);
            }
        });
    }

    private static SipRequest.Builder invite(ProbePeer peer, String requestUri) {
        return peer.request("INVITE", requestUri).header("Contact", "<sip:alice@127.0.0.1:" + peer.port() + ">");
    }

    private static Probe uas(Check check) {
        return new Probe("uas", 50, List.of(), check);
    }

    private static Probe uac(Check check) {
        return new Probe("uac", 50, List.of("--target=sip:bob@127.0.0.1:${peer}", "--hold=60000"), check);
    }

    private static Probe registrar(Check check) {
        return new Probe("registrar", 50, List.of(), check);
    }

    private static Probe registrarWithUsers(Check check) {
        return new Probe("registrar", 50, List.of("--users=alice:secret"), check);
    }

    private static SipRequest.Builder invite(ProbePeer peer) {
        return peer.request("INVITE").header("Contact", "<sip:alice@127.0.0.1:" + peer.port() + ">");
    }

    private static SipRequest.Builder register(ProbePeer peer) {
        return peer.request("REGISTER", "sip:127.0.0.1")
                .header("To", "<sip:alice@127.0.0.1>")
                .header("Contact", "<sip:alice@127.0.0.1:" + peer.port() + ">");
    }

    /** A request within the dialog {@code ok} established for {@code invite}. */
    private static SipRequest inDialog(ProbePeer peer, SipRequest invite, SipResponse ok, String method, long cseq) {
        return SipRequest.builder(method, ok.contacts().get(0).uri())
                .header("Via", newVia(peer))
                .header("Max-Forwards", "70")
                .header(SipHeaders.FROM, invite.from())
                .header(SipHeaders.TO, ok.to())
                .header("Call-ID", invite.callId())
                .header("CSeq", cseq + " " + method)
                .build();
    }

    private static String newVia(ProbePeer peer) {
        return "SIP/2.0/UDP 127.0.0.1:" + peer.port() + ";branch=" + Identifiers.newBranch();
    }

    private static int status(SipMessage m) {
        return m instanceof SipResponse r ? r.statusCode() : 0;
    }

    private static boolean isStillTrying(SipMessage m) {
        return m instanceof SipResponse r && r.statusCode() == 100 && r.reasonPhrase().equals("Still Trying");
    }

    private static boolean isOk(SipMessage m) {
        return status(m) == 200;
    }

    private static boolean everyLfFollowsCr(byte[] raw) {
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n' && (i == 0 || raw[i - 1] != '\r')) {
                return false;
            }
        }
        return true;
    }
}
