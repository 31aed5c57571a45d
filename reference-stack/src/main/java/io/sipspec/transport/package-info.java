/**
 * The transport layer of RFC 3261 §18 on Netty: UDP, TCP and TLS listeners and clients over IPv4 and IPv6, the
 * connection table keyed by {@link io.sipspec.transport.Flow}, request sending (§18.1) and response routing by the
 * top Via (§18.2, RFC 3581).
 */
package io.sipspec.transport;
