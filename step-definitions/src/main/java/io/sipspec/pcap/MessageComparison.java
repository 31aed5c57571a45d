package io.sipspec.pcap;

import io.sipspec.message.HeaderField;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares what the device sent in a replay with what it sent in the recording: the status code (or the method of a
 * request), which headers are present, the values of the headers that decide behaviour ({@link #VALUES_COMPARED}),
 * and whether there is a body. Headers that are fresh in every run are never compared
 * ({@link ReplayOptions#ALWAYS_IGNORED}), nor those the options ignore.
 */
final class MessageComparison {

    /** Headers whose values, not only presence, must agree. */
    static final Set<String> VALUES_COMPARED = Set.of("content-type", "require", "unsupported", "supported", "allow",
            "min-expires", "expires", "event", "subscription-state", "retry-after", "content-disposition");

    private MessageComparison() {
    }

    /** The differences, each a sentence; empty when the replayed message agrees with the recorded one. */
    static List<String> differences(SipMessage recorded, SipMessage replayed, ReplayOptions options) {
        List<String> out = new ArrayList<>();
        if (recorded instanceof SipResponse r && replayed instanceof SipResponse p && r.statusCode() != p.statusCode()) {
            out.add("status " + p.statusCode() + " instead of " + r.statusCode());
        } else if (recorded instanceof SipRequest r && replayed instanceof SipRequest p && !r.method().equals(p.method())) {
            out.add("method " + p.method() + " instead of " + r.method());
        }
        Map<String, String> before = comparable(recorded, options);
        Map<String, String> after = comparable(replayed, options);
        for (Map.Entry<String, String> e : before.entrySet()) {
            String now = after.get(e.getKey());
            if (now == null) {
                out.add("header " + e.getKey() + " is missing (recorded: " + e.getValue() + ")");
            } else if (VALUES_COMPARED.contains(e.getKey()) && !normalized(now).equals(normalized(e.getValue()))) {
                out.add("header " + e.getKey() + " is \"" + now + "\" instead of \"" + e.getValue() + "\"");
            }
        }
        for (Map.Entry<String, String> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                out.add("header " + e.getKey() + " is new: " + e.getValue());
            }
        }
        boolean hadBody = recorded.bodyLength() > 0;
        if (hadBody != replayed.bodyLength() > 0) {
            out.add(hadBody ? "no body, where the recording had one" : "a body of " + replayed.bodyLength()
                    + " bytes, where the recording had none");
        }
        return out;
    }

    /** Header name (canonical, lower case) to its values joined, for the headers compared. */
    private static Map<String, String> comparable(SipMessage m, ReplayOptions options) {
        Map<String, String> out = new LinkedHashMap<>();
        for (HeaderField f : m.headers()) {
            String name = f.name().name().toLowerCase(Locale.ROOT);
            if (options.compares(name)) {
                out.merge(name, f.value(), (a, b) -> a + ", " + b);
            }
        }
        return out;
    }

    private static String normalized(String value) {
        return value.replaceAll("\\s*,\\s*", ",").trim().toLowerCase(Locale.ROOT);
    }
}
