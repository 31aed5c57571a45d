package io.sipspec.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.parser.SipMessageParser;
import org.junit.jupiter.api.Test;

/** Transaction matching: RFC 3261 §17.1.3 (client), §17.2.3 (server, including RFC 2543 peers without the magic cookie). */
class TransactionKeyTest {

    private static final String VIA = "SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhds";

    private static SipRequest request(String method, String via, String cseq, String toTag, String requestUri) {
        return (SipRequest) new SipMessageParser().parse(method + ' ' + requestUri + " SIP/2.0\r\n"
                + "Via: " + via + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "To: Bob <sip:bob@biloxi.com>" + (toTag == null ? "" : ";tag=" + toTag) + "\r\n"
                + "From: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"
                + "Call-ID: a84b4c76e66710@pc33.atlanta.com\r\n"
                + "CSeq: " + cseq + "\r\n"
                + "Content-Length: 0\r\n\r\n");
    }

    private static SipRequest request(String method, String via, String cseq) {
        return request(method, via, cseq, null, "sip:bob@biloxi.com");
    }

    private static SipResponse response(String status, String via, String cseq) {
        return (SipResponse) new SipMessageParser().parse("SIP/2.0 " + status + "\r\n"
                + "Via: " + via + "\r\n"
                + "To: Bob <sip:bob@biloxi.com>;tag=a6c85cf\r\n"
                + "From: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"
                + "Call-ID: a84b4c76e66710@pc33.atlanta.com\r\n"
                + "CSeq: " + cseq + "\r\n"
                + "Content-Length: 0\r\n\r\n");
    }

    // §17.1.3: "1. If the response has the same value of the branch parameter in the top Via header field as the
    // branch parameter in the top Via header field of the request that created the transaction. 2. If the method
    // parameter in the CSeq header field matches the method of the request that created the transaction."

    @Test
    void clientResponseMatchesByBranchAndCSeqMethod() {
        TransactionKey invite = TransactionKey.forClient(request("INVITE", VIA, "314159 INVITE"));
        assertEquals(invite, TransactionKey.forClient(response("180 Ringing", VIA, "314159 INVITE")));
        assertEquals(invite.hashCode(), TransactionKey.forClient(response("200 OK", VIA, "314159 INVITE")).hashCode());
        assertEquals(invite, TransactionKey.forClient(response("200 OK", VIA + ", SIP/2.0/UDP other.example.com;branch=z9hG4bKx",
                "314159 INVITE")), "only the top Via counts");
        assertNotEquals(invite, TransactionKey.forClient(response("200 OK", "SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhdt",
                "314159 INVITE")));
        assertEquals("z9hG4bK776asdhds", invite.branch());
        assertEquals("INVITE", invite.method());
        assertFalse(invite.isRfc2543());
    }

    @Test
    void clientCancelIsADistinctTransactionWithTheSameBranch() {
        // §17.1.3: "a CANCEL request constitutes a different transaction, but shares the same value of the branch
        // parameter."
        TransactionKey invite = TransactionKey.forClient(request("INVITE", VIA, "314159 INVITE"));
        TransactionKey cancel = TransactionKey.forClient(request("CANCEL", VIA, "314159 CANCEL"));
        assertNotEquals(invite, cancel);
        assertEquals(cancel, TransactionKey.forClient(response("200 OK", VIA, "314159 CANCEL")));
        assertNotEquals(invite, TransactionKey.forClient(response("200 OK", VIA, "314159 CANCEL")));
        assertEquals(invite, TransactionKey.forClient(response("487 Request Terminated", VIA, "314159 INVITE")));
    }

    @Test
    void clientKeyIgnoresCSeqNumberAndSentBy() {
        TransactionKey k = TransactionKey.forClient(request("OPTIONS", VIA, "1 OPTIONS"));
        assertEquals(k, TransactionKey.forClient(response("200 OK", "SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK776asdhds;received=192.0.2.9",
                "1 OPTIONS")));
    }

    @Test
    void clientKeyNeedsBranchAndCSeq() {
        assertThrows(IllegalArgumentException.class,
                () -> TransactionKey.forClient(response("200 OK", "SIP/2.0/UDP pc33.atlanta.com", "1 OPTIONS")));
        SipMessage noCseq = new SipMessageParser().parse("SIP/2.0 200 OK\r\nVia: " + VIA + "\r\n\r\n");
        assertThrows(IllegalArgumentException.class, () -> TransactionKey.forClient(noCseq));
    }

    // §17.2.3: "1. the branch parameter in the request is equal to the one in the top Via header field of the request
    // that created the transaction, and 2. the sent-by value in the top Via of the request is equal to the one in the
    // request that created the transaction, and 3. the method of the request matches the one that created the
    // transaction, except for ACK, where the method of the request that created the transaction is INVITE."

