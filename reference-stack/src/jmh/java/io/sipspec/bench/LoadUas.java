package io.sipspec.bench;

import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.transaction.Scheduler;
import io.sipspec.transaction.ServerTransaction;
import io.sipspec.transaction.TimerConfig;
import io.sipspec.transaction.TimerName;
import io.sipspec.transaction.TransactionUser;
import io.sipspec.server.SipStack;
import io.sipspec.transport.Flow;
import io.sipspec.transport.TransportType;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The minimal UAS the load benchmark (reference-stack/bench/load.sh) calls with SIPp's built-in {@code uac}
 * scenario: INVITE -> 180 -> 200, ACK, BYE -> 200, on the stack's transport and transaction layers.
 *
 * <p>It retransmits its 2xx as RFC 3261 §13.3.1.4 says ("The 2xx response is passed to the transport with an
 * interval that starts at T1 seconds and doubles for each retransmission until it reaches T2 seconds") until the
 * ACK arrives or 64*T1 passes. It keeps no dialog state beyond that.
 *
 * <p>Every second it prints one status line: calls answered, live transactions, pending 2xx, heap in use.
 * Usage: {@code LoadUas <host> <port> [t1-millis]}.
 */
public final class LoadUas implements TransactionUser {

    private final TimerConfig timers;
    private final Scheduler scheduler;
    private final Map<String, Pending2xx> pending = new HashMap<>();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong byes = new AtomicLong();
    private String contact;

    /** A 2xx being retransmitted until its ACK. */
    private final class Pending2xx {
        final ServerTransaction tx;
        final SipResponse ok;
        long interval;
        long elapsed;
        Scheduler.Timer timer;

        Pending2xx(ServerTransaction tx, SipResponse ok) {
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
                pending.remove(ok.callId());
                return;
            }
            tx.sendResponse(ok);
            interval = Math.min(2 * interval, timers.t2Millis());
            arm();
        }
    }

    private LoadUas(TimerConfig timers, Scheduler scheduler) {
        this.timers = timers;
        this.scheduler = scheduler;
    }

    @Override
    public void requestReceived(ServerTransaction tx, SipRequest request) {
        switch (request.method()) {
            case Methods.INVITE -> {
                String tag = Identifiers.newTag();
                tx.sendResponse(request.createResponse(180, tag).build());
                SipResponse ok = request.createResponse(200, tag).header(HeaderName.CONTACT, contact).build();
                tx.sendResponse(ok);
                Pending2xx p = new Pending2xx(tx, ok);
                pending.put(request.callId(), p);
                p.arm();
                answered.incrementAndGet();
            }
            case Methods.BYE -> {
                tx.sendResponse(request.createResponse(200).build());
                byes.incrementAndGet();
            }
            default -> tx.sendResponse(request.createResponse(Methods.OPTIONS.equals(request.method()) ? 200 : 405).build());
        }
    }

    @Override
    public void ackReceived(SipRequest ack, Flow flow) {
        Pending2xx p = pending.remove(ack.callId());
        if (p != null) {
            p.timer.cancel();
        }
    }

    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 5070;
        TimerConfig timers = args.length > 2 ? TimerConfig.scaled(java.time.Duration.ofMillis(Long.parseLong(args[2])))
                : TimerConfig.DEFAULT;
        LoadUas[] uas = new LoadUas[1];
        SipStack stack = SipStack.builder()
                .listen(TransportType.UDP, new InetSocketAddress(host, port))
                .timers(timers)
                .user(s -> uas[0] = new LoadUas(timers, s.scheduler()))
                .build();
        uas[0].contact = "<sip:uas@" + host + ':' + port + '>';
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        var memory = ManagementFactory.getMemoryMXBean();
        System.out.println("LoadUas listening on " + host + ':' + port + " T1=" + timers.t1Millis() + "ms");
        while (!stop.await(1, TimeUnit.SECONDS)) {
            int pendingCount = stack.executor().submit(uas[0].pending::size).get(5, TimeUnit.SECONDS);
            System.out.printf("status calls=%d byes=%d clientTx=%d serverTx=%d pending2xx=%d heapUsed=%d%n", uas[0].answered.get(),
                    uas[0].byes.get(), stack.transactions().clientCount(), stack.transactions().serverCount(), pendingCount,
                    memory.getHeapMemoryUsage().getUsed());
        }
        stack.close();
    }
}
