package io.sipspec.ua;

import io.sipspec.fault.Fault;
import io.sipspec.fault.FaultSet;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transaction.Scheduler;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transaction.TimerName;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * RFC 3262 at the UAS: provisional responses to INVITE sent reliably, retransmitted until a matching PRACK comes.
 * Confined to the stack's event loop.
 */
public final class ReliableProvisionals {

    /** The option tag of RFC 3262. */
    public static final String OPTION_TAG = "100rel";

    /** The last reliable provisional response of a transaction, and whether it still waits for its PRACK. */
    private static final class Sent {
        private SipResponse response;
        private long rseq;
        private Scheduler.Timer timer;
        private boolean unacknowledged;
    }

    private final Scheduler scheduler;
    private final TimerConfig timers;
    private final FaultSet faults;
    private final Consumer<ServerTransaction> unacknowledgedFor64T1;
    private final Map<ServerTransaction, Sent> sent = new HashMap<>();

    /** {@code unacknowledgedFor64T1} rejects the INVITE of a response that got no PRACK (RFC 3262 §3). */
    ReliableProvisionals(Scheduler scheduler, TimerConfig timers, FaultSet faults, Consumer<ServerTransaction> unacknowledgedFor64T1) {
        this.scheduler = scheduler;
        this.timers = timers;
        this.faults = faults;
        this.unacknowledgedFor64T1 = unacknowledgedFor64T1;
    }

    /** Whether the request's Supported or Require header field lists 100rel. */
    static boolean listed(SipRequest request) {
        try {
            return request.headerValues(SipHeaders.SUPPORTED).stream().anyMatch(ReliableProvisionals::is100rel)
                    || request.headerValues(SipHeaders.REQUIRE).stream().anyMatch(ReliableProvisionals::is100rel);
        } catch (SipParseException malformed) {
            return false;
        }
    }

    private static boolean is100rel(String tag) {
        return tag.toLowerCase(Locale.ROOT).equals(OPTION_TAG);
    }

    /**
     * Sends {@code provisional} reliably in {@code tx}, unless a reliable provisional response of {@code tx} still waits
     * for its PRACK; returns whether it was sent. RFC 3262 §3: "The UAS MUST NOT send a second reliable provisional
     * response until the first is acknowledged."
     */
    boolean send(ServerTransaction tx, SipResponse provisional) {
        Sent s = sent.get(tx);
        if (s != null && s.unacknowledged) {
            return false;
        }
        if (s == null) {
            s = new Sent();
            // RFC 3262 §3: "The value of the header field for the first reliable provisional response in a transaction
            // MUST be between 1 and 2**31 - 1. It is RECOMMENDED that it be chosen uniformly in this range."
            s.rseq = ThreadLocalRandom.current().nextLong(1, 1L << 31);
            sent.put(tx, s);
        } else {
            // RFC 3262 §3: "The value of the RSeq in each subsequent reliable provisional response for the same request
            // MUST be greater by exactly one."
            s.rseq++;
        }
        // RFC 3262 §3: "it MUST contain a Require header field containing the option tag 100rel, and MUST include an
        // RSeq header field."
        SipResponse.Builder b = provisional.toBuilder().header("RSeq", Long.toString(s.rseq));
        if (!faults.has(Fault.RELIABLE_180_WITHOUT_REQUIRE)) {
            b.header(HeaderName.REQUIRE, OPTION_TAG);
        }
        s.response = b.build();
        s.unacknowledged = true;
        tx.sendResponse(s.response);
        retransmit(tx, s, timers.t1Millis(), 0);
        return true;
    }

    /**
     * RFC 3262 §3: "The reliable provisional response is passed to the transaction layer periodically with an interval
     * that starts at T1 seconds and doubles for each retransmission". "If a reliable provisional response is
     * retransmitted for 64*T1 seconds without reception of a corresponding PRACK, the UAS SHOULD reject the original
     * request with a 5xx response."
     */
    private void retransmit(ServerTransaction tx, Sent s, long interval, long elapsed) {
        s.timer = scheduler.schedule(TimerName.UA, interval, () -> {
            if (!s.unacknowledged || sent.get(tx) != s) {
                return;
            }
            long now = elapsed + interval;
            if (now >= timers.timeoutMillis()) {
                sent.remove(tx);
                unacknowledgedFor64T1.accept(tx);
                return;
            }
            tx.sendResponse(s.response);
            retransmit(tx, s, interval * 2, now);
        });
    }

    /**
     * Whether {@code prack} acknowledges an unacknowledged reliable provisional response; if so, its retransmissions
     * stop. RFC 3262 §3: "A matching PRACK is defined as one within the same dialog as the response, and whose method,
     * CSeq-num, and response-num in the RAck header field match, respectively, the method from the CSeq, the sequence
     * number from the CSeq, and the sequence number from the RSeq of the reliable provisional response."
     */
    boolean prack(SipRequest prack) {
        String[] rack = String.valueOf(prack.headerValue("RAck")).trim().split("\\s+");
        if (rack.length != 3 || prack.to() == null || prack.from() == null) {
            return false;
        }
        for (Sent s : sent.values()) {
            SipResponse r = s.response;
            if (s.unacknowledged && rack[0].equals(Long.toString(s.rseq)) && rack[1].equals(Long.toString(r.cseq().sequence()))
                    && rack[2].equals(r.cseq().method()) && prack.callId().equals(r.callId())
                    && String.valueOf(prack.to().tag()).equals(r.to().tag()) && String.valueOf(prack.from().tag()).equals(r.from().tag())) {
                // "It SHOULD cease retransmissions of the reliable provisional response, and MUST remove it from the
                // list of unacknowledged provisional responses."
                s.unacknowledged = false;
                s.timer.cancel();
                return true;
            }
        }
        return false;
    }

    /** The INVITE of {@code tx} got its final response: its reliable provisional responses are no longer sent. */
    void finalSent(ServerTransaction tx) {
        Sent s = sent.remove(tx);
        if (s != null && s.timer != null) {
            s.timer.cancel();
        }
    }
}
