package io.sipspec.ua;

import io.sipspec.message.DialogId;
import io.sipspec.message.SipResponse;
import io.sipspec.ua.sdp.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * What this UA knows of the session of one INVITE dialog (RFC 3261 §13 to §15): the o= line it last sent (RFC 3264
 * §8), the INVITE transactions in progress in either direction (§14), and the call that owns the dialog. Confined to
 * the stack's event loop.
 */
final class Session {

    /** The call that owns the dialog: told when the peer ends it, asked to end it. */
    interface Owner {
        /** The peer's BYE ended the session; {@code ok} is the 2xx this UA answered it with (§15.1.2). */
        void remoteBye(SipResponse ok);

        /** The UA core ends the session with a BYE (a 2xx never acknowledged, §14.2; a 481 or 408 to a re-INVITE, §14.1). */
        void terminate();
    }

    private final DialogId id;
    private Origin origin;
    private boolean sending;
    private boolean receiving;
    private Owner owner;
    private boolean closed;
    private final List<Runnable> whenIdle = new ArrayList<>();
    private final List<Runnable> whenAcknowledged = new ArrayList<>();

    Session(DialogId id) {
        this.id = id;
    }

    DialogId id() {
        return id;
    }

    Owner owner() {
        return owner;
    }

    void owner(Owner o) {
        owner = o;
    }

    /** The o= line of the last session description this UA sent in the dialog, or null. */
    Origin origin() {
        return origin;
    }

    void origin(Origin o) {
        origin = o;
    }

    /** Whether an INVITE this UA sent on the dialog is in progress (§14.2's "an INVITE it had sent"). */
    boolean sendingInvite() {
        return sending;
    }

    /** Whether an INVITE this UA received on the dialog is in progress: not finally answered, or its 2xx not yet ACKed. */
    boolean receivingInvite() {
        return receiving;
    }

    void beginSending() {
        sending = true;
    }

    void endSending() {
        sending = false;
        ready();
    }

    void beginReceiving() {
        receiving = true;
    }

    void endReceiving() {
        receiving = false;
        ready();
    }

    /**
     * Runs {@code task} once no INVITE transaction is in progress in either direction, now if none is. §14.1: "a UAC
     * MUST NOT initiate a new INVITE transaction within a dialog while another INVITE transaction is in progress in
     * either direction."
     */
    void whenIdle(Runnable task) {
        whenIdle.add(task);
        ready();
    }

    /**
     * Runs {@code task} once the INVITE this UA received is answered and acknowledged, now if it is. §15: "the callee's
     * UA MUST NOT send a BYE on a confirmed dialog until it has received an ACK for its 2xx response or until the
     * server transaction times out."
     */
    void whenAcknowledged(Runnable task) {
        whenAcknowledged.add(task);
        ready();
    }

    /** Whether the session ended ({@link #close}). */
    boolean isClosed() {
        return closed;
    }

    /** The session ended: nothing is in progress any more, and the waiting tasks run (and find it closed). */
    void close() {
        closed = true;
        sending = false;
        receiving = false;
        ready();
    }

    private void ready() {
        if (!receiving && !whenAcknowledged.isEmpty()) {
            List<Runnable> tasks = List.copyOf(whenAcknowledged);
            whenAcknowledged.clear();
            tasks.forEach(Runnable::run);
        }
        // One task at a time: the first starts an INVITE, and the others wait for it.
        while (!receiving && !sending && !whenIdle.isEmpty()) {
            whenIdle.remove(0).run();
        }
    }
}
