/**
 * The evidence a conformance report attaches to a scenario: a pcap of its traffic ({@link io.sipspec.report.PcapWriter})
 * and a message ladder ({@link io.sipspec.report.LadderRenderer}). It knows only its own neutral event model,
 * {@link io.sipspec.report.WireEvent}, so it does not depend on the tester that produces the events.
 */
package io.sipspec.report;
