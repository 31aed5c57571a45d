package io.sipspec.auth;

import static io.sipspec.auth.AuthSamples.PASSWORD;
import static io.sipspec.auth.AuthSamples.REALM;
import static io.sipspec.auth.AuthSamples.USER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.message.SipHeaders;
import io.sipspec.message.SipRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RFC 7616 §3.4: "The server implementation SHOULD be careful with the information being logged so that it won't
 * put a cleartext password (e.g., entered into the username field) into the log." Nothing that can be printed or
 * logged carries the password or an H(A1).
 */
class SecretsNotShownTest {

    private static final String HA1 = DigestAlgorithm.MD5.userHa1(USER, REALM, PASSWORD);

    private static void assertHidden(Object o) {
        String s = String.valueOf(o);
        assertFalse(s.contains(PASSWORD), s);
        assertFalse(s.contains(HA1), s);
    }

    @Test
    void toStringsHideThePasswordAndHa1() {
        assertHidden(StoredCredential.ofPassword(PASSWORD));
        assertHidden(StoredCredential.ofHa1(Map.of(DigestAlgorithm.MD5, HA1)));
        assertHidden(new InMemoryCredentialStore().putPassword(USER, PASSWORD));
        assertHidden(new ClientCredentials(USER, PASSWORD));
        assertTrue(new ClientCredentials(USER, PASSWORD).toString().contains(USER));
        assertHidden(DigestClient.of(USER, PASSWORD));
        assertHidden(DigestAuthenticator.builder(REALM, new InMemoryCredentialStore().putPassword(USER, PASSWORD)).build());
    }

    /** The retried request itself never carries the password. */
    @Test
    void theRequestCarriesNoPassword() {
        DigestAuthenticator server = DigestAuthenticator.builder(REALM, new InMemoryCredentialStore()).build();
        SipRequest request = AuthSamples.register();
        SipRequest retried = DigestClient.of(USER, PASSWORD).retry(request, server.challenge(request, false))
                .orElseThrow();
        assertHidden(retried);
    }

    /**
     * The verdict reason is what the authenticator logs: for every failure, including a password typed into the
     * username field, neither the reason nor the verdict shows it.
     */
    @Test
    void failureReasonsHideThePassword() {
        TestClock clock = new TestClock();
        InMemoryCredentialStore store = new InMemoryCredentialStore().putPassword(USER, PASSWORD);
        DigestAuthenticator server = DigestAuthenticator.builder(REALM, store).clock(clock).build();
        SipRequest request = AuthSamples.register();
        List<Verdict> verdicts = new ArrayList<>();
        SipRequest good = DigestClient.of(USER, PASSWORD).retry(request, server.challenge(request, false)).orElseThrow();
        verdicts.add(server.verify(good));
        verdicts.add(server.verify(good));
        verdicts.add(server.verify(DigestClient.of(PASSWORD, PASSWORD).retry(request, server.challenge(request, false))
                .orElseThrow()));
        verdicts.add(server.verify(DigestClient.of(USER, "x" + PASSWORD).retry(request, server.challenge(request, false))
                .orElseThrow()));
        verdicts.add(server.verify(request.toBuilder().header(SipHeaders.AUTHORIZATION.name(),
                "Digest username=\"" + PASSWORD + "\",realm=\"" + REALM + "\"").build()));
        SipRequest fresh = DigestClient.of(USER, PASSWORD).retry(request, server.challenge(request, false)).orElseThrow();
        clock.advance(Duration.ofHours(1));
        verdicts.add(server.verify(fresh));
        verdicts.add(server.verify(request));
        assertTrue(verdicts.stream().anyMatch(Verdict::isStale));
        assertTrue(verdicts.stream().filter(v -> !v.isOk()).count() >= 6);
        for (Verdict v : verdicts) {
            assertHidden(v);
            assertHidden(v.reason());
        }
    }
}
