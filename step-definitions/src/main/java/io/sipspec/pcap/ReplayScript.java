package io.sipspec.pcap;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a replay plays: the messages between the two parties of a capture's first request, the client (who sent it)
 * and the device (who received it), in capture order. Retransmissions (the same bytes again in the same direction)
 * and 100 Trying are left out: the transaction layers at both ends take care of retransmissions, and a 100 is
 * hop by hop (RFC 3261 §16.7: "the following responses MUST be forwarded immediately: -  Any provisional response
 * other than 100 (Trying)"), sent or not as the next element decides.
 *
 * @param client   the endpoint whose messages the tester sends
 * @param device   the endpoint whose messages the device under test is expected to send
 * @param messages the messages, in capture order
 */
public record ReplayScript(InetSocketAddress client, InetSocketAddress device, List<CapturedMessage> messages) {

    public ReplayScript {
        messages = List.copyOf(messages);
    }

    /** The script of {@code capture} with the sender of its first request as the client side. */
    public static ReplayScript clientSide(Capture capture) {
        CapturedMessage first = capture.messages().stream().filter(m -> m.message() instanceof SipRequest).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(capture.summary().file() + " holds no SIP request"));
        InetSocketAddress client = first.source();
        InetSocketAddress device = first.destination();
        List<CapturedMessage> kept = new ArrayList<>();
        List<byte[]> seen = new ArrayList<>();
        for (CapturedMessage m : capture.messages()) {
            boolean between = m.source().equals(client) && m.destination().equals(device)
                    || m.source().equals(device) && m.destination().equals(client);
            if (!between || m.message() instanceof SipResponse r && r.statusCode() == 100) {
                continue;
            }
            byte[] raw = m.message().toByteArray();
            if (seen.stream().anyMatch(s -> Arrays.equals(s, raw))) {
                continue;
            }
            seen.add(raw);
            kept.add(m);
        }
        return new ReplayScript(client, device, kept);
    }

    /** True if the tester sends {@code m}; false if the device is expected to. */
    public boolean fromClient(CapturedMessage m) {
        return m.source().equals(client);
    }
}
