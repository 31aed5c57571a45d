package io.sipspec.tester;

import java.net.InetSocketAddress;

/** One thing that happened on the wire of a scenario, as seen by one tester peer. */
public sealed interface TrafficEvent permits Sent, Received, Closed {

    /** The name of the peer that saw it (alice, bob, registrar...). */
    String peer();

    /** When, on the scenario's {@link TesterClock}. */
    long nanos();

    Transport transport();

    /** The peer's own address. */
    InetSocketAddress local();

    /** The other side: the device, or another peer. */
    InetSocketAddress remote();
}
