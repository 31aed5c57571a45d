package io.sipspec.pcap;

import java.nio.file.Path;
import java.util.List;

/**
 * What reading a capture found.
 *
 * @param file         the capture
 * @param linkType     its link type's name
 * @param frames       frames read
 * @param messages     SIP messages extracted
 * @param malformed    SIP-looking payloads the message parser refused
 * @param skippedBytes TCP stream bytes that were not part of a framed SIP message
 * @param retransmittedSegments TCP segments whose bytes had already been delivered
 * @param fragmentsWaiting IP packets whose fragments never all arrived
 * @param problems     the first {@value #MAX_PROBLEMS} problems met, each with where it was met
 * @param error        why reading stopped before the end of the file, or null if it read to the end
 */
public record ReadSummary(Path file, String linkType, long frames, long messages, long malformed, long skippedBytes,
                          long retransmittedSegments, long fragmentsWaiting, List<String> problems, String error) {

    /** How many problems are kept word for word. */
    public static final int MAX_PROBLEMS = 20;

    public ReadSummary {
        problems = List.copyOf(problems);
    }

    /** True if the whole file could be read. */
    public boolean complete() {
        return error == null;
    }

    /** One line for a report: "cancel.pcap: 8 SIP messages in 12 frames (Ethernet)" and what went wrong. */
    @Override
    public String toString() {
        return file.getFileName() + ": " + messages + " SIP messages in " + frames + " frames (" + linkType + ")"
                + (malformed > 0 ? ", " + malformed + " malformed" : "")
                + (skippedBytes > 0 ? ", " + skippedBytes + " TCP bytes skipped" : "")
                + (error != null ? "; reading stopped: " + error : "");
    }
}
