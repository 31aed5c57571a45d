package io.sipspec.fault;

import java.util.Optional;

/**
 * A deliberate violation of RFC 3261 the reference stack commits when configured to (see {@link FaultSet}). Each
 * fault names the section it violates, the sentence it breaks (quoted from RFC 3261) and what the device does
 * instead. The list is documented in docs/faults.md.
 */
public enum Fault {

    // ---------------------------------------------------------------- §7 SIP messages
    WRONG_SIP_VERSION("wrong-sip-version", "7.1",
            "To be compliant with this specification, applications sending SIP messages MUST include a SIP-Version of \"SIP/2.0\".",
            "responses carry the SIP-Version SIP/2.1"),
    BARE_LF("bare-lf", "7",
            "The start-line, each message-header line, and the empty line MUST be terminated by a carriage-return line-feed sequence (CRLF).",
            "the start line, header lines and empty line of responses end in a bare LF"),

    // ---------------------------------------------------------------- §8 general user agent behavior
    UAC_NO_MAX_FORWARDS("uac-no-max-forwards", "8.1.1",
            "A valid SIP request formulated by a UAC MUST, at a minimum, contain the following header fields: To, From, CSeq, Call-ID, Max-Forwards, and Via; all of these header fields are mandatory in all SIP requests.",
            "requests the device sends carry no Max-Forwards"),
    UNKNOWN_METHOD_ACCEPTED("unknown-method-accepted", "8.2.1",
            "If the UAS recognizes but does not support the method of a request, it MUST generate a 405 (Method Not Allowed) response.",
            "the UAS processes a method it does not support (answers 200) instead of answering 405 or 501"),
    UNSUPPORTED_SCHEME_ACCEPTED("unsupported-scheme-accepted", "8.2.2.1",
            "If the Request-URI uses a scheme not supported by the UAS, it SHOULD reject the request with a 416 (Unsupported URI Scheme) response.",
            "the UAS processes a request whose Request-URI scheme it does not support instead of answering 416"),
    NO_REQUIRE_IN_421("421-without-require", "8.2.4",
            "The needed extension(s) MUST be included in a Require header field in the response.",
            "the UAS that requires 100rel answers an INVITE without it 421 with no Require header field"),
    RELIABLE_180_WITHOUT_REQUIRE("reliable-180-without-require", "8.2.4",
            "Any extensions applied to a non-421 response MUST be listed in a Require header field included in the response.",
            "the UAS sends its reliable 180 (with RSeq, RFC 3262) without Require: 100rel"),
    MALFORMED_HEADER_REJECTED("malformed-header-rejected", "8.2.2",
            "A UAS SHOULD ignore any malformed header fields that are not necessary for processing requests.",
            "the UAS answers 400 to a request with any malformed header field, even one it never reads (Date, Priority)"),
    MERGED_REQUEST_ACCEPTED("merged-request-accepted", "8.2.2.2",
            "If the From tag, Call-ID, and CSeq exactly match those associated with an ongoing transaction, but the request does not match that transaction (based on the matching rules in Section 17.2.3), the UAS core SHOULD generate a 482 (Loop Detected) response and pass it to the server transaction.",
            "the UAS processes a merged request again instead of answering 482"),
    REQUIRE_IGNORED("require-ignored", "8.2.2.3",
            "If a UAS does not understand an option-tag listed in a Require header field, it MUST respond by generating a response with status code 420 (Bad Extension).",
            "the UAS processes a request whose Require lists an unknown option tag instead of answering 420"),
    NO_UNSUPPORTED_IN_420("no-unsupported-in-420", "8.2.2.3",
            "The UAS MUST add an Unsupported header field, and list in it those options it does not understand amongst those in the Require header field of the request.",
            "420 responses carry no Unsupported"),
    NO_ACCEPT_IN_415("no-accept-in-415", "8.2.3",
            "The response MUST contain an Accept header field listing the types of all bodies it understands, in the event the request contained bodies of types not supported by the UAS.",
            "415 responses carry no Accept, Accept-Encoding or Accept-Language"),
    NO_TO_TAG("no-to-tag", "8.2.6.2",
            "However, if the To header field in the request did not contain a tag, the URI in the To header field in the response MUST equal the URI in the To header field; additionally, the UAS MUST add a tag to the To header field in the response (with the exception of the 100 (Trying) response, in which a tag MAY be present).",
            "responses carry no To tag"),
    WRONG_VIA("wrong-via", "8.2.6.2",
            "The Via header field values in the response MUST equal the Via header field values in the request and MUST maintain the same ordering.",
            "the top Via of responses has another branch (the request's with \"x\" appended)"),
    WRONG_CSEQ_METHOD("wrong-cseq-method", "8.2.6.2",
            "The CSeq header field of the response MUST equal the CSeq field of the request.",
            "the CSeq method of responses is another method (INVITE becomes OPTIONS, every other method INVITE)"),

