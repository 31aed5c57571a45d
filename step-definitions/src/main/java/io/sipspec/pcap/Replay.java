package io.sipspec.pcap;

import io.sipspec.auth.DigestClient;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Methods;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.tester.Durations;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Replays the client side of a capture against a device through a tester {@link Peer}: the client's messages are sent
 * in order, with the recorded gaps between messages scaled by {@link ReplayOptions#pace()}, rewritten by a
 * {@link Rewriter}; each message the device sent in the recording is waited for and compared
 * ({@link MessageComparison}); a request the device sends (a BYE) is answered as recorded. Digest challenges are
 * answered afresh with the options' credentials, since a recorded Authorization answers a nonce long gone. A message
 * the device does not send within its recorded delay plus {@link ReplayOptions#patience()} is a difference, and the
 * replay goes on.
 */
public final class Replay {

    private final ReplayScript script;
    private final ReplayOptions options;

    public Replay(ReplayScript script, ReplayOptions options) {
        this.script = script;
        this.options = options;
    }

    /** Runs the replay from {@code peer} to the device at {@code device}. */
    public ReplayResult run(Peer peer, InetSocketAddress device) {
        return new Run(peer, device).play();
    }

    /** The state of one replay. */
    private final class Run {

        private final Peer peer;
        private final InetSocketAddress device;
        private final Rewriter rewriter;
        private final DigestClient digest;
        private final Map<String, SipRequest> sent = new HashMap<>();
        private final Map<String, Received> deviceRequests = new HashMap<>();
        private final Set<String> consumed = new HashSet<>();
        private final List<ReplayDifference> differences = new ArrayList<>();
        private long lastNanos = System.nanoTime();
        private Instant lastRecorded;

        Run(Peer peer, InetSocketAddress device) {
            this.peer = peer;
            this.device = device;
            this.rewriter = new Rewriter(peer.address(), device, peer.transport().name());
            this.digest = options.username() == null ? null : DigestClient.of(options.username(), options.password());
        }

        ReplayResult play() {
            for (CapturedMessage m : script.messages()) {
                long gap = lastRecorded == null ? 0 : (long) (Duration.between(lastRecorded, m.time()).toNanos() * options.pace());
                lastRecorded = m.time();
                try {
                    if (script.fromClient(m)) {
                        waitUntil(lastNanos + Math.max(0, gap));
                        send(m);
                    } else {
                        expect(m, Duration.ofNanos(Math.max(0, gap)).plus(options.patience()));
                    }
                } catch (RuntimeException e) {
                    differences.add(ReplayDifference.of(m, "could not be replayed: " + e.getMessage()));
                }
                lastNanos = System.nanoTime();
            }
            return new ReplayResult(script, differences);
        }

        private void send(CapturedMessage m) {
            if (m.message() instanceof SipRequest r) {
                SipRequest out = rewriter.request(r);
                boolean credentials = r.headerValue(HeaderName.AUTHORIZATION) != null
                        || r.headerValue(HeaderName.PROXY_AUTHORIZATION) != null;
                if (credentials && digest != null) {
                    out = digest.authorize(out);
                }
                sent.put(transaction(r), out);
                peer.send(out.toByteArray(), device);
                return;
            }
            SipResponse r = (SipResponse) m.message();
            Received request = deviceRequests.get(transaction(r));
            if (request == null) {
                differences.add(ReplayDifference.of(m, "not sent: the device never sent the request it answers"));
                return;
            }
            SipResponse out = rewriter.response(r, (SipRequest) request.message());
            peer.send(out.toByteArray(), request.remote());
        }

        private void expect(CapturedMessage m, Duration within) {
            Received got;
            try {
                got = peer.mailbox().expect(matching(m.message()), within, "the device sends " + m.message().startLine());
            } catch (AssertionError e) {
                differences.add(ReplayDifference.of(m, "the device sent nothing like it within "
                        + Durations.format(within)));
                return;
            }
            consumed.add(raw(got));
            learn(m.message(), got);
            for (String d : MessageComparison.differences(m.message(), got.message(), options)) {
                differences.add(ReplayDifference.of(m, d));
            }
        }

        /** The device's message that stands for the recorded one: same transaction, not a retransmission. */
        private Predicate<Received> matching(SipMessage recorded) {
            String method = recorded.cseq().method();
            if (recorded instanceof SipResponse) {
                String branch = rewriter.branch(recorded.topVia().branch());
                return r -> r.message() instanceof SipResponse p && p.statusCode() != 100 && p.topVia() != null
                        && branch.equals(p.topVia().branch()) && p.cseq() != null && method.equals(p.cseq().method())
                        && !consumed.contains(raw(r));
            }
            String callId = rewriter.callId(recorded.callId());
            return r -> r.message() instanceof SipRequest q && q.method().equals(((SipRequest) recorded).method())
                    && callId.equals(q.callId()) && !consumed.contains(raw(r));
        }

        /** Takes note of the values the device chose, for the messages still to send. */
        private void learn(SipMessage recorded, Received got) {
            SipMessage actual = got.message();
            if (recorded instanceof SipResponse r && actual instanceof SipResponse p) {
                rewriter.learnTag(r.to().tag(), p.to().tag());
                if (r.cseq().method().equals(Methods.INVITE) && p.statusCode() < 300 && !p.contacts().isEmpty()) {
                    rewriter.learnTarget(r.callId(), p.contacts().get(0).uri());
                }
                SipRequest request = sent.get(transaction(r));
                if ((p.statusCode() == 401 || p.statusCode() == 407) && digest != null && request != null) {
                    digest.retry(request, p);
                }
            } else if (recorded instanceof SipRequest q && actual instanceof SipRequest a) {
                rewriter.learnBranch(q.topVia().branch(), a.topVia().branch());
                rewriter.learnTag(q.from().tag(), a.from().tag());
                if (!a.contacts().isEmpty()) {
                    rewriter.learnTarget(q.callId(), a.contacts().get(0).uri());
                }
                deviceRequests.put(transaction(q), got);
            }
        }

        private static String transaction(SipMessage m) {
            return m.topVia().branch() + " " + m.cseq().method();
        }

        private static String raw(Received r) {
            return new String(r.raw(), StandardCharsets.ISO_8859_1);
        }

        private static void waitUntil(long deadline) {
            for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        }
    }
}
