/**
 * Captured SIP traffic: reading pcap and pcapng files offline with Pcap4J ({@link io.sipspec.pcap.PcapReader}),
 * decoding the link, IP, UDP and TCP headers from the raw frames ({@link io.sipspec.pcap.LinkLayer},
 * {@link io.sipspec.pcap.IpDatagram}), reassembling IP fragments ({@link io.sipspec.pcap.FragmentReassembly}) and
 * TCP streams ({@link io.sipspec.pcap.TcpReassembly}), framing the SIP messages they carry
 * ({@link io.sipspec.pcap.SipStreamFramer}) and grouping them into transactions and dialogs
 * ({@link io.sipspec.pcap.Capture}). On top: replay against a device ({@link io.sipspec.pcap.Replay}), its CLI
 * ({@link io.sipspec.pcap.ReplayCommand}) and a pcap to Gherkin generator ({@link io.sipspec.pcap.FeatureCommand}).
 */
package io.sipspec.pcap;
