package io.sipspec.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Via;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** RFC 3261 §18.2.2 and RFC 3581 §4, case by case. */
class ResponseRoutingTest {

    private static final InetSocketAddress LOCAL = new InetSocketAddress("127.0.0.1", 5060);
    private static final InetSocketAddress SOURCE = new InetSocketAddress("192.0.2.4", 40000);
    private static final Flow UDP_FLOW = new Flow(TransportType.UDP, LOCAL, SOURCE);
    private static final Flow TCP_FLOW = new Flow(TransportType.TCP, LOCAL, SOURCE);
    private static final Flow TLS_FLOW = new Flow(TransportType.TLS, LOCAL, SOURCE);

    private static ResponseRoute route(String via, Flow flow) {
        return ResponseRouting.route(Via.parse(via), flow);
    }

    private static InetSocketAddress addr(String host, int port) {
        return new InetSocketAddress(host, port);
    }

    @Test
    void reliableUsesTheRequestConnectionAndFallsBackToReceivedWithSentByPort() {
        ResponseRoute r = route("SIP/2.0/TCP pc33.example.com:5070;branch=z9hG4bK1;received=192.0.2.4", TCP_FLOW);
        assertEquals(ResponseRoute.Rule.RELIABLE, r.rule());
        assertEquals(TCP_FLOW, r.connection());
        assertEquals(new Destination(TransportType.TCP, addr("192.0.2.4", 5070)), r.destination());
    }

    @Test
    void reliableWithoutPortUsesTheTransportsDefaultPort() {
        ResponseRoute tcp = route("SIP/2.0/TCP 192.0.2.4;branch=z9hG4bK1", TCP_FLOW);
        assertEquals(addr("192.0.2.4", 5060), tcp.destination().address());
        ResponseRoute tls = route("SIP/2.0/TLS 192.0.2.4;branch=z9hG4bK1", TLS_FLOW);
        assertEquals(new Destination(TransportType.TLS, addr("192.0.2.4", 5061)), tls.destination());
        assertEquals(TLS_FLOW, tls.connection());
    }

    @Test
    void reliableIgnoresRport() {
        ResponseRoute r = route("SIP/2.0/TCP 192.0.2.4:5070;branch=z9hG4bK1;rport=40000;received=192.0.2.4", TCP_FLOW);
        assertEquals(addr("192.0.2.4", 5070), r.destination().address());
    }

    @Test
    void reliableWithoutReceivedUsesTheSentByHostUnresolved() {
        ResponseRoute r = route("SIP/2.0/TCP pc33.example.com:5070;branch=z9hG4bK1", TCP_FLOW);
        assertTrue(r.destination().address().isUnresolved());
        assertEquals("pc33.example.com", r.destination().address().getHostString());
        assertEquals(5070, r.destination().address().getPort());
    }

    @Test
    void maddrWinsOverReceivedForUnreliableTransports() {
        ResponseRoute r = route("SIP/2.0/UDP 192.0.2.9:5070;branch=z9hG4bK1;maddr=239.255.255.1;ttl=16;received=192.0.2.4;rport=40000",
                UDP_FLOW);
        assertEquals(ResponseRoute.Rule.MADDR, r.rule());
        assertEquals(addr("239.255.255.1", 5070), r.destination().address());
        assertEquals(16, r.ttl());
        assertNull(r.connection());
    }

    @Test
    void maddrMulticastWithoutTtlUsesOneAndPort5060WithoutSentByPort() {
        ResponseRoute r = route("SIP/2.0/UDP 192.0.2.9;branch=z9hG4bK1;maddr=224.0.1.75", UDP_FLOW);
        assertEquals(addr("224.0.1.75", 5060), r.destination().address());
        assertEquals(1, r.ttl());
    }

    @Test
    void unicastMaddrHasNoTtl() {
        ResponseRoute r = route("SIP/2.0/UDP 192.0.2.9;branch=z9hG4bK1;maddr=192.0.2.77", UDP_FLOW);
        assertEquals(addr("192.0.2.77", 5060), r.destination().address());
        assertEquals(-1, r.ttl());
    }

