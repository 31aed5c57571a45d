package io.sipspec.pcap;

import io.sipspec.message.SipMessage;
import io.sipspec.parser.SipDecodeException;
import io.sipspec.parser.SipMessageParser;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns captured frames into SIP messages: link layer, IP (with fragment reassembly), then UDP (one datagram, one
 * message: RFC 3261 §18.3) or TCP (stream reassembly and §18.3 framing). Datagrams that do not start like a SIP
 * message (RTP, DNS...) are passed over. Every message goes to the sink as it is completed, so memory does not grow
 * with the capture.
 */
final class PacketDecoder {

    private final int linkType;
    private final Consumer<CapturedMessage> sink;
    private final SipMessageParser parser = new SipMessageParser();
    private final FragmentReassembly fragments = new FragmentReassembly();
    private final TcpReassembly tcp = new TcpReassembly(this::stream);
    private final SctpReassembly sctp = new SctpReassembly();
    private final List<String> problems = new ArrayList<>();
    private long frames;
    private long messages;
    private long malformed;
    private long skippedBytes;
    private Instant time = Instant.EPOCH;

    PacketDecoder(int linkType, Consumer<CapturedMessage> sink) {
        this.linkType = linkType;
        this.sink = sink;
    }

    /** The next frame, {@code length} bytes of {@code frame}, captured at {@code at}. */
    void frame(byte[] frame, int length, Instant at) {
        frames++;
        time = at;
        int offset = LinkLayer.ipOffset(linkType, frame, length);
        if (offset < 0) {
            return;
        }
        IpDatagram ip = IpDatagram.parse(frame, offset, length);
        if (ip == null || ip.protocol() != IpDatagram.UDP && ip.protocol() != IpDatagram.TCP && ip.protocol() != IpDatagram.SCTP) {
            return;
        }
        byte[] bytes = frame;
        int payload = ip.payloadOffset();
        int payloadLength = ip.payloadLength();
        if (ip.fragment()) {
            byte[] whole = fragments.add(ip);
            if (whole == null) {
                return;
            }
            bytes = whole;
            payload = 0;
            payloadLength = whole.length;
        }
        if (ip.protocol() == IpDatagram.UDP) {
            udp(ip, bytes, payload, payloadLength);
        } else if (ip.protocol() == IpDatagram.TCP) {
            tcp(ip, bytes, payload, payloadLength);
        } else {
            sctp(ip, bytes, payload, payloadLength);
        }
    }

    /** The capture ended: TCP streams give up what they still hold. */
    ReadSummary finish(Path file, String error) {
        tcp.finish();
        return new ReadSummary(file, LinkLayer.name(linkType), frames, messages, malformed, skippedBytes,
                tcp.retransmitted(), fragments.waiting() + fragments.dropped(), problems, error);
    }

    private void udp(IpDatagram ip, byte[] bytes, int offset, int length) {
        if (length < 8) {
            problem("a UDP header cut short");
            return;
        }
        int udpLength = LinkLayer.u16(bytes, offset + 4);
        int data = Math.min(length, udpLength >= 8 ? udpLength : length) - 8;
        int start = offset + 8;
        int first = start;
        while (first < start + data && (bytes[first] == '\r' || bytes[first] == '\n')) {
            first++;
        }
        if (first == start + data || !SipStart.at(bytes, first, start + data)) {
            return;
        }
        InetSocketAddress source = new InetSocketAddress(IpDatagram.address(ip.source()), LinkLayer.u16(bytes, offset));
        InetSocketAddress destination = new InetSocketAddress(IpDatagram.address(ip.destination()), LinkLayer.u16(bytes, offset + 2));
        message(bytes, start, data, CaptureTransport.UDP, source, destination);
    }

    private void tcp(IpDatagram ip, byte[] bytes, int offset, int length) {
        if (length < 20) {
            problem("a TCP header cut short");
            return;
        }
        InetSocketAddress source = new InetSocketAddress(IpDatagram.address(ip.source()), LinkLayer.u16(bytes, offset));
        InetSocketAddress destination = new InetSocketAddress(IpDatagram.address(ip.destination()), LinkLayer.u16(bytes, offset + 2));
        if (!tcp.segment(new TcpReassembly.Direction(source, destination), bytes, offset, length)) {
            problem("a TCP header cut short");
        }
    }

    private void sctp(IpDatagram ip, byte[] bytes, int offset, int length) {
        if (length < 12) {
            problem("an SCTP header cut short");
            return;
        }
        InetSocketAddress source = new InetSocketAddress(IpDatagram.address(ip.source()), LinkLayer.u16(bytes, offset));
        InetSocketAddress destination = new InetSocketAddress(IpDatagram.address(ip.destination()), LinkLayer.u16(bytes, offset + 2));
        sctp.packet(new TcpReassembly.Direction(source, destination), bytes, offset, length, (data, n) -> {
            if (SipStart.at(data, 0, n)) {
                message(data, 0, n, CaptureTransport.SCTP, source, destination);
            }
        });
    }

    private TcpStream stream(TcpReassembly.Direction direction) {
        return new TcpStream(new StreamDemux(sink(direction, CaptureTransport.TCP), sink(direction, CaptureTransport.WS)));
    }

    private SipStreamFramer.Sink sink(TcpReassembly.Direction direction, CaptureTransport transport) {
        return new SipStreamFramer.Sink() {
            @Override
            public void message(byte[] bytes, int offset, int length) {
                PacketDecoder.this.message(bytes, offset, length, transport, direction.source(), direction.destination());
            }

            @Override
            public void skipped(long bytes, String why) {
                skippedBytes += bytes;
                problem(bytes + " bytes skipped in the " + transport + " stream " + direction.source() + " -> "
                        + direction.destination() + ": " + why);
            }
        };
    }

    private void message(byte[] bytes, int offset, int length, CaptureTransport transport, InetSocketAddress source,
                         InetSocketAddress destination) {
        SipMessage m;
        try {
            m = parser.parseDatagram(bytes, offset, length);
        } catch (SipDecodeException e) {
            malformed++;
            problem("a malformed SIP message " + source + " -> " + destination + " over " + transport + ": " + e.getMessage());
            return;
        }
        sink.accept(new CapturedMessage(messages++, frames, time, transport, source, destination, m));
    }

    private void problem(String what) {
        if (problems.size() < ReadSummary.MAX_PROBLEMS) {
            problems.add("frame " + frames + ": " + what);
        }
    }
}
