package io.sipspec.device;

import io.sipspec.transaction.TimerConfig;
import java.net.InetSocketAddress;

/**
 * The device under test in one scenario: where the tester's peers reach it, its timers, and how to make it send
 * first. Closed at the end of the scenario.
 */
public interface Device extends AutoCloseable {

    /**
     * The {@link #trigger} word that places a call with an INVITE without an offer (RFC 3261 §13.2.1: the offer then
     * comes in the 2xx, the answer in the ACK); an external device's profile command for it is
     * {@code trigger.invite-without-offer}.
     */
    String INVITE_WITHOUT_OFFER = "INVITE-without-offer";

    /** Where the peers send to ({@code ${sut}} in templates). */
    InetSocketAddress address();

    /** The device's timers: {@code T1} and {@code 64*T1} in the features mean these. */
    TimerConfig timers();

    /** How reports name it: "embedded uas", "sipp-uas". */
    String label();

    /**
     * Makes the device send a {@code method} request to {@code target} (its UAC behaviour); returns once the device
     * was told to, without waiting for the request.
     *
     * @throws org.opentest4j.TestAbortedException "skipped: needs trigger" when the device cannot be made to
     */
    void trigger(String method, TriggerTarget target);

    /**
     * Makes the device {@code action} in the call it has with the peer {@code target} (a dialog it set up by
     * {@link #trigger} or by answering the peer's INVITE); returns once the device was told to.
     *
     * @throws org.opentest4j.TestAbortedException "skipped: needs trigger" when the device cannot be made to
     */
    default void act(CallAction action, TriggerTarget target) {
        throw new org.opentest4j.TestAbortedException("skipped: needs trigger: " + label() + " cannot be made to " + action.description());
    }

    /**
     * Makes the device form a request from {@code uri} and send it, as RFC 3261 §19.1.5 says (its method parameter,
     * headers and body); a device that finds the URI invalid sends nothing. Returns once the device was told to.
     *
     * @throws org.opentest4j.TestAbortedException "skipped: needs trigger" when the device cannot be made to (the
     *                                             default)
     */
    default void triggerFromUri(String uri) {
        throw new org.opentest4j.TestAbortedException("skipped: needs trigger: " + label() + " cannot be made to send a request formed from a URI");
    }

    /** What the triggers printed (commands of external devices), for the report; empty if nothing. */
    String triggerLog();

    @Override
    void close();
}
