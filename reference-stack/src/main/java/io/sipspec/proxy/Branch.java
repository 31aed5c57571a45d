package io.sipspec.proxy;

import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.transaction.ClientTransaction;
import io.sipspec.transaction.Scheduler;

/** One forwarded request of a response context: its target, client transaction, Timer C and CANCEL. */
final class Branch {

    /** Where the branch is, as the response context sees it. */
    enum State {
        /** Sent; no response yet. */
        CALLING,
        /** A provisional response came: RFC 3261 §16.7 step 10, a "pending client transaction". */
        PROCEEDING,
        /** A final response came, or the transaction failed (timeout, transport error, Timer C). */
        COMPLETED
    }

    final Uri target;
    /** Set once the transaction layer made it. */
    ClientTransaction transaction;
    /** The URI the proxy put into Record-Route for this branch, or null. */
    final SipUri recordRoute;
    State state = State.CALLING;
    /** The proxy wants this branch cancelled; the CANCEL goes once a provisional response has come (§9.1). */
    boolean cancelWanted;
    boolean cancelSent;
    /** The client transaction was destroyed. */
    boolean terminated;
    Scheduler.Timer timerC;

    Branch(Uri target, SipUri recordRoute) {
        this.target = target;
        this.recordRoute = recordRoute;
    }

    boolean isPending() {
        return state != State.COMPLETED;
    }

    void cancelTimerC() {
        if (timerC != null) {
            timerC.cancel();
            timerC = null;
        }
    }
}