    // ---------------------------------------------------------------- §9 canceling a request
    CANCEL_UNKNOWN_200("cancel-unknown-200", "9.2",
            "If the UAS did not find a matching transaction for the CANCEL according to the procedure above, it SHOULD respond to the CANCEL with a 481 (Call Leg/Transaction Does Not Exist).",
            "a CANCEL that matches no transaction gets 200 instead of 481"),

    // ---------------------------------------------------------------- §10 registrations
    ANY_CREDENTIALS("any-credentials", "10.3",
            "A registrar SHOULD authenticate the UAC.",
            "with authentication on, the registrar accepts any REGISTER that carries an Authorization header field, without checking the digest"),
    NO_MIN_EXPIRES("no-min-expires", "10.3",
            "This response MUST contain a Min-Expires header field that states the minimum expiration interval the registrar is willing to honor.",
            "423 responses carry no Min-Expires"),
    WILDCARD_NONZERO_EXPIRES("wildcard-nonzero-expires", "10.3",
            "If the request has additional Contact fields or an expiration time other than zero, the request is invalid, and the server MUST return a 400 (Invalid Request) and skip the remaining steps.",
            "the registrar accepts Contact: * with an expiration other than zero (or none) and removes the bindings"),
    NOT_ALL_BINDINGS("not-all-bindings", "10.3",
            "The response MUST contain Contact header field values enumerating all current bindings.",
            "the 200 to REGISTER lists only the first current binding"),
    REGISTER_NOT_ATOMIC("register-not-atomic", "10.3",
            "REGISTER requests MUST also be processed atomically, meaning that a particular REGISTER request is either processed completely or not at all.",
            "a contact whose update must fail (same Call-ID, CSeq not higher) is skipped, and the REGISTER's other contacts are still bound"),
    NO_CONTACT_EXPIRES("no-contact-expires", "10.3",
            "Each Contact value MUST feature an \"expires\" parameter indicating its expiration interval chosen by the registrar.",
            "the Contact values of the 200 to REGISTER carry no expires parameter"),

    // ---------------------------------------------------------------- §11 querying for capabilities
    OPTIONS_NO_ALLOW("options-no-allow", "11.2",
            "Allow, Accept, Accept-Encoding, Accept-Language, and Supported header fields SHOULD be present in a 200 (OK) response to an OPTIONS request.",
            "200 responses to OPTIONS carry no Allow"),

