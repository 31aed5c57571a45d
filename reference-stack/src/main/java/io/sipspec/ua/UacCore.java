package io.sipspec.ua;

import io.sipspec.dialog.DialogTable;
import io.sipspec.dialog.RequestTarget;
import io.sipspec.message.Address;
import io.sipspec.message.CSeq;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.Methods;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.server.SipStack;
import io.sipspec.transport.TransportType;
import io.sipspec.ua.sdp.OfferAnswer;
import io.sipspec.ua.sdp.Origin;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The UAC core (RFC 3261 §8.1): builds requests outside of dialogs and starts calls, registrations and other requests.
 * Methods may be called from any thread; the work runs on the stack's event loop.
 */
public final class UacCore {

    /** The methods this UA's INVITEs announce in Allow (§20.5). */
    static final String ALLOW = String.join(", ", Methods.INVITE, Methods.ACK, Methods.BYE, Methods.CANCEL, Methods.OPTIONS);

    /** RFC 4566 §5.2 suggests an NTP timestamp for the session id; NTP seconds are Unix seconds plus this. */
    private static final long NTP_UNIX_OFFSET = 2_208_988_800L;

    private final SipStack stack;
    private final UaConfig config;
    private final DialogTable dialogs;
    private final Sessions sessions;
    private long sessionsCreated;
    private volatile List<Address> routeSet = List.of();

    UacCore(SipStack stack, UaConfig config, DialogTable dialogs, Sessions sessions) {
        this.stack = stack;
        this.config = config;
        this.dialogs = dialogs;
        this.sessions = sessions;
    }

    /** Runs {@code task} on the stack's event loop: now if called there, else as soon as the loop can. */
    void onLoop(Runnable task) {
        if (stack.executor().inEventLoop()) {
            task.run();
        } else {
            stack.executor().execute(task);
        }
    }

    Sessions sessions() {
        return sessions;
    }

    /**
     * The o= line of a new session this UA describes, at version 1. RFC 4566 §5.2: "The method of <sess-id> allocation
     * is up to the creating tool, but it has been suggested that a Network Time Protocol (NTP) format timestamp be used
     * to ensure uniqueness"; a count of the sessions made is added so that two in the same second differ.
     */
    Origin newOrigin() {
        long ntp = System.currentTimeMillis() / 1000 + NTP_UNIX_OFFSET;
        return Origin.ip4("-", ntp + sessionsCreated++, 1, config.mediaAddress());
    }

    SipStack stack() {
        return stack;
    }

    UaConfig config() {
        return config;
    }

    DialogTable dialogs() {
        return dialogs;
    }

    /**
     * Sets the pre-existing route set of the requests this UA sends outside of dialogs (an outbound proxy, §8.1.1.1:
     * "it is RECOMMENDED that this be done by providing it with a pre-existing route set with a single URI, that of
     * the outbound proxy"); empty for none.
     */
    public void routeSet(List<Address> routes) {
        this.routeSet = List.copyOf(routes);
    }

    /** This UA's address-of-record, {@code sip:user@domain}. */
    public SipUri addressOfRecord() {
        return SipUri.of(config.user(), config.domain(), -1);
    }

    /** The Contact of this UA (§8.1.1.8): where it receives requests, on UDP if it listens there, else on TCP. */
    public Address contact() {
        TransportType t = stack.transport().listensOn(TransportType.UDP) ? TransportType.UDP : TransportType.TCP;
        InetSocketAddress a = stack.transport().localAddress(t);
        String host = a.getAddress() instanceof java.net.Inet6Address ? '[' + a.getAddress().getHostAddress() + ']'
                : a.getAddress().getHostAddress();
        SipUri uri = SipUri.of(config.user(), host, a.getPort());
        return Address.of(t == TransportType.UDP ? uri : uri.withParameter("transport", "tcp"));
    }

