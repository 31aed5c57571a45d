/**
 * A minimal SDP (RFC 4566) and the offer/answer model (RFC 3264) for unicast RTP audio: a lenient parser and exact
 * serializer of session descriptions, an audio offer (PCMU, PCMA, telephone-event), answers that keep the offer's
 * m= line order and codec order, mirror the direction and reject (port 0) streams with no common codec, and a check of
 * an answer against its offer.
 */
package io.sipspec.ua.sdp;
