package io.sipspec.pcap;

import io.sipspec.report.WireEvent;

/** The transport a captured SIP message used. */
public enum CaptureTransport {
    UDP,
    TCP,
    /** SIP over SCTP (RFC 4168). */
    SCTP,
    /** SIP over WebSocket (RFC 7118), over TCP. */
    WS;

    /** The transport a report draws: the report knows UDP and TCP only, so SCTP shows as UDP and WebSocket as TCP. */
    public WireEvent.Transport wire() {
        return this == TCP || this == WS ? WireEvent.Transport.TCP : WireEvent.Transport.UDP;
    }
}
