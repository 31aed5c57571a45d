package io.sipspec.transaction;

import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.TransactionKey;
import io.sipspec.transport.Destination;

/**
 * A client transaction (RFC 3261 §17.1): sends a request, retransmits it over unreliable transports, and passes
 * the responses to its TU. Confined to the transaction layer's executor.
 */
public abstract sealed class ClientTransaction extends Transaction permits InviteClientTransaction, NonInviteClientTransaction {

    SipRequest request;
    Destination destination;
    final ClientTransactionListener listener;
    /** §17.1.1.2: timers that retransmit run "if an unreliable transport is being used". */
    boolean reliable;
    /** The request and destination over UDP when the size rule of §18.1.1 moved the request to TCP; else null. */
    private SipRequest udpRequest;
    private Destination udpDestination;

    ClientTransaction(TransactionLayer layer, SipRequest request, Destination destination, ClientTransactionListener listener) {
        super(layer, TransactionKey.forClient(request));
        this.request = request;
        this.destination = destination;
        this.listener = listener;
        this.reliable = destination.transport().reliable();
    }

    /** The request this transaction sent (with the top Via that identifies it). */
    public SipRequest request() {
        return request;
    }

    public Destination destination() {
        return destination;
    }

    /** Sends the request and starts the timers: the transition into the initial state. */
    abstract void start();

    /**
     * The TU gives the transaction up: it is destroyed without informing the TU again. RFC 3261 §9.1: "If there is
     * no final response for the original request in 64*T1 seconds (T1 is defined in Section 17.1.1.1), the client
     * SHOULD then consider the original transaction cancelled and SHOULD destroy the client transaction handling the
     * original request." A proxy does the same when Timer C fires (§16.8). Safe from any thread.
     */
    public void abandon() {
        layer.onExecutor(() -> {
            if (!isTerminated()) {
                terminate();
            }
        });
    }

    /** Moves to "Terminated", cancels every timer and destroys the transaction. */
    abstract void terminate();

    /** A response matching this transaction (§17.1.3). */
    abstract void responseReceived(SipResponse response);

    /** Records that {@code udp} was moved to TCP because of its size: a failed connection falls back to it. */
    void fallBackTo(SipRequest udp, Destination udpDestinationOfIt) {
        this.udpRequest = udp;
        this.udpDestination = udpDestinationOfIt;
    }

    /**
     * RFC 3261 §18.1.1: "If an element sends a request over TCP because of these message size constraints, and that
     * request would have otherwise been sent over UDP, if the attempt to establish the connection generates either an
     * ICMP Protocol Not Supported, or results in a TCP reset, the element SHOULD retry the request, using UDP." Sends
     * the request over UDP (once) and returns true; false when there is nothing to fall back to. The caller starts the
     * retransmission timer of UDP.
     */
    boolean retryOverUdp() {
        if (udpRequest == null) {
            return false;
        }
        request = udpRequest;
        destination = udpDestination;
        reliable = false;
        udpRequest = null;
        udpDestination = null;
        send(request);
        return true;
    }

    void send(SipMessage message) {
        watch(layer.transport().send(message, destination), message.startLine());
    }

    /** §17.1.1.2: "The client transaction MUST be destroyed the instant it enters the "Terminated" state." */
    void destroy() {
        layer.remove(this);
        listener.terminated(this);
    }
}
