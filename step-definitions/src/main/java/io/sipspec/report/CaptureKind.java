package io.sipspec.report;

/** How a scenario's pcap was obtained; the report states it next to the file. */
public enum CaptureKind {

    /** Packets captured by libpcap on the loopback interface while the scenario ran. */
    LIVE("captured live on the loopback interface"),

    /**
     * Packets written from the tester's own record of what it sent and received, with synthetic link, IP, UDP and
     * TCP headers: used where live capture is not permitted (no root or CAP_NET_RAW).
     */
    SYNTHESIZED("synthesized from the tester's own traffic");

    private final String description;

    CaptureKind(String description) {
        this.description = description;
    }

    /** A sentence for the report, e.g. "synthesized from the tester's own traffic". */
    public String description() {
        return description;
    }
}