    // ---------------------------------------------------------------- §12 dialogs
    NO_RECORD_ROUTE("no-record-route", "12.1.1",
            "When a UAS responds to a request with a response that establishes a dialog (such as a 2xx to INVITE), the UAS MUST copy all Record-Route header field values from the request into the response (including the URIs, URI parameters, and any Record-Route header field parameters, whether they are known or unknown to the UAS) and MUST maintain the order of those values.",
            "responses carry no Record-Route"),
    NO_CONTACT_IN_2XX("no-contact-in-2xx", "12.1.1",
            "The UAS MUST add a Contact header field to the response.",
            "2xx responses to INVITE carry no Contact"),
    UNKNOWN_DIALOG_200("unknown-dialog-200", "12.2.2",
            "If the UAS wishes to reject the request because it does not wish to recreate the dialog, it MUST respond to the request with a 481 (Call/Transaction Does Not Exist) status code and pass that to the server transaction.",
            "a request whose To tag matches no dialog gets 200 instead of 481"),
    OUT_OF_ORDER_ACCEPTED("out-of-order-accepted", "12.2.2",
            "If the remote sequence number was not empty, but the sequence number of the request is lower than the remote sequence number, the request is out of order and MUST be rejected with a 500 (Server Internal Error) response.",
            "a request within a dialog with a lower CSeq than the last one gets 200 instead of 500"),

    // ---------------------------------------------------------------- §13 initiating a session
    NO_2XX_RETRANSMISSION("2xx-not-retransmitted", "13.3.1.4",
            "The 2xx response is passed to the transport with an interval that starts at T1 seconds and doubles for each retransmission until it reaches T2 seconds (T1 and T2 are defined in Section 17).",
            "the UAS sends the 2xx to INVITE once and never retransmits it"),
    ACK_IGNORED("ack-ignored", "13.3.1.4",
            "Response retransmissions cease when an ACK request for the response is received.",
            "the UAS keeps retransmitting the 2xx to INVITE after its ACK arrived"),
    NO_PROVISIONAL_REFRESH("no-provisional-refresh", "13.3.1.1",
            "To prevent cancellation, the UAS MUST send a non-100 provisional response at every minute, to handle the possibility of lost provisional responses.",
            "a UAS that rings sends its 180 once and never again"),
    NO_WARNING_IN_488("no-warning-in-488", "13.3.1.3",
            "Such a response SHOULD include a Warning header field value explaining why the offer was rejected.",
            "488 responses to an INVITE whose offer the UAS rejects carry no Warning"),
    NO_ALLOW_IN_2XX("no-allow-in-2xx", "13.3.1.4",
            "A 2xx response to an INVITE SHOULD contain the Allow header field and the Supported header field, and MAY contain the Accept header field.",
            "2xx responses to INVITE carry no Allow"),
    NO_ANSWER_IN_2XX("no-answer-in-2xx", "13.3.1.4",
            "If the INVITE request contained an offer, and the UAS had not yet sent an answer, the 2xx MUST contain an answer.",
            "2xx responses to INVITE carry no body"),

    // ---------------------------------------------------------------- §14 modifying an existing session
    NO_BYE_WITHOUT_ACK("no-bye-without-ack", "14.2",
            "If a UAS generates a 2xx response and never receives an ACK, it SHOULD generate a BYE to terminate the dialog.",
            "the UAS sends no BYE when its 2xx was never acknowledged within 64*T1"),

    // ---------------------------------------------------------------- §15 terminating a session
    BYE_UNKNOWN_200("bye-unknown-200", "15.1.2",
            "If the BYE does not match an existing dialog, the UAS core SHOULD generate a 481 (Call/Transaction Does Not Exist) response and pass that to the server transaction.",
            "a BYE that matches no dialog (with or without a To tag) gets 200 instead of 481"),

