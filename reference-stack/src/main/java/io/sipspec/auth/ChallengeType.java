package io.sipspec.auth;

import io.sipspec.message.AuthValue;
import io.sipspec.message.HeaderType;
import io.sipspec.message.SipHeaders;

/**
 * Who challenges: a UAS or registrar (401 with WWW-Authenticate, answered with Authorization, RFC 3261 §22.2) or a
 * proxy (407 with Proxy-Authenticate, answered with Proxy-Authorization, §22.3).
 *
 * <p>RFC 3261 §22.1: "registrars and redirect servers MAY make use of 401 (Unauthorized) responses for
 * authentication, but proxies MUST NOT, and instead MAY use the 407 (Proxy Authentication Required) response."
 */
public enum ChallengeType {

    WWW(401, SipHeaders.WWW_AUTHENTICATE, SipHeaders.AUTHORIZATION),
    PROXY(407, SipHeaders.PROXY_AUTHENTICATE, SipHeaders.PROXY_AUTHORIZATION);

    private final int status;
    private final HeaderType<AuthValue> challengeHeader;
    private final HeaderType<AuthValue> credentialsHeader;

    ChallengeType(int status, HeaderType<AuthValue> challengeHeader, HeaderType<AuthValue> credentialsHeader) {
        this.status = status;
        this.challengeHeader = challengeHeader;
        this.credentialsHeader = credentialsHeader;
    }

    /** 401 or 407. */
    public int status() {
        return status;
    }

    /** WWW-Authenticate or Proxy-Authenticate. */
    public HeaderType<AuthValue> challengeHeader() {
        return challengeHeader;
    }

    /** Authorization or Proxy-Authorization. */
    public HeaderType<AuthValue> credentialsHeader() {
        return credentialsHeader;
    }
}
