package io.sipspec.ua;

import io.sipspec.message.Address;
import io.sipspec.message.Methods;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Via;
import io.sipspec.parser.MalformedSipMessage;
import io.sipspec.transport.Flow;
import io.sipspec.transport.TransportListener;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.BiConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stateless UAS of RFC 3261 §8.2.7, in front of the transaction layer: "A stateless UAS is a UAS that does not
 * maintain transaction state." "Stateless UASs do not use a transaction layer; they receive requests directly from the
 * transport layer and send responses directly to the transport layer." "A UAS can operate in either a stateful or
 * stateless mode for each new request": a {@link Policy} answers the requests it can answer the same way every time
 * (typically the challenge to an unauthenticated request: "The stateless UAS role is needed primarily to handle
 * unauthenticated requests for which a challenge response is issued"), and every other message goes on to the
 * transaction layer.
 *
 * <p>The rules of §8.2.7: "A stateless UAS MUST NOT send provisional (1xx) responses." (a policy's 1xx is refused) "A
 * stateless UAS MUST NOT retransmit responses." (a retransmitted request is answered anew, nothing is kept) "A
 * stateless UAS MUST ignore ACK requests." "A stateless UAS MUST ignore CANCEL requests." (both go to the transaction
 * layer untouched) "To header tags MUST be generated for responses in a stateless manner - in a manner that will
 * generate the same tag for the same request consistently." ({@link #tagFor}: an HMAC of the request's transaction
 * identity under a secret, so the tag is stable for retransmissions and unpredictable to others, §19.3.)
 */
public final class StatelessUas implements TransportListener {

    private static final Logger LOG = LoggerFactory.getLogger(StatelessUas.class);

    /** Decides which requests are answered statelessly, and with what. */
    @FunctionalInterface
    public interface Policy {
        /** The final response to {@code request}, built with {@code tag} as the To tag when it has none; or empty. */
        Optional<SipResponse> answer(SipRequest request, String tag);
    }

    private final TransportListener next;
    private final Policy policy;
    private final BiConsumer<SipResponse, Flow> send;
    private final byte[] secret;

    /**
     * @param next   the transaction layer (or whatever handles the requests this UAS does not answer)
     * @param policy which requests to answer statelessly
     * @param send   sends a response straight to the transport (§18.2.2 routing from the request's flow)
     */
    public StatelessUas(TransportListener next, Policy policy, BiConsumer<SipResponse, Flow> send) {
        this.next = next;
        this.policy = policy;
        this.send = send;
        this.secret = new byte[32];
        new SecureRandom().nextBytes(secret);
    }

    @Override
    public void messageReceived(SipMessage message, Flow flow) {
        if (message instanceof SipRequest r && !r.isMethod(Methods.ACK) && !r.isMethod(Methods.CANCEL)) {
            Optional<SipResponse> answer;
            try {
                answer = policy.answer(r, tagFor(r));
            } catch (SipParseException | IllegalArgumentException e) {
                // A request the policy cannot read is left to the stateful UAS, which answers it 400.
                answer = Optional.empty();
            }
            if (answer.isPresent() && answer.get().isProvisional()) {
                // A policy bug, not the peer's: never sent, and the request is handled statefully instead.
                LOG.error("stateless policy answered {} with {}: a stateless UAS MUST NOT send provisional (1xx) "
                        + "responses (RFC 3261 §8.2.7)", r.startLine(), answer.get().startLine());
            } else if (answer.isPresent()) {
                send.accept(answer.get(), flow);
                return;
            }
        }
        next.messageReceived(message, flow);
    }

    @Override
    public void malformedReceived(MalformedSipMessage message, Flow flow) {
        next.malformedReceived(message, flow);
    }

    @Override
    public void flowClosed(Flow flow) {
        next.flowClosed(flow);
    }

    /**
     * The To tag for {@code request}: the same for every retransmission of it (same Call-ID, From tag, CSeq and top Via
     * branch), different for any other request, and not guessable without the secret.
     */
    public String tagFor(SipRequest request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            // A request without From or Via (RFC 4475 insuf) still gets a tag; the transaction layer answers it 400.
            Address from = request.from();
            Via top = request.topVia();
            String identity = request.callId() + '\n' + (from == null ? null : from.tag()) + '\n' + request.cseq() + '\n'
                    + (top == null ? null : top.branch());
            byte[] h = mac.doFinal(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is a required JDK algorithm", e);
        }
    }
}