    // ---------------------------------------------------------------- §16.7 proxy response processing
    PROXY_100_FORWARDED("proxy-100-forwarded", "16.7",
            "In particular, a stateful proxy MUST NOT forward any 100 (Trying) response.",
            "the stateful proxy forwards a 100 (Trying) it receives from downstream"),
    PROXY_2XX_HELD("proxy-2xx-held", "16.7",
            "Until a final response has been sent on the server transaction, the following responses MUST be forwarded immediately: - Any provisional response other than 100 (Trying) - Any 2xx response",
            "the stateful proxy keeps a 2xx like any other final response until every branch is over, instead of forwarding it at once"),
    PROXY_6XX_NOT_PREFERRED("proxy-6xx-not-preferred", "16.7",
            "It MUST choose from the 6xx class responses if any exist in the context.",
            "the stateful proxy chooses its best response as if no 6xx had come (the lowest class among the others)"),
    PROXY_CHALLENGES_NOT_MERGED("proxy-challenges-not-merged", "16.7",
            "If the selected response is a 401 (Unauthorized) or 407 (Proxy Authentication Required), the proxy MUST collect any WWW-Authenticate and Proxy-Authenticate header field values from all other 401 (Unauthorized) and 407 (Proxy Authentication Required) responses received so far in this response context and add them to this response without modification before forwarding.",
            "a 401 or 407 the proxy chooses carries only its own challenges"),
    PROXY_503_FORWARDED("proxy-503-forwarded", "16.7",
            "If the only response that was received is a 503, the proxy SHOULD generate a 500 response and forward that upstream.",
            "the stateful proxy forwards a lone 503 upstream instead of a 500"),
    PROXY_PENDING_NOT_CANCELLED("proxy-pending-not-cancelled", "16.7",
            "If the forwarded response was a final response, the proxy MUST generate a CANCEL request for all pending client transactions associated with this response context.",
            "after forwarding a 2xx the stateful proxy sends no CANCEL to the branches still ringing"),

    // ---------------------------------------------------------------- §16.8 Timer C
    TIMER_C_NO_CANCEL("timer-c-no-cancel", "16.8",
            "If the client transaction has received a provisional response, the proxy MUST generate a CANCEL request matching that transaction.",
            "when Timer C fires on a branch that rang, the proxy ends the branch as timed out without sending CANCEL"),

    // ---------------------------------------------------------------- §16.10 CANCEL processing
    PROXY_CANCEL_NOT_FORWARDED("proxy-cancel-not-forwarded", "16.10",
            "A proxy MUST cancel any pending client transactions associated with a response context when it receives a matching CANCEL request.",
            "the stateful proxy answers a CANCEL with 200 but sends no CANCEL to the pending branches"),

    // ---------------------------------------------------------------- §16.11 stateless proxy
    STATELESS_BRANCH_UNSTABLE("stateless-branch-unstable", "16.11",
            "Therefore, the component of the branch parameter that makes it unique MUST be the same each time a retransmitted request is forwarded.",
            "the stateless proxy writes a new random branch each time it forwards a retransmission"),

    // ---------------------------------------------------------------- §17 transactions
    NO_RETRANSMIT_BACKOFF("no-retransmit-backoff", "17.2.1",
            "From then on, when timer G fires, the response is passed to the transport again for transmission, and timer G is reset with a value that doubles, unless that value exceeds T2, in which case it is reset with the value of T2.",
            "T2 equals T1: retransmission intervals stay at T1 instead of doubling (responses and requests)"),
    NON_2XX_NOT_RETRANSMITTED("non-2xx-not-retransmitted", "17.2.1",
            "For unreliable transports, timer G is set to fire in T1 seconds, and is not set to fire for reliable transports.",
            "the INVITE server transaction never retransmits a final non-2xx response over UDP"),
    INVITE_RETRANSMITTED_WHEN_PROCEEDING("invite-retransmitted-when-proceeding", "17.1.1.2",
            "In the \"Proceeding\" state, the client transaction SHOULD NOT retransmit the request any longer.",
            "the INVITE client transaction stays in \"Calling\" after a provisional response and keeps retransmitting the INVITE over UDP"),
    ACK_NEW_BRANCH("ack-new-branch", "17.1.1.3",
            "The ACK MUST contain a single Via header field, and this MUST be equal to the top Via header field of the original request.",
            "the ACK for a non-2xx final response carries a new branch instead of the INVITE's"),
    PROVISIONAL_NOT_RETRANSMITTED("provisional-not-retransmitted", "17.2.2",
            "If a retransmission of the request is received while in the \"Proceeding\" state, the most recently sent provisional response MUST be passed to the transport layer for retransmission.",
            "the non-INVITE server transaction in \"Proceeding\" absorbs a retransmitted request without sending its provisional response again"),
    TIMER_J_ZERO("timer-j-zero", "17.2.2",
            "When the server transaction enters the \"Completed\" state, it MUST set Timer J to fire in 64*T1 seconds for unreliable transports, and zero seconds for reliable transports.",
            "the non-INVITE server transaction ends as soon as it sends its final response, over UDP too: a retransmitted request is taken for a new one"),
    REQUEST_RETRANSMISSION_IGNORED("request-retransmission-ignored", "17.2.2",
            "While in the \"Completed\" state, the server transaction MUST pass the final response to the transport layer for retransmission whenever a retransmission of the request is received.",
            "a retransmitted request is absorbed without its response being sent again"),

