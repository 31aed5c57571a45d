package io.sipspec.auth;

import io.sipspec.message.AuthValue;
import io.sipspec.message.CSeq;
import io.sipspec.message.Identifiers;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipParseException;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import io.sipspec.message.Via;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The client side of Digest authentication: answers 401/407 challenges and keeps the authentication sessions they
 * start (one per challenge type and realm), counting the requests sent with each nonce. Thread-safe.
 *
 * <p>RFC 7616 §3.6: "A client SHOULD remember the username, password, nonce, nonce count, and opaque values
 * associated with an authentication session to use to construct the Authorization header field in future requests
 * within that protection space."
 */
public final class DigestClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    private record Key(ChallengeType type, String realm) {
    }

    /**
     * One authentication session: the challenge answered, how many requests used its nonce and, for a "-sess"
     * algorithm, the cnonce of its session key.
     */
    private static final class Session {
        final DigestChallenge challenge;
        final String sessionCnonce;
        long count;

        Session(DigestChallenge challenge, String sessionCnonce) {
            this.challenge = challenge;
            this.sessionCnonce = sessionCnonce;
        }
    }

    private final Function<String, ClientCredentials> credentials;
    private final Supplier<String> cnonces;
    private final Map<Key, Session> sessions = new LinkedHashMap<>();
    /** The WWW-Authenticate realms answered for each destination: the URI of the request's To (RFC 3261 §22.2). */
    private final Map<Uri, Set<Key>> destinations = new HashMap<>();

    /**
     * @param credentialsForRealm the credentials to use in a realm, or null when there are none
     * @param cnonces             client nonces
     */
    public DigestClient(Function<String, ClientCredentials> credentialsForRealm, Supplier<String> cnonces) {
        this.credentials = credentialsForRealm;
        this.cnonces = cnonces;
    }

    /** A client using {@code username} and {@code password} in every realm, with random cnonces. */
    public static DigestClient of(String username, String password) {
        ClientCredentials c = new ClientCredentials(username, password);
        return new DigestClient(realm -> c, DigestClient::randomCnonce);
    }

    private static String randomCnonce() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /**
     * The request to send again after {@code response} (a 401 or 407) challenged it, or empty when no challenge can
     * be answered. RFC 3261 §8.1.3.5: "This new request constitutes a new transaction and SHOULD have the same value
     * of the Call-ID, To, and From of the previous request, but the CSeq should contain a new sequence number that
     * is one higher than the previous." Credentials of other realms in the request are kept (§22.3).
     */
    public synchronized Optional<SipRequest> retry(SipRequest request, SipResponse response) {
        Map<Key, DigestChallenge> chosen = strongestPerRealm(response);
        chosen.entrySet().removeIf(e -> !answerable(e.getKey(), e.getValue(), request));
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        chosen.forEach((k, ch) -> sessions.put(k, new Session(ch, ch.algorithm().isSession() ? cnonces.get() : null)));
        // RFC 3261 §22.2: "Once authentication credentials have been supplied (either directly by the user, or
        // discovered in an internal keyring), UAs SHOULD cache the credentials for a given value of the To header field
        // and "realm" and attempt to re-use these values on the next request for that destination." Proxy credentials
        // are not: §22.3, "These credentials MUST NOT be cached across dialogs".
        Uri to = toUri(request);
        if (to != null) {
            chosen.keySet().stream().filter(k -> k.type() == ChallengeType.WWW)
                    .forEach(k -> destinations.computeIfAbsent(to, u -> new LinkedHashSet<>()).add(k));
        }
        SipRequest.Builder b = withCredentials(request, chosen.keySet().stream().toList());
        // RFC 3261 §22.2: "When a UAC resubmits a request with its credentials after receiving a 401 (Unauthorized)
        // or 407 (Proxy Authentication Required) response, it MUST increment the CSeq header field value as it
        // would normally when sending an updated request."
        CSeq cseq = request.cseq();
        b.header(SipHeaders.CSEQ, new CSeq(cseq.sequence() + 1, cseq.method()));
        // RFC 3261 §8.1.1.7: "The branch ID inserted by an element compliant with this specification MUST always
        // begin with the characters "z9hG4bK"."  A new transaction gets a new branch.
        Via top = request.topVia();
        if (top != null) {
            b.removeFirst(SipHeaders.VIA)
                    .addHeaderFirst(SipHeaders.VIA, top.withParameter("branch", Identifiers.newBranch()));
        }
        return Optional.of(b.build());
    }

    /**
     * {@code request} with credentials for every session this client holds, each counting one more request with its
     * nonce: for a new request in the same protection space, sent without waiting for a challenge (RFC 7616 §3.6:
     * "The Authorization header field MAY be included preemptively").
     */
    public synchronized SipRequest authorize(SipRequest request) {
        if (sessions.isEmpty()) {
            return request;
        }
        return withCredentials(request, List.copyOf(sessions.keySet())).build();
    }

    /**
     * {@code request} with the credentials cached for its destination (the URI of its To header field) and their realms,
     * each counting one more request with its nonce (RFC 3261 §22.2: UAs "attempt to re-use these values on the next
     * request for that destination"); as it is when none are cached or it carries Authorization already.
     */
    public synchronized SipRequest authorizeCached(SipRequest request) {
        Uri to = toUri(request);
        Set<Key> keys = to == null ? null : destinations.get(to);
        if (keys == null || !request.headers().values(ChallengeType.WWW.credentialsHeader().name()).isEmpty()) {
            return request;
        }
        List<Key> live = keys.stream().filter(sessions::containsKey).toList();
        return live.isEmpty() ? request : withCredentials(request, live).build();
    }

    private static Uri toUri(SipRequest request) {
        try {
            return request.to() == null ? null : request.to().uri();
        } catch (SipParseException e) {
            return null;
        }
    }

    /**
     * Per challenge type and realm, the challenge with the strongest algorithm this client supports. RFC 7616 §3.3:
     * "If the algorithm is not understood, the challenge SHOULD be ignored (and a different one used, if there is
     * more than one)."
     */
    private static Map<Key, DigestChallenge> strongestPerRealm(SipResponse response) {
        Map<Key, DigestChallenge> chosen = new LinkedHashMap<>();
        for (ChallengeType t : ChallengeType.values()) {
            for (String row : response.headers().values(t.challengeHeader().name())) {
                DigestChallenge ch = readChallenge(t, row);
                if (ch == null || !supported(ch)) {
                    continue;
                }
                Key k = new Key(t, ch.realm());
                DigestChallenge prev = chosen.get(k);
                if (prev == null || ch.algorithm().strength() > prev.algorithm().strength()) {
                    chosen.put(k, ch);
                }
            }
        }
        return chosen;
    }

    private static DigestChallenge readChallenge(ChallengeType t, String row) {
        try {
            AuthValue v = t.challengeHeader().parse(row);
            return v.isDigest() ? DigestChallenge.from(v) : null;
        } catch (SipParseException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A known algorithm and qop "auth" offered, or no qop at all (RFC 2069) with a non-session algorithm. RFC 3261
     * §22.4: "If a client receives a "qop" parameter in a challenge header field, it MUST send the "qop" parameter in
     * any resulting authorization header field."
     */
    private static boolean supported(DigestChallenge ch) {
        DigestAlgorithm a = ch.algorithm();
        if (a == null) {
            return false;
        }
        return ch.qopOptions().isEmpty() ? !a.isSession() : ch.offersQop("auth");
    }

    /**
     * Credentials exist for the realm and were not just rejected. RFC 3261 §22.1: "A UAC MUST NOT re-attempt requests
     * with the credentials that have just been rejected (though the request may be retried if the nonce was stale)."
     */
    private boolean answerable(Key k, DigestChallenge ch, SipRequest request) {
        if (credentials.apply(k.realm()) == null) {
            return false;
        }
        if (!ch.stale() && hasCredentials(request, k)) {
            sessions.remove(k);
            return false;
        }
        return true;
    }

    /** True if the request carries credentials of this type for this realm. */
    private static boolean hasCredentials(SipRequest request, Key k) {
        return request.headers().values(k.type().credentialsHeader().name()).stream()
                .anyMatch(row -> k.realm().equals(realmOfRow(k.type(), row)));
    }

    private static String realmOfRow(ChallengeType t, String row) {
        try {
            return t.credentialsHeader().parse(row).parameter("realm");
        } catch (SipParseException e) {
            return null;
        }
    }

    /** A builder of {@code request} whose credentials for {@code keys} are replaced by fresh ones. */
    private SipRequest.Builder withCredentials(SipRequest request, List<Key> keys) {
        SipRequest.Builder b = request.toBuilder();
        for (ChallengeType t : ChallengeType.values()) {
            List<Key> mine = keys.stream().filter(k -> k.type() == t).toList();
            if (mine.isEmpty()) {
                continue;
            }
            List<String> kept = request.headers().values(t.credentialsHeader().name()).stream()
                    .filter(row -> mine.stream().noneMatch(k -> k.realm().equals(realmOfRow(t, row))))
                    .toList();
            b.removeHeader(t.credentialsHeader().name());
            kept.forEach(row -> b.addHeader(t.credentialsHeader().name(), row));
            for (Key k : mine) {
                b.addHeader(t.credentialsHeader(), answer(sessions.get(k), request).toAuthValue());
            }
        }
        return b;
    }

    /** Credentials answering the session's challenge for this request, counting one more use of its nonce. */
    private DigestCredentials answer(Session s, SipRequest request) {
        DigestChallenge ch = s.challenge;
        DigestAlgorithm alg = ch.algorithm();
        ClientCredentials user = credentials.apply(ch.realm());
        String uri = request.requestUriText();
        String qop = ch.qopOptions().isEmpty() ? null : "auth";
        String nc = null;
        String cnonce = null;
        if (qop != null) {
            s.count++;
            // RFC 7616 §3.4, nc: "in the first request sent in response to a given nonce value, the client sends
            // "nc=00000001"."
            nc = DigestCredentials.formatNonceCount(s.count);
            // A -sess session key uses the first cnonce (RFC 7616 §3.4.2 "cnonce-prime"), so the session keeps it.
            cnonce = alg.isSession() ? s.sessionCnonce : cnonces.get();
        }
        String ha1 = alg.userHa1(user.username(), ch.realm(), user.password());
        String response = alg.response(ha1, ch.nonce(), nc, cnonce, qop, request.method(), uri);
        // RFC 7616 §3.4: "The values of the opaque and algorithm fields must be those supplied in the
        // WWW-Authenticate response header field for the entity being requested."
        return new DigestCredentials(user.username(), ch.realm(), ch.nonce(), uri, response, ch.algorithmName(), cnonce,
                ch.opaque(), qop, nc);
    }

    @Override
    public synchronized String toString() {
        return "DigestClient[" + sessions.size() + " sessions]";
    }
}
