package io.sipspec.bench;

import gov.nist.javax.sip.parser.StringMsgParser;
import io.sipspec.parser.SipMessageParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.text.ParseException;
import java.util.Arrays;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A companion to {@link ParserBenchmark} for a shared, noisy machine: one JVM, the two parsers taking turns on the
 * corpus (the same {@code touch} as the benchmarks), each turn timed by the thread's CPU time, and the median of the
 * per-turn ratios printed. Load that comes and goes hits both sides of a pair alike, where JMH runs one benchmark after
 * the other. Not a replacement for the JMH figures the issue asks for: a cross-check of them.
 *
 * <pre>mvn -o -q -pl reference-stack test-compile exec:exec@jmh -Djmh.main=io.sipspec.bench.PairedRatio -Djmh.args="60"</pre>
 * (the argument is the measuring time in seconds, after 20 s of warm-up).
 */
public final class PairedRatio {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private PairedRatio() {
    }

    public static void main(String[] args) throws ParseException {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
        byte[][] corpus = Corpus.messages();
        SipMessageParser ours = new SipMessageParser();
        StringMsgParser theirs = new StringMsgParser();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        int passes = 20;
        long warmEnd = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < warmEnd) {
            turnOurs(ours, corpus, passes, bh);
            turnTheirs(theirs, corpus, passes, bh);
        }
        double[] ratios = new double[100_000];
        double oursNanos = 0;
        double theirsNanos = 0;
        int n = 0;
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < end && n < ratios.length) {
            long a = turnOurs(ours, corpus, passes, bh);
            long b = turnTheirs(theirs, corpus, passes, bh);
            oursNanos += a;
            theirsNanos += b;
            ratios[n++] = (double) b / a;
        }
        double[] sorted = Arrays.copyOf(ratios, n);
        Arrays.sort(sorted);
        long messages = (long) n * passes * corpus.length;
        System.out.printf("turns %d of %d messages each per parser%n", n, passes * corpus.length);
        System.out.printf("sipspec  %,.0f messages per CPU second%n", messages / (oursNanos / 1e9));
        System.out.printf("JAIN-SIP %,.0f messages per CPU second%n", messages / (theirsNanos / 1e9));
        System.out.printf("ratio: median %.2f, quartiles %.2f-%.2f, total %.2f%n", sorted[n / 2], sorted[n / 4],
                sorted[3 * n / 4], theirsNanos / oursNanos);
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }

    private static long turnOurs(SipMessageParser p, byte[][] corpus, int passes, Blackhole bh) {
        long t = CPU.getCurrentThreadCpuTime();
        for (int k = 0; k < passes; k++) {
            for (byte[] m : corpus) {
                ParserBenchmark.touch(p.parse(m), bh);
            }
        }
        return CPU.getCurrentThreadCpuTime() - t;
    }

    private static long turnTheirs(StringMsgParser p, byte[][] corpus, int passes, Blackhole bh) throws ParseException {
        long t = CPU.getCurrentThreadCpuTime();
        for (int k = 0; k < passes; k++) {
            for (byte[] m : corpus) {
                ParserBenchmark.touch(ParserBenchmark.parseJainSip(p, m), bh);
            }
        }
        return CPU.getCurrentThreadCpuTime() - t;
    }
}
