package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.auth.DigestAuthenticator;
import io.sipspec.auth.InMemoryCredentialStore;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transport.TransportType;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The order in which the UAS core of RFC 3261 §8.2 processes a request, and what it takes for an offer. */
class UasProcessingOrderTest {

    private static final TimerConfig FAST = TimerConfig.scaled(Duration.ofMillis(50));

    private SipStack aliceStack;
    private SipStack bobStack;

    @AfterEach
    void stop() {
        if (aliceStack != null) {
            aliceStack.close();
        }
        if (bobStack != null) {
            bobStack.close();
        }
    }

    private UserAgent alice() {
        UserAgent[] a = new UserAgent[1];
        aliceStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .user(s -> a[0] = new UserAgent(s, UaConfig.of("alice", "127.0.0.1", "127.0.0.1"))).build();
        return a[0];
    }

    private SipUri bob(UaConfig config) {
        bobStack = SipStack.builder().listen(TransportType.UDP, new InetSocketAddress("127.0.0.1", 0)).timers(FAST)
                .user(s -> new UserAgent(s, config)).build();
        return SipUri.of("bob", "127.0.0.1", bobStack.transport().localAddress(TransportType.UDP).getPort());
    }

    /**
     * §8.2: "UASs SHOULD process the requests in the order of the steps that follow in this section (that is, starting
     * with authentication, then inspecting the method, the header fields, and so on throughout the remainder of this
     * section)." Wrong credentials and an unknown option tag: authentication answers first.
     */
    @Test
    void authenticationComesBeforeTheInspectionOfRequire() throws Exception {
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        store.putPassword("alice", "secret");
        SipUri bob = bob(UaConfig.of("bob", "127.0.0.1", "127.0.0.1")
                .withAuthenticator(DigestAuthenticator.builder("127.0.0.1", store).build()));
        UserAgent alice = alice();

        SipResponse r = alice.uac().send(alice.uac().newRequest(Methods.OPTIONS, bob)
                .header(HeaderName.REQUIRE, "nothingKnowsThisExtension")
                .header(HeaderName.AUTHORIZATION, "Digest username=\"alice\", realm=\"127.0.0.1\", nonce=\"bm9uY2U\", "
                        + "uri=\"" + bob + "\", response=\"00000000000000000000000000000000\", algorithm=MD5")
                .build()).get(5, TimeUnit.SECONDS);

        assertEquals(401, r.statusCode(), r::toString);
    }

    /**
     * §8.2.3 rejects a body the UAS does not understand only when it "is not optional (as indicated by the
     * Content-Disposition header field)": an INVITE whose only body is an optional one of another type has no offer,
     * so the 2xx carries one (§13.3.1.4: "If the INVITE did not contain an offer, the 2xx MUST contain an offer").
     */
    @Test
    void anOptionalBodyOfAnotherTypeIsNoOffer() throws Exception {
        SipUri bob = bob(UaConfig.of("bob", "127.0.0.1", "127.0.0.1"));
        UserAgent alice = alice();

        SipResponse r = alice.uac().send(alice.uac().newRequest(Methods.INVITE, bob)
                .header(HeaderName.CONTENT_DISPOSITION, "render;handling=optional")
                .body("application/x-nothing-knows-this", "opaque".getBytes(StandardCharsets.US_ASCII))
                .build()).get(5, TimeUnit.SECONDS);

        assertEquals(200, r.statusCode(), r::toString);
        assertEquals("application/sdp", r.contentType().essence(), r::toString);
        assertTrue(r.bodyText().contains("m=audio"), r::toString);
    }

    /**
     * §8.2.2: "A UAS SHOULD ignore any malformed header fields that are not necessary for processing requests." A
     * malformed Date or Priority does not stop an OPTIONS; a malformed CSeq, which the UAS needs, gets 400.
     */
    @Test
    void malformedHeaderFieldsTheUasDoesNotNeedAreIgnored() throws Exception {
        SipUri bob = bob(UaConfig.of("bob", "127.0.0.1", "127.0.0.1"));
        UserAgent alice = alice();

        SipResponse r = alice.uac().send(alice.uac().newRequest(Methods.OPTIONS, bob)
                .header(HeaderName.DATE, "the day before yesterday")
                .header(HeaderName.PRIORITY, "@@@")
                .build()).get(5, TimeUnit.SECONDS);

        assertEquals(200, r.statusCode(), r::toString);
    }

    /**
     * §11.2: "If the types include one that can describe media capabilities, the UAS SHOULD include a body in the
     * response for that purpose." application/sdp is the default without Accept; an Accept without it gets no body.
     */
    @Test
    void theOkToOptionsDescribesTheMediaCapabilitiesInSdpWhenAccepted() throws Exception {
        SipUri bob = bob(UaConfig.of("bob", "127.0.0.1", "127.0.0.1"));
        UserAgent alice = alice();

        SipResponse noAccept = alice.uac().send(alice.uac().newRequest(Methods.OPTIONS, bob).build()).get(5, TimeUnit.SECONDS);
        SipResponse textOnly = alice.uac().send(alice.uac().newRequest(Methods.OPTIONS, bob)
                .header(HeaderName.ACCEPT, "text/plain").build()).get(5, TimeUnit.SECONDS);

        assertEquals(200, noAccept.statusCode(), noAccept::toString);
        assertEquals("application/sdp", noAccept.contentType().essence(), noAccept::toString);
        assertTrue(noAccept.bodyText().contains("m=audio"), noAccept::toString);
        assertEquals(200, textOnly.statusCode(), textOnly::toString);
        assertEquals(0, textOnly.bodyLength(), textOnly::toString);
    }

    /** §21.4.18: "The reason phrase SHOULD indicate a more precise cause as to why the callee is unavailable." */
    @Test
    void a480SaysWhyTheCalleeIsUnavailable() throws Exception {
        SipUri bob = bob(UaConfig.of("bob", "127.0.0.1", "127.0.0.1").withRing(0, 480));
        UserAgent alice = alice();

        SipResponse r = alice.uac().send(alice.uac().newRequest(Methods.INVITE, bob).build()).get(5, TimeUnit.SECONDS);

        assertEquals(480, r.statusCode(), r::toString);
        assertEquals("Temporarily Unavailable (Do Not Disturb)", r.reasonPhrase(), r::toString);
    }

    /** §21.4.22: "Additional information SHOULD be provided in the reason phrase." */
    @Test
    void a484SaysMoreThanAddressIncomplete() throws Exception {
        SipUri bob = bob(UaConfig.of("bob", "127.0.0.1", "127.0.0.1").withRing(0, 484));
        UserAgent alice = alice();

        SipResponse r = alice.uac().send(alice.uac().newRequest(Methods.INVITE, bob).build()).get(5, TimeUnit.SECONDS);

        assertEquals(484, r.statusCode(), r::toString);
        assertEquals("Address Incomplete (more digits expected)", r.reasonPhrase(), r::toString);
    }
}
