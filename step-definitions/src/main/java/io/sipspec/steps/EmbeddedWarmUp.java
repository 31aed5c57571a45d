package io.sipspec.steps;

import io.cucumber.java.BeforeAll;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.server.ReferenceServer;
import io.sipspec.tester.Ack;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Template;
import io.sipspec.tester.Traffic;
import io.sipspec.tester.Transport;
import io.sipspec.tester.Variables;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * One call through an embedded UAS before the first scenario, so that the timing requirements measure the stack
 * rather than the JVM loading its classes: in a fresh JVM the first INVITE an embedded UAS answers takes a second or
 * more (class loading, the JCE provider, lambdas), far beyond the 200 ms of RFC 3261 §17.2.1. Off with
 * {@code -Dsipspec.warmup=false} (e.g. when the device is external). The warm-up device commits no fault, whatever
 * {@code sipspec.faults} says: warming up gives no verdict.
 */
public final class EmbeddedWarmUp {

    /** The system property that turns the warm-up off. */
    static final String PROPERTY = "sipspec.warmup";

    private static final Duration BOUND = Duration.ofSeconds(20);

    private static final String INVITE = """
            INVITE sip:bob@${sut} SIP/2.0
            Via: SIP/2.0/UDP ${local};branch=${branch}
            Max-Forwards: 70
            To: <sip:bob@${sut}>
            From: <sip:warmup@${local}>;tag=${tag}
            Call-ID: ${call-id}
            CSeq: 1 INVITE
            Contact: <sip:warmup@${local}>
            Content-Type: application/sdp
            Content-Length: ${len}

            v=0
            o=warmup 1 1 IN IP4 ${local.host}
            s=-
            c=IN IP4 ${local.host}
            t=0 0
            m=audio 49170 RTP/AVP 0
            a=rtpmap:0 PCMU/8000
            """;

    private EmbeddedWarmUp() {
    }

    @BeforeAll
    public static void warmUp() {
        if (!Boolean.parseBoolean(System.getProperty(PROPERTY, "true"))) {
            return;
        }
        try (ReferenceServer device = ReferenceServer.start("--role=uas", "--listen=udp:127.0.0.1:0",
                "--t1=" + WireContext.EMBEDDED_TIMERS.t1Millis(), "--faults=");
             Peer peer = Peer.open("warmup", Transport.UDP, new Traffic())) {
            InetSocketAddress sut = device.listeningPoints().get(0).address();
            byte[] invite = Template.of(INVITE).render(new Variables(), peer.endpoints(sut));
            peer.send(invite, sut);
            Received ok = peer.mailbox().expect(r -> r.isResponse(200), BOUND, "the warm-up call is answered");
            SipRequest ack = Ack.of((SipRequest) new SipMessageParser().parse(invite), (SipResponse) ok.message());
            peer.send(ack.toByteArray(), sut);
        }
    }
}
