package io.sipspec.registrar;

import io.sipspec.fault.Fault;
import io.sipspec.fault.FaultSet;
import io.sipspec.message.Address;
import io.sipspec.message.CSeq;
import io.sipspec.message.Host;
import io.sipspec.message.Methods;
import io.sipspec.message.SipDate;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.SipUri;
import io.sipspec.ua.Rejection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A registrar (RFC 3261 §10.3): "A registrar is a UAS that responds to REGISTER requests and maintains a list of
 * bindings that are accessible to proxy servers and redirect servers within its administrative domain."
 *
 * <p>{@link #handle} takes each REGISTER through the steps of §10.3 in order and answers it; the bindings live in a
 * {@link LocationService}, which a proxy or {@link RedirectServer} reads. "A registrar handles requests according to
 * Section 8.2 and Section 17.2, but it accepts only REGISTER requests." The transaction layer (§17.2) is the
 * caller's: it hands {@link #handle} each new request and sends the response. A CANCEL needs the transaction it
 * cancels (§9.2), so the caller answers it; {@link #handle} treats it as any other method but REGISTER.
 *
 * <p>Immutable and thread-safe; concurrent REGISTERs for one address-of-record are serialized by
 * {@link LocationService#update}.
 */
public final class Registrar {

    private final LocationService locations;
    private final RegisterInspection inspection;
    private final ExpiryPolicy expiry;
    private final RegistrationAuthorizer authorizer;
    private final Clock clock;
    private final FaultSet faults;

    private Registrar(Builder b) {
        this.locations = b.locations;
        this.inspection = new RegisterInspection(b.domains, b.optionTags);
        this.expiry = b.expiry;
        this.authorizer = b.authorizer;
        this.clock = b.clock;
        this.faults = b.faults;
    }

    /** A registrar that stores its bindings in {@code locations}; name its domains on the builder. */
    public static Builder builder(LocationService locations) {
        return new Builder(locations);
    }

    public ExpiryPolicy expiry() {
        return expiry;
    }

    /**
     * The response to {@code request}, or empty for an ACK, which RFC 3261 §22.1 counts among "any requests that take
     * no response, including ACK". A header field the steps need that does not parse gets a 400.
     */
    public Optional<SipResponse> handle(SipRequest request) {
        if (request.isMethod(Methods.ACK)) {
            return Optional.empty();
        }
        try {
            return Optional.of(process(request));
        } catch (SipParseException e) {
            return Optional.of(reject(request, 400, e.reason()));
        }
    }

    private SipResponse process(SipRequest r) {
        // The method, step 1 (the Request-URI's domain) and step 2 (Require).
        Rejection refused = inspection.inspect(r);
        if (refused != null && !faults.skipsRejection(refused.status())) {
            return refused.toResponse(r).build();
        }
        // Step 5: "The registrar extracts the address-of-record from the To header field of the request."
        Address to = r.to();
        if (to == null) {
            return reject(r, 400, "no To header field");
        }
        if (!(to.uri() instanceof SipUri toUri)) {
            // §10.2, To: "This address-of-record MUST be a SIP URI or SIPS URI."
            return reject(r, 400, "the address-of-record " + to.uri() + " is not a SIP or SIPS URI");
        }
        AddressOfRecord aor = AddressOfRecord.of(toUri);
        // Steps 3 and 4: authentication and authorization, see RegistrationAuthorizer.
        Optional<Rejection> unauthorized = authorizer.authorize(r, aor);
        if (unauthorized.isPresent()) {
            return unauthorized.get().toResponse(r).build();
        }
        // Step 5: "If the address-of-record is not valid for the domain in the Request-URI, the registrar MUST send a
        // 404 (Not Found) response and skip the remaining steps."
        if (!toUri.host().equals(((SipUri) r.requestUri()).host())) {
            return reject(r, 404, "the address-of-record " + aor + " is not in the domain of " + r.requestUri());
        }
        return bindings(r, aor);
    }

    /** Steps 6 to 8: the Contacts, the binding updates, the 200 listing every binding. */
    private SipResponse bindings(SipRequest r, AddressOfRecord aor) {
        // Step 6: "The registrar checks whether the request contains the Contact header field.  If not, it skips to
        // the last step."
        List<Address> contacts = r.contacts();
        if (contacts.isEmpty()) {
            return ok(r, locations.lookup(aor));
        }
        String callId = r.callId();
        CSeq cseq = r.cseq();
        if (callId == null || cseq == null) {
            return reject(r, 400, "no " + (callId == null ? "Call-ID" : "CSeq") + " header field");
        }
        Long expires = r.header(SipHeaders.EXPIRES);
        UnaryOperator<List<Binding>> change;
        if (contacts.stream().anyMatch(Address::isWildcard)) {
            // Step 6: "If the Contact header field is present, the registrar checks if there is one Contact field
            // value that contains the special value "*" and an Expires field.  If the request has additional Contact
            // fields or an expiration time other than zero, the request is invalid, and the server MUST return a 400
            // (Invalid Request) and skip the remaining steps."
            if (contacts.size() != 1) {
                return reject(r, 400, "Contact \"*\" with other Contact values");
            }
            if (!faults.has(Fault.WILDCARD_NONZERO_EXPIRES) && (expires == null || expires != 0)) {
                return reject(r, 400, "Contact \"*\" needs Expires: 0, not " + (expires == null ? "none" : expires));
            }
            change = new WildcardRemoval(callId, cseq.sequence());
        } else {
            SipResponse invalid = qValues(r, contacts);
            if (invalid != null) {
                return invalid;
            }
            change = new ContactUpdate(contacts, expires, callId, cseq.sequence(), clock.instant(), expiry,
                    faults);
        }
        // Step 7: "The binding updates MUST be committed (that is, made visible to the proxy or redirect server) if
        // and only if all binding updates and additions succeed."
        try {
            return ok(r, locations.update(aor, change));
        } catch (RegistrationFailure f) {
            return f.rejection().toResponse(r).build();
        } catch (LocationServiceException e) {
            // Step 7: "If any one of them fails (for example, because the back-end database commit failed), the
            // request MUST fail with a 500 (Server Error) response and all tentative binding updates MUST be removed."
            return reject(r, 500, "location service: " + e.getMessage());
        }
    }

    /**
     * Step 8: "The registrar returns a 200 (OK) response.  The response MUST contain Contact header field values
     * enumerating all current bindings.  Each Contact value MUST feature an "expires" parameter indicating its
     * expiration interval chosen by the registrar.  The response SHOULD include a Date header field."
     * §10.3: "Registrars MUST NOT include a Record-Route header field in any response to a REGISTER request."
     * ({@link SipRequest#createResponse} copies none.)
     */
    private SipResponse ok(SipRequest r, List<Binding> current) {
        Instant now = clock.instant();
        SipResponse.Builder b = r.createResponse(200);
        int listed = 0;
        for (Binding binding : current) {
            if (binding.isExpired(now) || listed > 0 && faults.has(Fault.NOT_ALL_BINDINGS)) {
                continue;
            }
            Address contact = binding.contactWithExpires(now);
            b.addHeader(SipHeaders.CONTACT, faults.has(Fault.NO_CONTACT_EXPIRES) ? contact.withoutParameter("expires") : contact);
            listed++;
        }
        b.header(SipHeaders.DATE, SipDate.of(ZonedDateTime.ofInstant(now, ZoneOffset.UTC)));
        return b.build();
    }

    /** c-p-q = "q" EQUAL qvalue (§25.1): a Contact whose "q" is not a qvalue makes the request invalid (400). */
    private static SipResponse qValues(SipRequest r, List<Address> contacts) {
        for (Address c : contacts) {
            String q = c.parameter("q");
            if (q != null) {
                try {
                    QValue.parse(q);
                } catch (IllegalArgumentException e) {
                    return reject(r, 400, "Contact " + c.uri() + ": " + e.getMessage());
                }
            }
        }
        return null;
    }

    private static SipResponse reject(SipRequest r, int status, String reason) {
        return new Rejection(status, List.of(), reason).toResponse(r).build();
    }

    /** Collects a registrar's configuration. */
    public static final class Builder {
        private final LocationService locations;
        private final Set<Host> domains = new LinkedHashSet<>();
        private final Set<String> optionTags = new LinkedHashSet<>();
        private ExpiryPolicy expiry = ExpiryPolicy.DEFAULT;
        private RegistrationAuthorizer authorizer = RegistrationAuthorizer.ALLOW_ALL;
        private Clock clock = Clock.systemUTC();
        private FaultSet faults = FaultSet.NONE;

        private Builder(LocationService locations) {
            this.locations = Objects.requireNonNull(locations, "locations");
        }

        /**
         * The domains whose bindings this registrar keeps (§10.3: "A registrar has to know (for example, through
         * configuration) the set of domain(s) for which it maintains bindings."), e.g. {@code chicago.com}.
         */
        public Builder domains(String... hosts) {
            for (String h : hosts) {
                domains.add(Host.parse(h));
            }
            return this;
        }

        /** Option tags the registrar supports in Require (step 2); none by default. */
        public Builder optionTags(String... tags) {
            for (String t : tags) {
                optionTags.add(t.toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /** Default, minimum and maximum expiration; {@link ExpiryPolicy#DEFAULT} unless set. */
        public Builder expiry(ExpiryPolicy policy) {
            this.expiry = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Steps 3 and 4; {@link RegistrationAuthorizer#ALLOW_ALL} unless set. */
        public Builder authorizer(RegistrationAuthorizer a) {
            this.authorizer = Objects.requireNonNull(a, "authorizer");
            return this;
        }

        /** The clock for expiry instants and the Date header; give the location service the same one. */
        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c, "clock");
            return this;
        }

        /** Faults to inject (fault-injection tests); none by default. */
        public Builder faults(FaultSet f) {
            this.faults = Objects.requireNonNull(f, "faults");
            return this;
        }

        /** @throws IllegalStateException if no domain was named */
        public Registrar build() {
            if (domains.isEmpty()) {
                throw new IllegalStateException("a registrar needs the domains it maintains bindings for");
            }
            return new Registrar(this);
        }
    }
}
