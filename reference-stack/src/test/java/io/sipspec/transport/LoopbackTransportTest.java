package io.sipspec.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Identifiers;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Via;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests from one {@link SipTransportLayer} to another and responses back, over real loopback sockets. */
class LoopbackTransportTest {

    private static final long WAIT = RecordingListener.WAIT_SECONDS;

    private final Layers layers = new Layers();
    private final RecordingListener clientEvents = new RecordingListener();
    private final RecordingListener serverEvents = new RecordingListener();

    @AfterEach
    void close() {
        layers.close();
    }

    static Stream<Arguments> transportsAndFamilies() {
        return Stream.of(TransportType.values()).flatMap(t -> Stream.of(Arguments.of(t, Layers.V4), Arguments.of(t, Layers.V6)));
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("transportsAndFamilies")
    void requestAndResponseRoundTrip(TransportType t, String host) throws Exception {
        Layers.assumeAvailable(host);
        SipTransportLayer client = layers.create(host, clientEvents);
        SipTransportLayer server = layers.create(host, serverEvents);
        String branch = Identifiers.newBranch();
        SipRequest request = TestMessages.options(client.localVia(t, branch));

        Flow sent = client.sendRequest(request, new Destination(t, server.localAddress(t))).get(WAIT, TimeUnit.SECONDS);
        assertEquals(t, sent.transport());
        assertEquals(server.localAddress(t), sent.remote());

        RecordingListener.Received<SipRequest> in = serverEvents.request();
        assertEquals(new Flow(t, server.localAddress(t), sent.local()), in.flow());
        Via top = in.message().topVia();
        assertEquals(branch, top.branch());
        assertEquals(t.viaName(), top.transport());
        // RFC 3581 §4: rport filled with the source port, received added even though sent-by is the same address.
        assertEquals(sent.local().getPort(), top.rport());
        assertEquals(InetAddress.getByName(host), IpAddresses.literal(top.received()));

        SipResponse response = in.message().createResponse(200).build();
        Flow back = server.sendResponse(response, in.flow()).get(WAIT, TimeUnit.SECONDS);
        assertEquals(in.flow(), back, "the response leaves from the socket or connection the request came on");

        RecordingListener.Received<SipResponse> out = clientEvents.response();
        assertEquals(200, out.message().statusCode());
        assertEquals(branch, out.message().topVia().branch());
        assertEquals(sent, out.flow());
    }

    @Test
    void requestOf1500BytesGoesOverTcpAndItsViaSaysTcp() throws Exception {
        SipTransportLayer client = layers.create(Layers.V4, clientEvents);
        SipTransportLayer server = layers.create(Layers.V4, serverEvents);
        SipRequest big = TestMessages.options(client.localVia(TransportType.UDP, Identifiers.newBranch()), 1300);
        assertTrue(big.length() > 1500, "request of " + big.length() + " bytes");
        Destination udp = new Destination(TransportType.UDP, server.localAddress(TransportType.UDP));

        Flow sent = client.sendRequest(big, udp).get(WAIT, TimeUnit.SECONDS);
        assertEquals(TransportType.TCP, sent.transport());
        assertEquals(udp.address(), sent.remote(), "same address, other transport");

        RecordingListener.Received<SipRequest> in = serverEvents.request();
        assertEquals(TransportType.TCP, in.flow().transport());
        Via top = in.message().topVia();
        assertEquals("TCP", top.transport());
        assertEquals(client.localAddress(TransportType.TCP).getPort(), top.port(), "sent-by names the client's TCP socket");
        assertEquals(big.bodyLength(), in.message().bodyLength());

        server.sendResponse(in.message().createResponse(200).build(), in.flow()).get(WAIT, TimeUnit.SECONDS);
        RecordingListener.Received<SipResponse> out = clientEvents.response();
        assertEquals(sent, out.flow());
    }

    @Test
    void largeRequestRefusedOverTcpIsRetriedOverUdp() throws Exception {
        SipTransportLayer client = layers.create(Layers.V4, clientEvents);
        SipTransportLayer udpOnly = layers.create(Layers.V4, serverEvents, TransportType.UDP);
        SipRequest big = TestMessages.options(client.localVia(TransportType.UDP, Identifiers.newBranch()), 1400);
        Destination udp = new Destination(TransportType.UDP, udpOnly.localAddress(TransportType.UDP));

        Flow sent = client.sendRequest(big, udp).get(WAIT, TimeUnit.SECONDS);
        assertEquals(TransportType.UDP, sent.transport());
        RecordingListener.Received<SipRequest> in = serverEvents.request();
        assertEquals("UDP", in.message().topVia().transport());
        assertEquals(big.bodyLength(), in.message().bodyLength());
    }

    @ParameterizedTest
    @EnumSource(value = TransportType.class, names = {"TCP", "TLS"})
    void secondRequestReusesTheConnection(TransportType t) throws Exception {
        SipTransportLayer client = layers.create(Layers.V4, clientEvents);
        SipTransportLayer server = layers.create(Layers.V4, serverEvents);
        Destination d = new Destination(t, server.localAddress(t));

        Flow first = client.sendRequest(TestMessages.options(client.localVia(t, Identifiers.newBranch())), d)
                .get(WAIT, TimeUnit.SECONDS);
        RecordingListener.Received<SipRequest> in1 = serverEvents.request();
        Flow second = client.sendRequest(TestMessages.options(client.localVia(t, Identifiers.newBranch())), d)
                .get(WAIT, TimeUnit.SECONDS);
        RecordingListener.Received<SipRequest> in2 = serverEvents.request();

        assertEquals(first, second);
        assertEquals(first.local().getPort(), second.local().getPort(), "same local port");
        assertEquals(in1.flow(), in2.flow());
        assertEquals(1, client.connectionCount());
        assertEquals(1, server.connectionCount());

        assertEquals(in2.flow(), server.sendResponse(in2.message().createResponse(200).build(), in2.flow())
                .get(WAIT, TimeUnit.SECONDS));
        assertEquals(first, clientEvents.response().flow());
    }

    @Test
    void closingTheClientReportsTheFlowClosedToTheServer() throws Exception {
        SipTransportLayer client = layers.create(Layers.V4, clientEvents);
        SipTransportLayer server = layers.create(Layers.V4, serverEvents);
        client.sendRequest(TestMessages.options(client.localVia(TransportType.TCP, Identifiers.newBranch())),
                new Destination(TransportType.TCP, server.localAddress(TransportType.TCP))).get(WAIT, TimeUnit.SECONDS);
        Flow flow = serverEvents.request().flow();
        client.close();
        assertEquals(flow, serverEvents.closed());
        assertEquals(0, server.connectionCount());
    }

    @Test
    void listeningPointsAndLocalViaDescribeTheBoundSockets() {
        SipTransportLayer layer = layers.create(Layers.V4, clientEvents);
        assertEquals(3, layer.listeningPoints().size());
        for (Flow p : layer.listeningPoints()) {
            assertTrue(p.local().getPort() > 0);
            assertEquals(SipTransportLayer.NO_REMOTE, p.remote());
            assertEquals(p.local(), layer.localAddress(p.transport()));
        }
        InetSocketAddress tcp = layer.localAddress(TransportType.TCP);
        Via via = layer.localVia(TransportType.TCP, "z9hG4bKabc");
        assertEquals("SIP/2.0/TCP 127.0.0.1:" + tcp.getPort() + ";branch=z9hG4bKabc;rport", via.toString());
    }
}