    @Test
    void serverMatchesBranchSentByAndMethod() {
        TransactionKey invite = TransactionKey.forServer(request("INVITE", VIA, "314159 INVITE"));
        assertEquals(invite, TransactionKey.forServer(request("INVITE", VIA, "314159 INVITE")), "a retransmission");
        assertEquals(invite.hashCode(), TransactionKey.forServer(request("INVITE", VIA, "314159 INVITE")).hashCode());
        assertNotEquals(invite, TransactionKey.forServer(request("INVITE", "SIP/2.0/UDP pc33.atlanta.com;branch=z9hG4bK776asdhdx",
                "314159 INVITE")), "another branch");
        // "there could be accidental or malicious duplication of branch parameters from different clients"
        assertNotEquals(invite, TransactionKey.forServer(request("INVITE", "SIP/2.0/UDP evil.example.com;branch=z9hG4bK776asdhds",
                "314159 INVITE")), "another sent-by host");
        assertNotEquals(invite, TransactionKey.forServer(request("INVITE", "SIP/2.0/UDP pc33.atlanta.com:5070;branch=z9hG4bK776asdhds",
                "314159 INVITE")), "another sent-by port");
        assertNotEquals(invite, TransactionKey.forServer(request("BYE", VIA, "314159 BYE")), "another method");
        assertNotEquals(invite, TransactionKey.forServer(request("CANCEL", VIA, "314159 CANCEL")), "CANCEL is its own transaction");
    }

    @Test
    void serverKeyIgnoresParametersOtherThanBranchAndHostCase() {
        TransactionKey k = TransactionKey.forServer(request("OPTIONS", VIA, "1 OPTIONS"));
        assertEquals(k, TransactionKey.forServer(request("OPTIONS", "SIP/2.0/UDP PC33.Atlanta.COM;branch=z9hG4bK776asdhds;received=192.0.2.1",
                "2 OPTIONS", "x", "sip:other@biloxi.com")));
    }

    @Test
    void serverAckMatchesTheInviteTransaction() {
        TransactionKey invite = TransactionKey.forServer(request("INVITE", VIA, "314159 INVITE"));
        TransactionKey ack = TransactionKey.forServer(request("ACK", VIA, "314159 ACK", "a6c85cf", "sip:bob@biloxi.com"));
        assertEquals(invite, ack);
        assertEquals("INVITE", ack.method());
    }

    @Test
    void serverCancelFindsItsInvite() {
        // §9.2: the CANCEL is matched against the INVITE "using the procedures described in Section 17.2.3"
        TransactionKey invite = TransactionKey.forServer(request("INVITE", VIA, "314159 INVITE"));
        SipRequest cancel = request("CANCEL", VIA, "314159 CANCEL");
        assertEquals(invite, TransactionKey.forServer(cancel, Methods.INVITE));
        assertNotEquals(invite, TransactionKey.forServer(cancel));
    }

    @Test
    void serverKeyNeedsAVia() {
        SipRequest noVia = (SipRequest) new SipMessageParser().parse("OPTIONS sip:a@b SIP/2.0\r\nCSeq: 1 OPTIONS\r\n\r\n");
        assertThrows(IllegalArgumentException.class, () -> TransactionKey.forServer(noVia));
    }

    // §17.2.3, RFC 2543: "The INVITE request matches a transaction if the Request-URI, To tag, From tag, Call-ID,
    // CSeq, and top Via header field match those of the INVITE request which created the transaction." "The ACK
    // request matches a transaction if the Request-URI, From tag, Call-ID, CSeq number (not the method), and top Via
    // header field match those of the INVITE request which created the transaction, and the To tag of the ACK matches
    // the To tag of the response sent by the server transaction."

    private static final String VIA_2543 = "SIP/2.0/UDP pc33.atlanta.com";

