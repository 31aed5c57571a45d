/**
 * The tester side of the conformance runner: named peers (alice, bob, a registrar, a proxy...) that bind their own
 * address, send byte-exact messages (malformed ones too) and see everything the device sends, retransmissions
 * included, with timestamps. The tester uses the message layer to parse what it receives, never the transaction
 * layer: it must be able to send what a transaction would not, and observe raw retransmission timing.
 *
 * <p>Every wait is bounded: a silent device, a garbage-sending device or one that closes the connection gives a
 * clear {@link io.sipspec.tester.ExpectationFailed} naming the step and the last message seen; it never hangs.
 * No Cucumber here: the steps of {@code io.sipspec.steps} are built on this package.
 */
package io.sipspec.tester;
