package io.sipspec.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.TransactionKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader on the MIT-licensed captures of aboutsip/pkts (src/test/resources/pcaps/pkts, see its README). The
 * expected counts are tshark 4.0's ({@code tshark -r FILE -Y sip -T fields -e sip.CSeq -E occurrence=a}).
 */
class PktsCapturesTest {

    static final Path PKTS = Path.of("src", "test", "resources", "pcaps", "pkts");

    static Capture read(String name) throws PcapReadException {
        return PcapReader.read(PKTS.resolve(name));
    }

    static List<String> ladder(Capture c) {
        return c.messages().stream().map(m -> m.message() instanceof SipRequest r ? r.method()
                : Integer.toString(((SipResponse) m.message()).statusCode())).toList();
    }

    @ParameterizedTest(name = "{0}: {1} SIP messages")
    @CsvSource({"cancel.pcap, 7", "fragmented_tcp_sip.pcap, 6", "fragmented_udp_sip.pcap, 5", "simple_invite_scenario.pcap, 7",
            "sip_rtp.pcap, 6", "sipp.pcap, 30", "sipp_sll.pcap, 30"})
    void countsAgreeWithTshark(String file, int messages) throws Exception {
        Capture c = read(file);
        assertEquals(messages, c.messages().size(), c.summary().toString());
        assertTrue(c.summary().complete());
        assertEquals(0, c.summary().malformed());
    }

    @Test
    void cancelLadderAndTransactions() throws Exception {
        Capture c = read("cancel.pcap");
        assertEquals(List.of("INVITE", "100", "180", "CANCEL", "200", "487", "ACK"), ladder(c));
        Map<TransactionKey, List<CapturedMessage>> tx = c.transactions();
        assertEquals(2, tx.size(), "the INVITE transaction (with the ACK of its 487) and the CANCEL's");
        List<List<String>> methods = tx.values().stream().map(l -> ladder(new Capture(c.summary(), l))).toList();
        assertEquals(List.of(List.of("INVITE", "100", "180", "487", "ACK"), List.of("CANCEL", "200")), methods);
        assertEquals(1, c.dialogs().size());
        assertEquals(7, c.dialogs().get(0).messages().size(), "the CANCEL and the 100 without a To tag belong to the dialog");
    }

    @Test
    void udpInFragmentedIpPacketsWhoseOtherFragmentsWereNotCaptured() throws Exception {
        // Frame 1 is the first fragment (offset 0, more fragments) of the INVITE; the rest is not in the file.
        Capture c = read("fragmented_udp_sip.pcap");
        assertEquals(List.of("180", "200", "ACK", "BYE", "200"), ladder(c));
        assertEquals(1, c.summary().fragmentsWaiting());
        assertTrue(c.messages().stream().allMatch(m -> m.transport() == CaptureTransport.UDP));
    }

    @Test
    void tcpMessagesSplitOverSegments() throws Exception {
        Capture c = read("fragmented_tcp_sip.pcap");
        assertTrue(c.messages().stream().allMatch(m -> m.transport() == CaptureTransport.TCP));
        assertEquals(0, c.summary().skippedBytes(), c.summary().problems().toString());
        assertTrue(c.summary().frames() > c.messages().size());
    }

    @Test
    void linuxCookedCaptureHoldsTheSameMessagesAsEthernet() throws Exception {
        Capture sll = read("sipp_sll.pcap");
        Capture eth = read("sipp.pcap");
        assertEquals("Linux cooked (SLL)", sll.summary().linkType());
        assertEquals(ladder(eth), ladder(sll));
        assertEquals(5, sll.dialogs().size());
        assertEquals(15, sll.transactions().size());
    }

    @Test
    void theMalformedCaptureGivesAClearError() throws Exception {
        Capture c = read("cool.pcap");
        assertFalse(c.summary().complete());
        assertTrue(c.summary().error().contains("invalid packet capture length"), c.summary().error());
        assertTrue(c.summary().toString().contains("reading stopped"), c.summary().toString());
    }
}