    @Test
    void rfc2543RequestsWithoutMagicCookie() {
        SipRequest invite = request("INVITE", VIA_2543, "314159 INVITE");
        TransactionKey k = TransactionKey.forServer(invite);
        assertTrue(k.isRfc2543());
        assertNull(k.branch());
        assertNull(k.rfc2543ToTag());
        assertEquals(k, TransactionKey.forServer(request("INVITE", VIA_2543, "314159 INVITE")));
        assertEquals(k.hashCode(), TransactionKey.forServer(request("INVITE", VIA_2543, "314159 INVITE")).hashCode());
        assertEquals(k, TransactionKey.forServer(request("INVITE", "SIP/2.0/udp PC33.ATLANTA.COM", "314159 INVITE")),
                "\"Matching is done based on the matching rules defined for each of those header fields\"");

        assertNotEquals(k, TransactionKey.forServer(request("INVITE", VIA_2543, "314160 INVITE")), "CSeq");
        assertNotEquals(k, TransactionKey.forServer(request("INVITE", "SIP/2.0/UDP pc34.atlanta.com", "314159 INVITE")), "top Via");
        assertNotEquals(k, TransactionKey.forServer(request("INVITE", VIA_2543, "314159 INVITE", null, "sip:carol@biloxi.com")),
                "Request-URI");
        assertEquals(k, TransactionKey.forServer(request("INVITE", VIA_2543, "314159 INVITE", null, "sip:bob@BILOXI.com")),
                "Request-URIs compare by §19.1.4");
        SipRequest otherFromTag = invite.toBuilder().header(SipHeaders.FROM,
                SipHeaders.FROM.parse("Alice <sip:alice@atlanta.com>;tag=other")).build();
        assertNotEquals(k, TransactionKey.forServer(otherFromTag), "From tag");
        SipRequest otherCallId = invite.toBuilder().header(SipHeaders.CALL_ID, "other@pc33.atlanta.com").build();
        assertNotEquals(k, TransactionKey.forServer(otherCallId), "Call-ID");
    }

    @Test
    void rfc2543AckMatchesInviteOnCSeqNumberNotMethodAndKeepsItsToTag() {
        TransactionKey invite = TransactionKey.forServer(request("INVITE", VIA_2543, "314159 INVITE"));
        TransactionKey ack = TransactionKey.forServer(request("ACK", VIA_2543, "314159 ACK", "a6c85cf", "sip:bob@biloxi.com"));
        assertTrue(ack.isRfc2543());
        assertEquals(invite, ack);
        assertEquals("a6c85cf", ack.rfc2543ToTag(), "the To tag is left to the transaction to compare with its response");
        assertNotEquals(invite, TransactionKey.forServer(request("ACK", VIA_2543, "314158 ACK", "a6c85cf", "sip:bob@biloxi.com")));
    }

    @Test
    void rfc2543ByeIsNotTheInvite() {
        TransactionKey invite = TransactionKey.forServer(request("INVITE", VIA_2543, "314159 INVITE"));
        assertNotEquals(invite, TransactionKey.forServer(request("BYE", VIA_2543, "314159 BYE")));
    }

    @Test
    void aBranchWithoutTheMagicCookieIsMatchedTheRfc2543Way() {
        // "If the branch parameter in the top Via header field is not present, or does not contain the magic cookie"
        String via = "SIP/2.0/UDP pc33.atlanta.com;branch=776asdhds";
        TransactionKey k = TransactionKey.forServer(request("INVITE", via, "1 INVITE"));
        assertTrue(k.isRfc2543());
        assertNotEquals(k, TransactionKey.forServer(request("INVITE", VIA, "1 INVITE")));
        assertNotEquals(TransactionKey.forServer(request("INVITE", VIA, "1 INVITE")), k);
        assertNull(TransactionKey.forServer(request("INVITE", "SIP/2.0/UDP h;branch=Z9HG4BK1", "1 INVITE")).branch(),
                "the magic cookie is \"z9hG4bK\" exactly");
    }

    @Test
    void sentByComparesAsAHostSoIpv6SpellingsAndNameCaseDoNotMatter() {
        // RFC 3261 §17.2.3: "the sent-by value in the top Via of the request is equal to the one in the request that
        // created the transaction"; host equality is by address for IPv6 (RFC 5118 §4.1) and case-insensitive for names.
        SipRequest a = request("INVITE", "SIP/2.0/UDP [2001:db8::9:1]:5060;branch=z9hG4bKx", "1 INVITE");
        SipRequest b = request("INVITE", "SIP/2.0/UDP [2001:db8:0:0:0:0:9:1]:5060;branch=z9hG4bKx", "1 INVITE");
        assertEquals(TransactionKey.forServer(a), TransactionKey.forServer(b));
        SipRequest c = request("INVITE", "SIP/2.0/UDP PC33.Atlanta.COM;branch=z9hG4bK776asdhds", "1 INVITE");
        assertEquals(TransactionKey.forServer(request("INVITE", VIA, "1 INVITE")), TransactionKey.forServer(c));
        SipRequest otherPort = request("INVITE", "SIP/2.0/UDP [2001:db8::9:1]:5070;branch=z9hG4bKx", "1 INVITE");
        assertNotEquals(TransactionKey.forServer(a), TransactionKey.forServer(otherPort));
    }
}
