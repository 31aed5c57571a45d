package io.sipspec.proxy;

/** How the reference proxy keeps state (RFC 3261 §16.2 and §16.11). */
public enum ProxyMode {
    /** §16.2: "When stateful, a proxy is purely a SIP transaction processing engine." */
    STATEFUL,
    /** §16.11: "When acting statelessly, a proxy is a simple message forwarder." */
    STATELESS
}
