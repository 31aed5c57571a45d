package io.sipspec.ua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.Methods;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.parser.SipMessageParser;
import io.sipspec.transport.Flow;
import io.sipspec.transport.TransportListener;
import io.sipspec.transport.TransportType;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RFC 3261 §8.2.7, the stateless UAS, with a recording transaction layer and transport. */
class StatelessUasTest {

    private static final Flow FLOW = new Flow(TransportType.UDP, new InetSocketAddress("127.0.0.1", 5060),
            new InetSocketAddress("127.0.0.1", 5070));

    private final List<SipMessage> toTransactions = new ArrayList<>();
    private final List<SipResponse> sent = new ArrayList<>();
    private final TransportListener layer = new TransportListener() {
        @Override
        public void messageReceived(SipMessage message, Flow flow) {
            toTransactions.add(message);
        }

        @Override
        public void malformedReceived(MalformedSipMessage message, Flow flow) {
        }
    };

    /** Answers every OPTIONS with 401, statelessly. */
    private final StatelessUas uas = new StatelessUas(layer,
            (r, tag) -> r.isMethod(Methods.OPTIONS) ? Optional.of(r.createResponse(401, tag).build()) : Optional.empty(),
            (response, flow) -> sent.add(response));

    private static SipRequest request(String method, String branch, long cseq) {
        return (SipRequest) new SipMessageParser().parse(method + " sip:bob@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=" + branch + "\r\n"
                + "Max-Forwards: 70\r\nTo: <sip:bob@127.0.0.1>\r\nFrom: <sip:alice@127.0.0.1>;tag=a1\r\n"
                + "Call-ID: c1@127.0.0.1\r\nCSeq: " + cseq + " " + method + "\r\nContent-Length: 0\r\n\r\n");
    }

    @Test
    @DisplayName("§8.2.7: the request is answered from the transport, not passed to the transaction layer")
    void answeredWithoutTransaction() {
        uas.messageReceived(request(Methods.OPTIONS, "z9hG4bK1", 1), FLOW);
        assertEquals(1, sent.size());
        assertEquals(401, sent.get(0).statusCode());
        assertEquals(List.of(), toTransactions);
    }

    @Test
    @DisplayName("§8.2.7: \"To header tags MUST be generated ... in a manner that will generate the same tag for the same request consistently\"")
    void sameRequestSameTagOtherRequestOtherTag() {
        uas.messageReceived(request(Methods.OPTIONS, "z9hG4bK1", 1), FLOW);
        uas.messageReceived(request(Methods.OPTIONS, "z9hG4bK1", 1), FLOW); // a retransmission, answered anew
        uas.messageReceived(request(Methods.OPTIONS, "z9hG4bK2", 2), FLOW);
        assertEquals(3, sent.size());
        String first = sent.get(0).to().tag();
        assertTrue(first != null && !first.isEmpty());
        assertEquals(first, sent.get(1).to().tag());
        assertNotEquals(first, sent.get(2).to().tag());
    }

    @Test
    @DisplayName("§8.2.7: \"A stateless UAS MUST ignore ACK requests.\" \"... MUST ignore CANCEL requests.\"")
    void ackAndCancelGoToTheTransactionLayer() {
        StatelessUas answersAll = new StatelessUas(layer, (r, tag) -> Optional.of(r.createResponse(200, tag).build()),
                (response, flow) -> sent.add(response));
        answersAll.messageReceived(request(Methods.ACK, "z9hG4bK1", 1), FLOW);
        answersAll.messageReceived(request(Methods.CANCEL, "z9hG4bK1", 1), FLOW);
        assertEquals(List.of(), sent);
        assertEquals(2, toTransactions.size());
    }

    @Test
    @DisplayName("§8.2.7: \"A stateless UAS MUST NOT send provisional (1xx) responses\": a policy's 1xx is not sent")
    void provisionalNeverSent() {
        StatelessUas wrong = new StatelessUas(layer, (r, tag) -> Optional.of(r.createResponse(180, tag).build()),
                (response, flow) -> sent.add(response));
        wrong.messageReceived(request(Methods.INVITE, "z9hG4bK1", 1), FLOW);
        assertEquals(List.of(), sent);
        assertEquals(1, toTransactions.size(), "handled statefully instead");
    }

    @Test
    @DisplayName("A request without From, To and Call-ID (RFC 4475 insuf) goes on to the transaction layer, which answers it")
    void requestWithoutFromGoesOn() {
        SipRequest insuf = (SipRequest) new SipMessageParser().parse("INVITE sip:bob@127.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bKinsuf\r\nMax-Forwards: 70\r\nCSeq: 1 INVITE\r\n"
                + "Content-Length: 0\r\n\r\n");
        uas.messageReceived(insuf, FLOW);
        assertEquals(List.of(insuf), toTransactions);
    }

    @Test
    @DisplayName("Requests the policy does not answer, and responses, go to the transaction layer")
    void othersPassThrough() {
        uas.messageReceived(request(Methods.INVITE, "z9hG4bK1", 1), FLOW);
        SipResponse r = request(Methods.OPTIONS, "z9hG4bK9", 9).createResponse(200).build();
        uas.messageReceived(r, FLOW);
        assertEquals(List.of(), sent);
        assertEquals(2, toTransactions.size());
    }
}
