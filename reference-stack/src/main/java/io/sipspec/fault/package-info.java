/**
 * Fault injection: named, deliberate violations of RFC 3261 that the reference elements commit when configured to
 * ({@code --faults=no-to-tag,wrong-via}, or the system property {@code sipspec.faults}), so that a test can show the
 * conformance suite catches them. {@link io.sipspec.fault.Fault} lists them with the sentence each one breaks;
 * {@link io.sipspec.fault.FaultSet} is what the elements are given; {@link io.sipspec.fault.OutgoingFaults} applies
 * the faults seen on the wire to each message the stack sends. With no faults the elements behave as RFC 3261 says.
 */
package io.sipspec.fault;
