package io.sipspec.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sipspec.auth.ChallengeType;
import io.sipspec.auth.DigestAuthenticator;
import io.sipspec.auth.DigestClient;
import io.sipspec.auth.InMemoryCredentialStore;
import io.sipspec.message.HeaderName;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import io.sipspec.parser.SipMessageParser;
import org.junit.jupiter.api.Test;

class ProxyAuthenticationTest {

    private static final SipMessageParser PARSER = new SipMessageParser();

    private static ProxyAuthentication digest() {
        InMemoryCredentialStore store = new InMemoryCredentialStore();
        store.putPassword("alice", "secret");
        return ProxyAuthentication.digest(DigestAuthenticator.builder("proxy.example.com", store).type(ChallengeType.PROXY).build());
    }

    private static SipRequest request(String method, String toTag) {
        return (SipRequest) PARSER.parse(method + " sip:bob@example.com SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK" + method.hashCode() + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "To: <sip:bob@example.com>" + (toTag == null ? "" : ";tag=" + toTag) + "\r\n"
                + "From: <sip:alice@example.com>;tag=a1\r\n"
                + "Call-ID: c1@192.0.2.1\r\n"
                + "CSeq: 1 " + method + "\r\n"
                + "Content-Length: 0\r\n\r\n");
    }

    @Test
    void aRequestWithoutCredentialsGets407WithAProxyAuthenticateOfTheRealm() {
        SipResponse r = digest().challenge(request("INVITE", null));
        assertNotNull(r);
        assertEquals(407, r.statusCode());
        String challenge = r.headers().value(HeaderName.PROXY_AUTHENTICATE);
        assertNotNull(challenge, r.toString());
        assertTrue(challenge.contains("realm=\"proxy.example.com\""), challenge);
        assertNull(r.headers().value(HeaderName.WWW_AUTHENTICATE), r.toString());
    }

    @Test
    void validCredentialsPass() {
        ProxyAuthentication auth = digest();
        SipRequest invite = request("INVITE", null);
        SipRequest retried = DigestClient.of("alice", "secret").retry(invite, auth.challenge(invite)).orElseThrow();
        assertNull(auth.challenge(retried));
    }

    @Test
    void aWrongPasswordIsChallengedAgain() {
        ProxyAuthentication auth = digest();
        SipRequest invite = request("INVITE", null);
        SipRequest retried = DigestClient.of("alice", "guess").retry(invite, auth.challenge(invite)).orElseThrow();
        SipResponse again = auth.challenge(retried);
        assertNotNull(again);
        assertEquals(407, again.statusCode());
    }

    @Test
    void ackCancelAndRequestsWithinADialogAreNotChallenged() {
        ProxyAuthentication auth = digest();
        assertNull(auth.challenge(request("ACK", null)));
        assertNull(auth.challenge(request("CANCEL", null)));
        assertNull(auth.challenge(request("BYE", "b1")));
    }

    @Test
    void noneChallengesNothing() {
        assertNull(ProxyAuthentication.NONE.challenge(request("INVITE", null)));
    }
}
