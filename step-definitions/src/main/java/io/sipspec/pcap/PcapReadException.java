package io.sipspec.pcap;

import java.io.IOException;

/** A capture that cannot be read at all: missing, not a pcap or pcapng file, or of a link type not supported. */
public final class PcapReadException extends IOException {

    public PcapReadException(String message) {
        super(message);
    }

    public PcapReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
