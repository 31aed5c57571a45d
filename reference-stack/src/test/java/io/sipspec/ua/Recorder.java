package io.sipspec.ua;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.server.MessageLog;
import io.sipspec.transport.Flow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Records the messages a stack receives, for tests to look at what went over the wire. */
final class Recorder implements MessageLog {

    private final List<SipMessage> received = new CopyOnWriteArrayList<>();

    @Override
    public void received(SipMessage message, Flow flow) {
        received.add(message);
    }

    @Override
    public void sent(SipMessage message, Flow flow) {
    }

    /** The requests of {@code method} received, in order; a retransmission (the same bytes again) counts once. */
    List<SipRequest> requests(String method) {
        return distinct().filter(m -> m instanceof SipRequest r && r.isMethod(method)).map(m -> (SipRequest) m).toList();
    }

    /** The responses with {@code status} to requests of {@code method} received, in order; retransmissions count once. */
    List<SipResponse> responses(int status, String method) {
        return distinct().filter(m -> m instanceof SipResponse r && r.statusCode() == status && r.cseq().method().equals(method))
                .map(m -> (SipResponse) m).toList();
    }

    private Stream<SipMessage> distinct() {
        Set<String> seen = new HashSet<>();
        return received.stream().filter(m -> seen.add(m.toString()));
    }
}
