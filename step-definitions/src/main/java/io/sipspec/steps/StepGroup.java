package io.sipspec.steps;

/** The sections of the step catalogue ({@code docs/steps.md}), in the order a scenario uses them. */
public enum StepGroup {
    SETUP("Setup", "the device under test and the tester's peers"),
    SEND("Send", "what a peer puts on the wire"),
    EXPECT("Expect", "what a peer must (or must not) receive, within a bound; the message received becomes \"it\""),
    MATCH("Match", "checks of \"it\", the message last received"),
    STORE("Store", "values of \"it\" kept for later templates (${name}) and \"is the same as\""),
    TIMING("Timing", "retransmission intervals against RFC 3261 timers"),
    REPLAY("Replay", "captured traffic re-sent to the device and its answers compared with the recorded ones"),
    MESSAGE("Message layer", "one message decoded by the embedded stack, without the wire"),
    URI("URIs", "URI comparison by the embedded stack");

    private final String title;
    private final String description;

    StepGroup(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
