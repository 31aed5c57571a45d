package io.sipspec.bench;

import gov.nist.javax.sip.header.Contact;
import gov.nist.javax.sip.header.ContactList;
import gov.nist.javax.sip.header.Route;
import gov.nist.javax.sip.header.RouteList;
import gov.nist.javax.sip.header.Via;
import gov.nist.javax.sip.header.ViaList;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;
import gov.nist.javax.sip.message.SIPResponse;
import gov.nist.javax.sip.parser.StringMsgParser;
import io.sipspec.message.Address;
import io.sipspec.message.CSeq;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.SipMessageParser;
import java.text.ParseException;
import java.util.concurrent.TimeUnit;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentLengthHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Messages parsed per second, single thread: our {@link SipMessageParser} against JAIN-SIP RI's
 * {@link StringMsgParser} on the same corpus ({@link Corpus}), and a bare byte scan as the ceiling.
 *
 * <p>One operation is one message: each invocation takes the next message of the corpus, round robin, so
 * {@code ops/s} is messages per second and {@code gc.alloc.rate.norm} (with {@code -prof gc}) is bytes allocated per
 * message, averaged over the corpus.
 *
 * <p>Equivalent work: JAIN-SIP parses every header eagerly; ours frames the message and parses header values on
 * access. So both benchmarks read, through each library's typed API, what a proxy reads: the start line (method and
 * Request-URI, or status code), every Via value (host, port, branch), To and From (URI and tag), Call-ID, CSeq
 * (number and method), Max-Forwards, every Route and Contact value (URI), and Content-Length; each result goes into
 * the {@link Blackhole}. See docs/benchmarks.md.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 2)
@State(Scope.Thread)
public class ParserBenchmark {

    private byte[][] corpus;
    private int next;
    private SipMessageParser sipspec;
    private StringMsgParser jainSip;

    @Setup
    public void setup() throws ParseException {
        corpus = Corpus.messages();
        sipspec = new SipMessageParser();
        jainSip = new StringMsgParser();
        // Fail fast if a message does not parse, or a touched header does not read, with either parser.
        Blackhole check = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        for (byte[] m : corpus) {
            touch(sipspec.parse(m), check);
            touch(parseJainSip(jainSip, m), check);
        }
        check.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }

    private byte[] nextMessage() {
        int i = next;
        next = i + 1 == corpus.length ? 0 : i + 1;
        return corpus[i];
    }

    /** Ours: frame the message, then read the headers a proxy reads through the typed accessors. */
    @Benchmark
    public void sipspec(Blackhole bh) {
        touch(sipspec.parse(nextMessage()), bh);
    }

    /** JAIN-SIP RI: parse the same bytes as its UDP channel does, then read the same headers through its API. */
    @Benchmark
    public void jainSip(Blackhole bh) throws ParseException {
        touch(parseJainSip(jainSip, nextMessage()), bh);
    }

    /** The ceiling: one pass over the bytes, counting line feeds. */
    @Benchmark
    public int byteScan() {
        byte[] m = nextMessage();
        int lines = 0;
        for (byte b : m) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }

    static SIPMessage parseJainSip(StringMsgParser parser, byte[] m) throws ParseException {
        // as gov.nist.javax.sip.stack.UDPMessageChannel does: read the body, not strict, no exception listener
        // (so a header that does not parse fails the message)
        SIPMessage msg = parser.parseSIPMessage(m, true, false, null);
        if (msg == null) {
            throw new ParseException("JAIN-SIP returned no message", 0);
        }
        return msg;
    }

    static void touch(SipMessage m, Blackhole bh) {
        if (m instanceof SipRequest r) {
            bh.consume(r.method());
            bh.consume(r.requestUri());
        } else {
            bh.consume(((SipResponse) m).statusCode());
        }
        for (io.sipspec.message.Via v : m.via()) {
            bh.consume(v.host());
            bh.consume(v.port());
            bh.consume(v.branch());
        }
        Address to = m.to();
        bh.consume(to.uri());
        bh.consume(to.tag());
        Address from = m.from();
        bh.consume(from.uri());
        bh.consume(from.tag());
        bh.consume(m.callId());
        CSeq cseq = m.cseq();
        bh.consume(cseq.sequence());
        bh.consume(cseq.method());
        bh.consume(m.maxForwards());
        for (Address route : m.routes()) {
            bh.consume(route.uri());
        }
        for (Address contact : m.contacts()) {
            bh.consume(contact.uri());
        }
        bh.consume(m.contentLength());
    }

    static void touch(SIPMessage m, Blackhole bh) {
        if (m instanceof SIPRequest r) {
            bh.consume(r.getMethod());
            bh.consume(r.getRequestURI());
        } else {
            bh.consume(((SIPResponse) m).getStatusCode());
        }
        ViaList vias = m.getViaHeaders();
        if (vias != null) {
            for (Via v : vias) {
                bh.consume(v.getHost());
                bh.consume(v.getPort());
                bh.consume(v.getBranch());
            }
        }
        ToHeader to = m.getTo();
        bh.consume(to.getAddress().getURI());
        bh.consume(to.getTag());
        FromHeader from = m.getFrom();
        bh.consume(from.getAddress().getURI());
        bh.consume(from.getTag());
        CallIdHeader callId = m.getCallId();
        bh.consume(callId.getCallId());
        CSeqHeader cseq = m.getCSeq();
        bh.consume(cseq.getSeqNumber());
        bh.consume(cseq.getMethod());
        MaxForwardsHeader mf = m.getMaxForwards();
        bh.consume(mf == null ? -1 : mf.getMaxForwards());
        RouteList routes = m.getRouteHeaders();
        if (routes != null) {
            for (Route route : routes) {
                bh.consume(route.getAddress().getURI());
            }
        }
        ContactList contacts = m.getContactHeaders();
        if (contacts != null) {
            for (Contact contact : contacts) {
                bh.consume(contact.getAddress().getURI());
            }
        }
        ContentLengthHeader cl = m.getContentLength();
        bh.consume(cl == null ? -1 : cl.getContentLength());
    }
}
