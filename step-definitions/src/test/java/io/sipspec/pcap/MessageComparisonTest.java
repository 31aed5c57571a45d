package io.sipspec.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.sipspec.message.SipMessage;
import io.sipspec.parser.SipMessageParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the replay compares between a recorded and a replayed message of the device, and what it ignores. */
class MessageComparisonTest {

    private static final SipMessageParser PARSER = new SipMessageParser();

    private static SipMessage response(String status, String extra, String body) {
        return PARSER.parse("SIP/2.0 " + status + "\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK" + Math.abs(extra.hashCode())
                + "\r\nTo: <sip:b@h>;tag=" + body.length() + "\r\nFrom: <sip:a@h>;tag=1\r\nCall-ID: c" + status.length()
                + "\r\nCSeq: 1 INVITE\r\nServer: x" + extra.length() + "\r\n" + extra + "Content-Length: " + body.length()
                + "\r\n\r\n" + body);
    }

    @Test
    void freshValuesAreNotDifferences() {
        assertEquals(List.of(), MessageComparison.differences(response("200 OK", "", ""), response("200 OK", "", ""),
                ReplayOptions.defaults()));
    }

    @Test
    void statusHeadersAndBodyPresence() {
        SipMessage recorded = response("200 OK", "Allow: INVITE, BYE\r\nRequire: 100rel\r\n", "v=0\r\n");
        SipMessage replayed = response("486 Busy Here", "Allow: INVITE\r\nRetry-After: 5\r\n", "");
        assertEquals(List.of("status 486 instead of 200", "header allow is \"INVITE\" instead of \"INVITE, BYE\"",
                "header require is missing (recorded: 100rel)", "header retry-after is new: 5",
                "no body, where the recording had one"), MessageComparison.differences(recorded, replayed, ReplayOptions.defaults()));
    }

    @Test
    void theIgnoreListLeavesHeadersOut() {
        SipMessage recorded = response("200 OK", "Allow: INVITE, BYE\r\nWarning: 399 h \"x\"\r\n", "");
        SipMessage replayed = response("200 OK", "Allow: INVITE\r\n", "");
        assertEquals(2, MessageComparison.differences(recorded, replayed, ReplayOptions.defaults()).size());
        assertEquals(List.of(), MessageComparison.differences(recorded, replayed, ReplayOptions.defaults().ignoring("allow, WARNING")));
    }

    @Test
    void valuesCompareWithoutCaseOrSpacesAroundCommas() {
        SipMessage recorded = response("200 OK", "Supported: timer, replaces\r\n", "");
        SipMessage replayed = response("200 OK", "Supported: TIMER,replaces\r\n", "");
        assertEquals(List.of(), MessageComparison.differences(recorded, replayed, ReplayOptions.defaults()));
    }
}
