package io.sipspec.tester;

/** Puts messages in a peer's mailbox as if they had arrived, at chosen times: for tests of the steps built on it. */
public final class Deliveries {

    private Deliveries() {
    }

    public static void deliver(Peer peer, Received r) {
        peer.mailbox().deliver(r);
    }
}
