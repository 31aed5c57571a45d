package io.sipspec.ua;

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
import io.sipspec.transaction.Scheduler;
import io.sipspec.transaction.TimerName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * This UA's binding at a registrar (RFC 3261 §10.2), refreshed before it expires. Confined to the stack's event loop;
 * {@link #register} and {@link #unregister} may be called from any thread.
 *
 * <p>§10.2: "A UA SHOULD use the same Call-ID for all registrations during a single boot cycle." §10.2.4: "Registrations
 * ... are refreshed by ... sending a REGISTER request"; the refresh is sent when half the granted time has passed.
 */
public final class Registration {

    private final UacCore uac;
    private final Uri registrar;
    private final String callId;
    private final String fromTag = Identifiers.newTag();
    private long cseq = 1;
    private long requested;
    private Scheduler.Timer refresh;
    private volatile long granted = -1;
    private CompletableFuture<SipResponse> pending;
    /** A REGISTER of this registration is waiting for its final response (or its timeout). */
    private boolean inFlight;
    private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
    private final List<CompletableFuture<SipResponse>> refreshWaiters = new ArrayList<>();

    Registration(UacCore uac, Uri registrar) {
        this.uac = uac;
        // RFC 3261 §10.2, Request-URI: "The "userinfo" and "@" components of the SIP URI MUST NOT be present."
        this.registrar = registrar instanceof SipUri s && s.user() != null ? s.withUser(null) : registrar;
        this.callId = Identifiers.newCallId(uac.config().domain());
    }

    /** The Request-URI of the REGISTER requests: the registrar's URI without any userinfo (§10.2). */
    public Uri registrar() {
        return registrar;
    }

    /** The expiry the registrar granted in its last 200 (seconds), or -1. */
    public long granted() {
        return granted;
    }

    /** Registers (or refreshes) for {@code expires} seconds; completes with the registrar's final response. */
    public CompletableFuture<SipResponse> register(long expires) {
        CompletableFuture<SipResponse> f = new CompletableFuture<>();
        uac.stack().executor().execute(() -> {
            requested = expires;
            send(expires, f);
        });
        return f;
    }

    /**
     * Completes with the registrar's final response to the next refresh this registration sends by itself (§10.2.4,
     * at half the granted time).
     */
    public CompletableFuture<SipResponse> nextRefresh() {
        CompletableFuture<SipResponse> f = new CompletableFuture<>();
        uac.stack().executor().execute(() -> refreshWaiters.add(f));
        return f;
    }

    /** §10.2.2: removes the binding with an expiry of zero and stops refreshing. */
    public CompletableFuture<SipResponse> unregister() {
        return register(0);
    }

    private void send(long expires, CompletableFuture<SipResponse> f) {
        // §10.2: "UAs MUST NOT send a new registration (that is, containing new Contact header field values, as opposed
        // to a retransmission) until they have received a final response from the registrar for the previous one or
        // the previous REGISTER request has timed out."
        if (inFlight) {
            waiting.add(() -> send(expires, f));
            return;
        }
        inFlight = true;
        if (refresh != null) {
            refresh.cancel();
        }
        pending = f;
        Address aor = Address.of(uac.addressOfRecord());
        // §10.2: "The Request-URI names the domain of the location service"; "The To header field contains the
        // address of record"; "The From header field contains the address-of-record of the person responsible for the
        // registration"; "the CSeq value ... MUST [be] incremented by one for each REGISTER request with the same
        // Call-ID".
        SipRequest register = SipRequest.builder(Methods.REGISTER, registrar)
                .header(SipHeaders.TO, aor)
                .header(SipHeaders.FROM, aor.withTag(fromTag))
                .header(HeaderName.CALL_ID, callId)
                .header(SipHeaders.CSEQ, new CSeq(cseq++, Methods.REGISTER))
                .header(HeaderName.MAX_FORWARDS, "70")
                .header(SipHeaders.CONTACT, uac.contact())
                .header(HeaderName.EXPIRES, Long.toString(expires))
                .build();
        new ClientRequest(uac.stack(), uac.config(), new ClientRequest.Callback() {
            @Override
            public void provisional(SipRequest sent, SipResponse response) {
            }

            @Override
            public void finalResponse(SipRequest sent, SipResponse response) {
                // An authentication retry used a higher CSeq: continue from there.
                cseq = Math.max(cseq, sent.cseq().sequence() + 1);
                inFlight = false;
                answered(expires, response);
                // A 423 retry is still this registration; otherwise the next one waiting may go.
                if (!inFlight && !waiting.isEmpty()) {
                    waiting.poll().run();
                }
            }
        }).start(register);
    }

    private void answered(long expires, SipResponse response) {
        CompletableFuture<SipResponse> f = pending;
        if (response.statusCode() == 423 && response.header(SipHeaders.MIN_EXPIRES) != null && expires != 0) {
            // §10.2.8: "the UA ... MAY retry the registration after making the expiration interval of all contact
            // addresses in the REGISTER request equal to or greater than the expiration interval within the
            // Min-Expires header field of the 423 (Interval Too Brief) response."
            // The refreshes ask for no less either.
            requested = Math.max(requested, response.header(SipHeaders.MIN_EXPIRES));
            send(response.header(SipHeaders.MIN_EXPIRES), f);
            return;
        }
        if (response.isSuccess() && expires > 0) {
            granted = grantedExpiry(response, expires);
            if (granted > 0) {
                // At half the granted time, so that the refresh reaches the registrar before the binding expires (a
                // floor of a whole second would refresh a 1 s binding only as it expires).
                long delayMillis = granted * 500;
                refresh = uac.stack().scheduler().schedule(TimerName.UA, delayMillis, this::refresh);
            }
        } else if (expires == 0) {
            granted = -1;
        }
        f.complete(response);
    }

    private void refresh() {
        CompletableFuture<SipResponse> f = new CompletableFuture<>();
        List<CompletableFuture<SipResponse>> waiters = List.copyOf(refreshWaiters);
        refreshWaiters.clear();
        f.whenComplete((r, e) -> waiters.forEach(w -> w.complete(r)));
        send(requested, f);
    }

    /**
     * §10.2.4: the 200 "contains a list of Contact fields enumerating all current bindings" with their expires; the one
     * for our Contact says how long we have. Else the Expires header, else what we asked for.
     */
    private long grantedExpiry(SipResponse ok, long asked) {
        Address mine = uac.contact();
        for (Address c : ok.contacts()) {
            if (!c.isWildcard() && c.uri().equals(mine.uri()) && c.parameter("expires") != null) {
                try {
                    return Long.parseLong(c.parameter("expires"));
                } catch (NumberFormatException e) {
                    break;
                }
            }
        }
        Long header = ok.header(SipHeaders.EXPIRES);
        return header != null ? header : asked;
    }
}
