/**
 * The user agent (RFC 3261 §8): its UAC core ({@link io.sipspec.ua.UacCore}: requests with Digest retries and 3xx
 * recursion, calls, registrations), its UAS core (§8.2 checks, INVITE answered with SDP, CANCEL, BYE, OPTIONS), the
 * calls either side holds ({@link io.sipspec.ua.OutgoingCall}, {@link io.sipspec.ua.IncomingCall}) with re-INVITE and
 * its glare rules (§14) and the BYE rules of §15, and how an element inspects a request it received and which
 * response, if any, it rejects it with (also used by the proxy core, §16.3).
 */
package io.sipspec.ua;
