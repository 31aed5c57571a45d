package io.sipspec.transaction;

/** The timers of RFC 3261 §17 (Table 4 of Appendix A) and RFC 6026, by the names the RFCs give them. */
public enum TimerName {
    /** INVITE request retransmit interval, unreliable transports only: T1, doubling. */
    A,
    /** INVITE transaction timeout: 64*T1. */
    B,
    /** Wait time for response retransmits: at least 32 s for UDP, 0 for TCP/SCTP. */
    D,
    /** Non-INVITE request retransmit interval, UDP only: T1, doubling up to T2. */
    E,
    /** Non-INVITE transaction timeout: 64*T1. */
    F,
    /** INVITE response retransmit interval: T1, doubling up to T2. */
    G,
    /** Wait time for ACK receipt: 64*T1. */
    H,
    /** Wait time for ACK retransmits: T4 for UDP, 0 for TCP/SCTP. */
    I,
    /** Wait time for non-INVITE request retransmits: 64*T1 for UDP, 0 for TCP/SCTP. */
    J,
    /** Wait time for response retransmits: T4 for UDP, 0 for TCP/SCTP. */
    K,
    /** RFC 6026: wait time for accepted INVITE request retransmits: 64*T1. */
    L,
    /** RFC 6026: wait time for retransmission of 2xx to INVITE or additional 2xx from other branches: 64*T1. */
    M,
    /**
     * RFC 3261 §16.6 step 11, a proxy's timer for a forwarded INVITE: "Timer C MUST be set for each client transaction
     * when an INVITE request is proxied.  The timer MUST be larger than 3 minutes."
     */
    C,
    /** RFC 3261 §17.2.1: the 200 ms after which the server transaction sends 100 (Trying) for the TU. */
    TRYING,
    /**
     * A timer of the UA core rather than of a transaction: the wait before a re-INVITE that got 491 is attempted once
     * more (RFC 3261 §14.1), a registration refresh (§10.2.4), the ring time before an INVITE is answered.
     */
    UA
}