    // ---------------------------------------------------------------- §18 transport
    NO_RECEIVED("no-received", "18.2.1",
            "If the host portion of the \"sent-by\" parameter contains a domain name, or if it contains an IP address that differs from the packet source address, the server MUST add a \"received\" parameter to that Via header field value.",
            "responses carry no received parameter in the top Via, and go to the sent-by address"),

    UNREADABLE_REQUEST_DROPPED("unreadable-request-dropped", "18.3",
            "If the message is a request, the element SHOULD generate a 400 (Bad Request) response.",
            "a request that cannot be framed, or whose Via, To, From or Call-ID does not parse, is dropped without an answer"),

    // ---------------------------------------------------------------- §19 URIs
    URI_CASE_SENSITIVE("uri-compare-case-sensitive", "19.1.4",
            "Comparison of all other components of the URI is case-insensitive unless explicitly defined otherwise.",
            "the registrar compares Contact URIs character by character (sip:bob@HOST and sip:bob@host are two bindings)"),

    // ---------------------------------------------------------------- §20 header fields
    WRONG_CONTENT_LENGTH("wrong-content-length", "20.14",
            "The Content-Length header field indicates the size of the message-body, in decimal number of octets, sent to the recipient.",
            "the Content-Length of responses is one more than the size of their body"),

    NO_CONTENT_TYPE("no-content-type", "20.15",
            "The Content-Type header field MUST be present if the body is not empty.",
            "responses with a body carry no Content-Type"),

    // ---------------------------------------------------------------- §21 response codes
    NO_ALLOW_IN_405("no-allow-in-405", "21.4.6",
            "The response MUST include an Allow header field containing a list of valid methods for the indicated address.",
            "405 responses carry no Allow"),

    // ---------------------------------------------------------------- §22 authentication
    NO_WWW_AUTHENTICATE("no-www-authenticate", "22.2",
            "The WWW-Authenticate response-header field MUST be included in 401 (Unauthorized) response messages.",
            "401 responses carry no WWW-Authenticate"),

    // ---------------------------------------------------------------- §25 augmented BNF
    CSEQ_SYNTAX("cseq-syntax", "25.1",
            "CSeq  =  \"CSeq\" HCOLON 1*DIGIT LWS Method",
            "the CSeq of responses is written method first (CSeq: OPTIONS 1)");

    private final String id;
    private final String section;
    private final String rfcSentence;
    private final String description;

    Fault(String id, String section, String rfcSentence, String description) {
        this.id = id;
        this.section = section;
        this.rfcSentence = rfcSentence;
        this.description = description;
    }

    /** The name in configuration: {@code no-to-tag}. */
    public String id() {
        return id;
    }

    /** The RFC 3261 section the fault violates: {@code 8.2.6.2}. */
    public String section() {
        return section;
    }

    /** The sentence of RFC 3261 the fault breaks, quoted exactly. */
    public String rfcSentence() {
        return rfcSentence;
    }

    /** What the device does instead. */
    public String description() {
        return description;
    }

    /** The fault whose id is {@code id} (case-insensitive, surrounding blanks ignored). */
    public static Optional<Fault> byId(String id) {
        String wanted = id.trim();
        for (Fault f : values()) {
            if (f.id.equalsIgnoreCase(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
