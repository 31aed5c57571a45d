package io.sipspec.ua;

import io.sipspec.auth.DigestAuthenticator;
import io.sipspec.dialog.DialogTable;
import io.sipspec.message.SipHeaders;
import java.util.Optional;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.server.SipStack;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.transport.Flow;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A user agent (RFC 3261 §8): a UAC core that places calls and registrations ({@link #uac()}) and a UAS core that
 * answers requests ({@link UasCore}), sharing one dialog table. It is the transaction user of its {@link SipStack};
 * make one with {@code SipStack.builder().user(stack -> new UserAgent(stack, config))}.
 */
public final class UserAgent implements TransactionUser, StatelessUas.Policy {

    private final SipStack stack;
    private final UaConfig config;
    private final DialogTable dialogs = new DialogTable();
    private final UacCore uac;
    private final UasCore uas;
    private final List<Consumer<IncomingCall>> incomingCalls = new CopyOnWriteArrayList<>();

    public UserAgent(SipStack stack, UaConfig config) {
        this.stack = stack;
        this.config = config;
        this.uac = new UacCore(stack, config, dialogs, new Sessions());
        this.uas = new UasCore(stack, config, dialogs, uac, () -> call -> incomingCalls.forEach(l -> l.accept(call)));
    }

    /**
     * Tells {@code listener}, on the stack's event loop, of each call this UA receives, as it starts ringing; the
     * listeners given before are told too (e.g. the UA's own behaviour, and a test watching its calls).
     */
    public void onIncomingCall(Consumer<IncomingCall> listener) {
        incomingCalls.add(Objects.requireNonNull(listener, "listener"));
    }

    public UacCore uac() {
        return uac;
    }

    public SipStack stack() {
        return stack;
    }

    /** The number of dialogs this UA holds (read on the stack's event loop). */
    public int dialogCount() {
        return dialogs.size();
    }

    /** Calls answered by the UAS core, for monitoring. */
    public long callsAnswered() {
        return uas.callsAnswered();
    }

    @Override
    public void requestReceived(ServerTransaction transaction, SipRequest request) {
        uas.requestReceived(transaction, request);
    }

    @Override
    public void ackReceived(SipRequest ack, Flow flow) {
        uas.ackReceived(ack);
    }

    @Override
    public void strayResponse(SipResponse response, Flow flow) {
        // RFC 6026 §7.2: "Any response received that does not match an existing client transaction state machine is
        // simply dropped."
    }

    /**
     * RFC 3261 §8.2.7: "The stateless UAS role is needed primarily to handle unauthenticated requests for which a
     * challenge response is issued. If unauthenticated requests were handled statefully, then malicious floods of
     * unauthenticated requests could create massive amounts of transaction state". A request outside of any dialog that
     * carries no credentials at all is challenged here, without a transaction; everything else is handled statefully.
     */
    @Override
    public Optional<SipResponse> answer(SipRequest request, String tag) {
        DigestAuthenticator auth = config.authenticator();
        if (auth == null || auth.exempt(request) || request.to().tag() != null
                || request.headerValue(auth.type().credentialsHeader().name()) != null) {
            return Optional.empty();
        }
        return Optional.of(auth.challenge(request.toBuilder().header(SipHeaders.TO, request.to().withTag(tag)).build(), false));
    }
}
