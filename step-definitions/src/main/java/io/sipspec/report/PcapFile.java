package io.sipspec.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A scenario's pcap and what the report says about it.
 *
 * @param path    where it was written
 * @param kind    live or synthesized
 * @param packets how many packets it holds
 * @param note    why it is of that kind, e.g. why live capture was not possible; empty if nothing to say
 */
public record PcapFile(Path path, CaptureKind kind, int packets, String note) {

    /** The media type under which the report attaches a pcap. */
    public static final String MEDIA_TYPE = "application/vnd.tcpdump.pcap";

    public PcapFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(note, "note");
    }

    /** One line for the report: "12 packets, synthesized from the tester's own traffic (reason)". */
    public String summary() {
        return packets + (packets == 1 ? " packet, " : " packets, ") + kind.description()
                + (note.isEmpty() ? "" : " (" + note + ")");
    }
}
