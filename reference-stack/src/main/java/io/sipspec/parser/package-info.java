/**
 * Framing SIP messages out of bytes (RFC 3261 §7, §18.3) and the Netty decoders and encoder built on it.
 *
 * <p>Decoders never throw up the pipeline: malformed input becomes a {@link io.sipspec.parser.MalformedSipMessage}
 * whose {@code decoderResult()} carries a {@link io.sipspec.parser.SipDecodeException} with the position, the reason
 * and the response a server should give (400, 505, 513…).
 */
package io.sipspec.parser;
