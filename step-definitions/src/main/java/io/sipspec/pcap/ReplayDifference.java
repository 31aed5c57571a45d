package io.sipspec.pcap;

/**
 * One way the replay departed from the recording.
 *
 * @param index   the recorded message's index in the capture
 * @param message the recorded message's start line
 * @param what    the difference, as a sentence
 */
public record ReplayDifference(long index, String message, String what) {

    static ReplayDifference of(CapturedMessage recorded, String what) {
        return new ReplayDifference(recorded.index(), recorded.message().startLine(), what);
    }

    /** "#4 SIP/2.0 200 OK: status 486 instead of 200". */
    @Override
    public String toString() {
        return "#" + index + " " + message + ": " + what;
    }
}
