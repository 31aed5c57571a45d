package io.sipspec.ua;

import io.sipspec.message.DialogId;
import io.sipspec.message.SipResponse;
import io.sipspec.transaction.Scheduler;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transaction.TimerName;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * RFC 3261 §13.3.1.4: "it is necessary to periodically pass the response directly to the transport until the ACK
 * arrives. The 2xx response is passed to the transport with an interval that starts at T1 seconds and doubles for
 * each retransmission until it reaches T2 seconds ... Response retransmissions cease when an ACK request for the
 * response is received." "If the server retransmits the 2xx response for 64*T1 seconds without receiving an ACK, the
 * dialog is confirmed, but the session SHOULD be terminated."
 *
 * <p>The retransmissions go through the INVITE server transaction, which RFC 6026 keeps in "Accepted" for 64*T1 to
 * pass them on. Confined to the UA's event loop.
 */
final class SuccessRetransmitter {

    private final Scheduler scheduler;
    private final TimerConfig timers;
    private final Consumer<DialogId> noAck;
    private final Map<DialogId, Pending> pending = new HashMap<>();

    private final class Pending {
        final DialogId id;
        final ServerTransaction tx;
        final SipResponse ok;
        long interval;
        long elapsed;
        Scheduler.Timer timer;

        Pending(DialogId id, ServerTransaction tx, SipResponse ok) {
            this.id = id;
            this.tx = tx;
            this.ok = ok;
            this.interval = timers.t1Millis();
        }

        void arm() {
            timer = scheduler.schedule(TimerName.G, interval, this::fire);
        }

        void fire() {
            elapsed += interval;
            if (elapsed >= timers.timeoutMillis()) {
                pending.remove(id);
                noAck.accept(id);
                return;
            }
            tx.sendResponse(ok);
            interval = Math.min(2 * interval, timers.t2Millis());
            arm();
        }
    }

    /** {@code noAck} is told of a dialog whose 2xx was never acknowledged within 64*T1. */
    SuccessRetransmitter(Scheduler scheduler, TimerConfig timers, Consumer<DialogId> noAck) {
        this.scheduler = scheduler;
        this.timers = timers;
        this.noAck = noAck;
    }

    /** Starts retransmitting {@code ok}, which the caller has just sent through {@code tx}. */
    void start(DialogId id, ServerTransaction tx, SipResponse ok) {
        Pending previous = pending.remove(id);
        if (previous != null) {
            previous.timer.cancel();
        }
        Pending p = new Pending(id, tx, ok);
        pending.put(id, p);
        p.arm();
    }

    /** The ACK arrived: stops the retransmissions. True if one was pending. */
    boolean acknowledged(DialogId id) {
        Pending p = pending.remove(id);
        if (p == null) {
            return false;
        }
        p.timer.cancel();
        return true;
    }

    int size() {
        return pending.size();
    }
}
