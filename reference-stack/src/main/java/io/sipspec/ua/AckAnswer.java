package io.sipspec.ua;

import io.sipspec.message.MediaType;
import io.sipspec.message.SipResponse;
import io.sipspec.ua.sdp.OfferAnswer;
import io.sipspec.ua.sdp.Origin;
import io.sipspec.ua.sdp.SdpParseException;
import io.sipspec.ua.sdp.SessionDescription;
import java.util.Optional;

/**
 * The answer a UAC that sent its INVITE without an offer puts in the ACK of a 2xx (RFC 3261 §13.2.1: "If the initial
 * offer is in the first reliable non-failure message from the UAS back to UAC, the answer MUST be in the
 * acknowledgement for that message (in this specification, ACK for a 2xx response)."), and whether the session can go
 * on with it.
 *
 * @param sdp        the answer for the ACK's body; empty when the 2xx has no session description this UA can answer
 * @param acceptable false when the offer is not acceptable: the UAC then sends a BYE at once (§13.2.2.4)
 */
record AckAnswer(Optional<SessionDescription> sdp, boolean acceptable) {

    /**
     * The answer to the offer in {@code ok}, made with {@code origin} and the media address and ports of this UA.
     * §13.2.2.4: "If the 2xx contains an offer (based on the rules above), the ACK MUST carry an answer in its body. If
     * the offer in the 2xx response is not acceptable, the UAC core MUST generate a valid answer in the ACK and then
     * send a BYE immediately." An offer with no stream this UA can take is answered with every stream rejected (port
     * zero, RFC 3264 §6), a valid answer. A 2xx without a session description, or with one that is not SDP, has no
     * offer this UA can answer: the ACK carries no body, and the call ends with a BYE.
     */
    static AckAnswer to(SipResponse ok, Origin origin, String mediaAddress, int mediaPort) {
        MediaType type = ok.contentType();
        if (ok.bodyLength() == 0 || type == null || !type.essence().equals("application/sdp")) {
            return new AckAnswer(Optional.empty(), false);
        }
        SessionDescription offer;
        try {
            offer = SessionDescription.parse(ok.body());
        } catch (SdpParseException e) {
            return new AckAnswer(Optional.empty(), false);
        }
        OfferAnswer agent = OfferAnswer.audio();
        Optional<SessionDescription> answer = agent.answer(offer, origin, mediaAddress, i -> mediaPort + 2 * i);
        if (answer.isPresent()) {
            return new AckAnswer(answer, true);
        }
        return new AckAnswer(Optional.of(agent.rejection(offer, origin, mediaAddress)), false);
    }
}
