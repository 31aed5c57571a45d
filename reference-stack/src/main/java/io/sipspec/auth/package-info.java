/**
 * HTTP Digest authentication as SIP uses it (RFC 3261 §22, RFC 2617, RFC 7616): the server side
 * ({@link io.sipspec.auth.DigestAuthenticator}: 401/407 challenges, verification with stateless HMAC nonces, nonce
 * expiry with {@code stale=true}, nonce-count replay checks) and the client side ({@link io.sipspec.auth.DigestClient}:
 * the retried request with credentials). Passwords and H(A1) values never appear in a {@code toString} or a log.
 */
package io.sipspec.auth;