    /**
     * A request outside of any dialog, as §8.1.1 says: "A valid SIP request formulated by a UAC MUST, at a minimum,
     * contain the following header fields: To, From, CSeq, Call-ID, Max-Forwards, and Via; all of these header fields
     * are mandatory in all SIP requests." The Via is added when it is sent. "The From field MUST contain a new "tag"
     * parameter, chosen by the UAC" (§8.1.1.3); "the initial value of the sequence number ... MUST be less than 2**31"
     * (§8.1.1.5); "The Max-Forwards header field ... SHOULD be 70" (§8.1.1.6).
     */
    public SipRequest.Builder newRequest(String method, Uri target) {
        Address from = Address.of(config.displayName(), addressOfRecord()).withTag(Identifiers.newTag());
        // §8.1.1.1: "When a pre-existing route set is present, the procedures for populating the Request-URI and Route
        // header field detailed in Section 12.2.1.1 MUST be followed (even though there is no dialog), using the
        // desired Request-URI as the remote target URI."
        RequestTarget t = RequestTarget.of(routeSet, target);
        SipRequest.Builder b = SipRequest.builder(method, t.requestUri())
                .headerValues(SipHeaders.ROUTE, t.routes())
                .header(SipHeaders.TO, Address.of(target))
                .header(SipHeaders.FROM, from)
                .header(HeaderName.CALL_ID, Identifiers.newCallId(config.domain()))
                .header(SipHeaders.CSEQ, new CSeq(ThreadLocalRandom.current().nextInt(1, 1 << 20), method))
                .header(HeaderName.MAX_FORWARDS, "70");
        if (method.equals(Methods.INVITE) || method.equals(Methods.REGISTER) || method.equals(Methods.OPTIONS)) {
            // §8.1.1.8: "The Contact header field MUST be present and contain exactly one SIP or SIPS URI in any request
            // that can result in the establishment of a dialog."
            b.header(SipHeaders.CONTACT, contact());
        }
        if (method.equals(Methods.OPTIONS)) {
            // §11.1: "An Accept header field SHOULD be included to indicate the type of message body the UAC wishes to
            // receive in the response. Typically, this is set to a format that is used to describe the media
            // capabilities of a UA, such as SDP (application/sdp)."
            b.header(HeaderName.ACCEPT, "application/sdp");
        }
        return b;
    }

    /** Places a call to {@code target} with an SDP audio offer (RFC 3264 §5). */
    public OutgoingCall call(Uri target) {
        return call(newRequest(Methods.INVITE, target).build());
    }

    /** Places a call with {@code invite} (built by {@link #newRequest}), to which the Allow and the SDP offer are added. */
    private OutgoingCall call(SipRequest invite) {
        OutgoingCall call = new OutgoingCall(this);
        stack.executor().execute(() -> {
            Origin origin = newOrigin();
            call.start(withCapabilities(invite).toBuilder()
                    .body("application/sdp", OfferAnswer.audio().offer(origin, config.mediaAddress(), config.mediaPort()).toByteArray())
                    .build(), origin);
        });
        return call;
    }

    /**
     * §13.2.1: "An Allow header field (Section 20.5) SHOULD be present in the INVITE." "A Supported header field
     * (Section 20.37) SHOULD be present in the INVITE."
     */
    private SipRequest withCapabilities(SipRequest invite) {
        return invite.toBuilder()
                .header(HeaderName.ALLOW, ALLOW)
                .header(HeaderName.SUPPORTED, String.join(", ", config.inspection().optionTags()))
                .build();
    }

    /**
     * Places a call to {@code target} with an INVITE that has no offer (RFC 3261 §13.2.1: "The initial offer MUST be in
     * either an INVITE or, if not there, in the first reliable non-failure message from the UAS back to the UAC."): the
     * offer then comes in the 2xx, and this UA's answer in the ACK; an offer it cannot take gets a valid answer that
     * rejects its streams, then a BYE (§13.2.2.4).
     */
    public OutgoingCall callWithoutOffer(Uri target) {
        SipRequest invite = newRequest(Methods.INVITE, target).build();
        OutgoingCall call = new OutgoingCall(this);
        stack.executor().execute(() -> call.startWithoutOffer(withCapabilities(invite), newOrigin()));
        return call;
    }

    /**
     * Sends the request {@code uri} asks for (RFC 3261 §19.1.5: its method parameter, its headers, its body): an INVITE
     * places a call with this UA's SDP offer, another method goes out of dialog. Returns false, and sends nothing, when
     * the URI is invalid or asks for what this UA does not support ("An implementation MUST NOT proceed with
     * transmitting the request").
     */
    public boolean sendFromUri(String uri) {
        Optional<SipRequest> request = RequestFromUri.form(uri, this::newRequest, config.inspection().optionTags());
        if (request.isEmpty()) {
            return false;
        }
        if (request.get().isMethod(Methods.INVITE)) {
            call(request.get());
        } else {
            send(request.get());
        }
        return true;
    }

    /** A registration of this UA's Contact at {@code registrar} (§10.2); call {@link Registration#register}. */
    public Registration registration(Uri registrar) {
        return new Registration(this, registrar);
    }

    /** Sends a request outside of any dialog (OPTIONS, MESSAGE…), retrying with credentials and following 3xx. */
    public CompletableFuture<SipResponse> send(SipRequest request) {
        CompletableFuture<SipResponse> result = new CompletableFuture<>();
        ClientRequest r = new ClientRequest(stack, config, new ClientRequest.Callback() {
            @Override
            public void provisional(SipRequest sent, SipResponse response) {
            }

            @Override
            public void finalResponse(SipRequest sent, SipResponse response) {
                result.complete(response);
            }
        });
        stack.executor().execute(() -> r.start(request));
        return result;
    }
}
