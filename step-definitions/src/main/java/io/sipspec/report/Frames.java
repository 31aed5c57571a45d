package io.sipspec.report;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.pcap4j.packet.EthernetPacket;
import org.pcap4j.packet.IpV4Packet;
import org.pcap4j.packet.IpV4Rfc791Tos;
import org.pcap4j.packet.IpV6Packet;
import org.pcap4j.packet.IpV6SimpleFlowLabel;
import org.pcap4j.packet.IpV6SimpleTrafficClass;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.TcpPacket;
import org.pcap4j.packet.UdpPacket;
import org.pcap4j.packet.UnknownPacket;
import org.pcap4j.packet.namednumber.EtherType;
import org.pcap4j.packet.namednumber.IpNumber;
import org.pcap4j.packet.namednumber.IpVersion;
import org.pcap4j.packet.namednumber.TcpPort;
import org.pcap4j.packet.namednumber.UdpPort;
import org.pcap4j.util.MacAddress;

/**
 * Builds the Ethernet frames of a synthesized capture: Ethernet (all-zero MAC addresses, as Linux shows the loopback
 * interface), IPv4 or IPv6 by the addresses' family, then UDP or TCP, with lengths and checksums computed by Pcap4J.
 */
final class Frames {

    private static final MacAddress LOOPBACK_MAC = MacAddress.getByName("00:00:00:00:00:00");
    private static final byte TTL = 64;

    private Frames() {
    }

    static Packet udp(InetSocketAddress source, InetSocketAddress destination, byte[] payload, short id) {
        UdpPacket.Builder udp = new UdpPacket.Builder()
                .srcPort(UdpPort.getInstance((short) source.getPort()))
                .dstPort(UdpPort.getInstance((short) destination.getPort()))
                .srcAddr(source.getAddress())
                .dstAddr(destination.getAddress())
                .correctLengthAtBuild(true)
                .correctChecksumAtBuild(true);
        if (payload.length > 0) {
            udp.payloadBuilder(new UnknownPacket.Builder().rawData(payload));
        }
        return frame(source.getAddress(), destination.getAddress(), IpNumber.UDP, udp, id);
    }

    /** One PSH/ACK segment of a stream, carrying {@code payload} from sequence number {@code seq}. */
    static Packet tcp(InetSocketAddress source, InetSocketAddress destination, int seq, int ack, byte[] payload,
                      short id) {
        TcpPacket.Builder tcp = new TcpPacket.Builder()
                .srcPort(TcpPort.getInstance((short) source.getPort()))
                .dstPort(TcpPort.getInstance((short) destination.getPort()))
                .sequenceNumber(seq)
                .acknowledgmentNumber(ack)
                .ack(true)
                .psh(payload.length > 0)
                .window((short) 0xffff)
                .options(List.of())
                .srcAddr(source.getAddress())
                .dstAddr(destination.getAddress())
                .paddingAtBuild(true)
                .correctLengthAtBuild(true)
                .correctChecksumAtBuild(true);
        if (payload.length > 0) {
            tcp.payloadBuilder(new UnknownPacket.Builder().rawData(payload));
        }
        return frame(source.getAddress(), destination.getAddress(), IpNumber.TCP, tcp, id);
    }

    private static Packet frame(InetAddress source, InetAddress destination, IpNumber protocol,
                                Packet.Builder segment, short id) {
        Packet.Builder ip;
        EtherType type;
        if (source instanceof Inet4Address src && destination instanceof Inet4Address dst) {
            type = EtherType.IPV4;
            ip = new IpV4Packet.Builder()
                    .version(IpVersion.IPV4)
                    .tos(IpV4Rfc791Tos.newInstance((byte) 0))
                    .identification(id)
                    .dontFragmentFlag(true)
                    .ttl(TTL)
                    .protocol(protocol)
                    .srcAddr(src)
                    .dstAddr(dst)
                    .payloadBuilder(segment)
                    .correctLengthAtBuild(true)
                    .correctChecksumAtBuild(true);
        } else if (source instanceof Inet6Address src && destination instanceof Inet6Address dst) {
            type = EtherType.IPV6;
            ip = new IpV6Packet.Builder()
                    .version(IpVersion.IPV6)
                    .trafficClass(IpV6SimpleTrafficClass.newInstance((byte) 0))
                    .flowLabel(IpV6SimpleFlowLabel.newInstance(0))
                    .nextHeader(protocol)
                    .hopLimit(TTL)
                    .srcAddr(src)
                    .dstAddr(dst)
                    .payloadBuilder(segment)
                    .correctLengthAtBuild(true);
        } else {
            throw new IllegalArgumentException("source " + source + " and destination " + destination
                    + " are not of the same IP version");
        }
        return new EthernetPacket.Builder()
                .srcAddr(LOOPBACK_MAC)
                .dstAddr(LOOPBACK_MAC)
                .type(type)
                .payloadBuilder(ip)
                .paddingAtBuild(true)
                .build();
    }
}
