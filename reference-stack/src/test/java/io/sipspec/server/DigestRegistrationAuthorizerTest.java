package io.sipspec.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.auth.DigestAuthenticator;
import io.sipspec.auth.DigestClient;
import io.sipspec.auth.InMemoryCredentialStore;
import io.sipspec.message.AuthValue;
import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.message.Uri;
import io.sipspec.registrar.AddressOfRecord;
import io.sipspec.ua.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DigestRegistrationAuthorizerTest {

    /** A clock the test moves. */
    private static final class StepClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final StepClock clock = new StepClock();
    private final DigestRegistrationAuthorizer authorizer = new DigestRegistrationAuthorizer(
            DigestAuthenticator.builder("example.com", new InMemoryCredentialStore().putPassword("alice", "secret"))
                    .clock(clock).nonceLifetime(Duration.ofMinutes(1)).build());
    private final AddressOfRecord alice = AddressOfRecord.parse("sip:alice@example.com");

    private static SipRequest register(long cseq) {
        return SipRequest.builder("REGISTER", Uri.parse("sip:example.com"))
                .header("Via", "SIP/2.0/UDP 192.0.2.4;branch=z9hG4bK" + cseq)
                .header("From", "<sip:alice@example.com>;tag=1").header("To", "<sip:alice@example.com>")
                .header("Call-ID", "c1").header("CSeq", cseq + " REGISTER").build();
    }

    private static SipResponse asResponse(SipRequest r, Rejection x) {
        return x.toResponse(r).build();
    }

    @Test
    void aValidDigestWithAnExpiredNonceIsChallengedStale() {
        SipRequest first = register(1);
        Rejection challenge = authorizer.authorize(first, alice).orElseThrow();
        SipRequest retry = DigestClient.of("alice", "secret").retry(first, asResponse(first, challenge)).orElseThrow();
        clock.now = clock.now.plus(Duration.ofMinutes(2));

        Optional<Rejection> again = authorizer.authorize(retry, alice);

        assertEquals(401, again.orElseThrow().status());
        AuthValue offered = asResponse(retry, again.get()).header(SipHeaders.WWW_AUTHENTICATE);
        assertEquals("true", offered.parameter("stale"));
    }

    @Test
    void aFreshValidDigestPasses() {
        SipRequest first = register(1);
        Rejection challenge = authorizer.authorize(first, alice).orElseThrow();
        assertTrue(challenge.headers().size() >= 1);
        SipRequest retry = DigestClient.of("alice", "secret").retry(first, asResponse(first, challenge)).orElseThrow();

        assertEquals(Optional.empty(), authorizer.authorize(retry, alice));
    }
}