    @Test
    void receivedAndRportSendToReceivedAndRportFromTheRequestSocket() {
        ResponseRoute r = route("SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1;rport=40000;received=192.0.2.4", UDP_FLOW);
        assertEquals(ResponseRoute.Rule.RECEIVED_RPORT, r.rule());
        assertEquals(new Destination(TransportType.UDP, SOURCE), r.destination());
        assertEquals(LOCAL, r.sendFrom());
    }

    @Test
    void receivedWithoutRportUsesTheSentByPort() {
        ResponseRoute r = route("SIP/2.0/UDP bobspc.biloxi.com:5070;branch=z9hG4bK1;received=192.0.2.4", UDP_FLOW);
        assertEquals(ResponseRoute.Rule.RECEIVED, r.rule());
        assertEquals(addr("192.0.2.4", 5070), r.destination().address());
    }

    @Test
    void receivedWithoutAnyPortUses5060() {
        ResponseRoute r = route("SIP/2.0/UDP bobspc.biloxi.com;branch=z9hG4bK1;received=192.0.2.4", UDP_FLOW);
        assertEquals(addr("192.0.2.4", 5060), r.destination().address());
    }

    @Test
    void emptyRportIsLikeNoRport() {
        ResponseRoute r = route("SIP/2.0/UDP 10.0.0.1:5070;branch=z9hG4bK1;rport;received=192.0.2.4", UDP_FLOW);
        assertEquals(ResponseRoute.Rule.RECEIVED, r.rule());
        assertEquals(addr("192.0.2.4", 5070), r.destination().address());
    }

    @Test
    void ipv6ReceivedWithAndWithoutBrackets() {
        Flow v6 = new Flow(TransportType.UDP, new InetSocketAddress("::1", 5060), new InetSocketAddress("2001:db8::9:255", 4000));
        InetSocketAddress expected = addr("2001:db8::9:255", 4000);
        assertEquals(expected, route("SIP/2.0/UDP [2001:db8::9:1];branch=z9hG4bK1;received=2001:db8::9:255;rport=4000", v6)
                .destination().address());
        assertEquals(expected, route("SIP/2.0/UDP [2001:db8::9:1];branch=z9hG4bK1;received=[2001:db8::9:255];rport=4000", v6)
                .destination().address());
    }

    @Test
    void sentByOnlyUsesSentByHostAndPort() {
        ResponseRoute r = route("SIP/2.0/UDP 192.0.2.4:5070;branch=z9hG4bK1", UDP_FLOW);
        assertEquals(ResponseRoute.Rule.SENT_BY, r.rule());
        assertEquals(addr("192.0.2.4", 5070), r.destination().address());
        assertEquals(LOCAL, r.sendFrom());
        assertEquals(addr("192.0.2.4", 5060), route("SIP/2.0/UDP 192.0.2.4;branch=z9hG4bK1", UDP_FLOW).destination().address());
    }

    @Test
    void sentByWithRportValueUsesIt() {
        ResponseRoute r = route("SIP/2.0/UDP 192.0.2.4:5070;branch=z9hG4bK1;rport=40000", UDP_FLOW);
        assertEquals(addr("192.0.2.4", 40000), r.destination().address());
    }

    @Test
    void unknownSentProtocolFollowsTheRequestFlowTransport() {
        ResponseRoute r = route("SIP/2.0/SCTP 192.0.2.4:5070;branch=z9hG4bK1;received=192.0.2.4;rport=40000", UDP_FLOW);
        assertEquals(TransportType.UDP, r.destination().transport());
        assertEquals(SOURCE, r.destination().address());
    }

    @Test
    void reliableViaOverAnotherFlowTransportOpensAConnection() {
        ResponseRoute r = route("SIP/2.0/TCP 192.0.2.4:5070;branch=z9hG4bK1", UDP_FLOW);
        assertNull(r.connection());
        assertEquals(new Destination(TransportType.TCP, addr("192.0.2.4", 5070)), r.destination());
    }
}
