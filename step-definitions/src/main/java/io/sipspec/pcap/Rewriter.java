package io.sipspec.pcap;

import io.sipspec.message.Address;
import io.sipspec.message.HeaderName;
import io.sipspec.message.Identifiers;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.message.Uri;
import io.sipspec.message.Via;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the client side's recorded messages fit for sending again: what must be fresh is fresh (RFC 3261 §8.1.1.4:
 * "In a new request created by a UAC outside of any dialog, the Call-ID header field MUST be selected by the UAC as a
 * globally unique identifier over space and time unless overridden by method-specific behavior"; §8.1.1.7: "The
 * branch parameter value MUST be unique across space and time for all requests sent by the UA"; tags likewise), and
 * the addresses are the tester's and the device's. Each recorded value maps to one replayed value for the whole replay,
 * so a CANCEL keeps its INVITE's branch and every request of a dialog its tags. Values the device chooses (its tags,
 * its branches, its Contact) are learned from what it sends. Content-Length is recomputed when the message is built.
 */
final class Rewriter {

    private final InetSocketAddress tester;
    private final InetSocketAddress device;
    private final String transport;
    private final Map<String, String> callIds = new HashMap<>();
    private final Map<String, String> tags = new HashMap<>();
    private final Map<String, String> branches = new HashMap<>();
    private final Map<String, Uri> remoteTargets = new HashMap<>();

    Rewriter(InetSocketAddress tester, InetSocketAddress device, String transport) {
        this.tester = tester;
        this.device = device;
        this.transport = transport;
    }

    /** The replayed Call-ID of a recorded one. */
    String callId(String recorded) {
        return callIds.computeIfAbsent(recorded, r -> Identifiers.newCallId(tester.getAddress().getHostAddress()));
    }

    /** The replayed value of a recorded tag: the client's are made fresh on first sight, the device's learned. */
    String tag(String recorded) {
        return tags.computeIfAbsent(recorded, r -> Identifiers.newTag());
    }

    /** The replayed branch of a recorded one. */
    String branch(String recorded) {
        return branches.computeIfAbsent(recorded, r -> Identifiers.newBranch());
    }

    /** The device chose {@code actual} where the recording has {@code recorded} (a tag or a branch). */
    void learnTag(String recorded, String actual) {
        if (recorded != null && actual != null) {
            tags.put(recorded, actual);
        }
    }

    void learnBranch(String recorded, String actual) {
        if (recorded != null && actual != null) {
            branches.put(recorded, actual);
        }
    }

    /** The device's Contact in a dialog-creating response or request: the remote target of later requests. */
    void learnTarget(String recordedCallId, Uri target) {
        remoteTargets.put(recordedCallId, target);
    }

    /** A request of the client side, rewritten. */
    SipRequest request(SipRequest recorded) {
        String recordedCallId = recorded.callId();
        String toTag = recorded.to().tag();
        Uri target = toTag != null ? remoteTargets.get(recordedCallId) : null;
        SipRequest.Builder b = recorded.toBuilder()
                .requestUri(target != null ? target : toDevice(recorded.requestUri()))
                .removeHeader(HeaderName.VIA)
                .removeHeader(HeaderName.AUTHORIZATION)
                .removeHeader(HeaderName.PROXY_AUTHORIZATION)
                .removeHeader(HeaderName.ROUTE)
                .header(SipHeaders.VIA, Via.of(transport, host(tester), tester.getPort(), branch(recorded.topVia().branch())))
                .header(SipHeaders.CALL_ID, callId(recordedCallId))
                .header(SipHeaders.FROM, recorded.from().withTag(tag(recorded.from().tag())));
        if (toTag != null) {
            b.header(SipHeaders.TO, recorded.to().withTag(tag(toTag)));
        }
        contacts(recorded.contacts(), b);
        return b.build();
    }

    /**
     * The client side's response to a request the device sent ({@code actual}), as recorded: status, reason and
     * headers from the recording, and the transaction and dialog headers copied from the request as §8.2.6.2 has it
     * ("The From field of the response MUST equal the From header field of the request", and so Call-ID, CSeq and
     * Via), with the client's To tag.
     */
    SipResponse response(SipResponse recorded, SipRequest actual) {
        SipResponse.Builder b = recorded.toBuilder()
                .removeHeader(HeaderName.VIA)
                .header(HeaderName.CALL_ID, actual.callId())
                .header(SipHeaders.CSEQ, actual.cseq())
                .header(SipHeaders.FROM, actual.from());
        String toTag = recorded.to().tag();
        b.header(SipHeaders.TO, toTag == null ? actual.to() : actual.to().withTag(tag(toTag)));
        for (String via : actual.headers().values(HeaderName.VIA)) {
            b.addHeader(HeaderName.VIA, via);
        }
        contacts(recorded.contacts(), b);
        return b.build();
    }

    private void contacts(List<Address> recorded, io.sipspec.message.SipMessage.Builder<?> b) {
        if (recorded.isEmpty()) {
            return;
        }
        List<Address> out = new ArrayList<>();
        for (Address a : recorded) {
            out.add(!a.isWildcard() && a.uri() instanceof SipUri u ? a.withUri(u.withHost(host(tester), tester.getPort())) : a);
        }
        b.headerValues(SipHeaders.CONTACT, out);
    }

    private Uri toDevice(Uri recorded) {
        return recorded instanceof SipUri u ? u.withHost(host(device), device.getPort()) : recorded;
    }

    /** The host as a URI or Via writes it: an IPv6 address in brackets. */
    static String host(InetSocketAddress a) {
        String text = a.getAddress().getHostAddress();
        return a.getAddress() instanceof Inet6Address ? "[" + text + "]" : text;
    }
}
