package io.sipspec.pcap;

import io.sipspec.message.HeaderName;
import io.sipspec.message.SipMessage;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes a Gherkin scenario, for the wire steps of {@code WireSteps}, from the messages of one captured dialog or call:
 * the client side's messages become {@code When alice sends:} doc strings, the device's become {@code Then alice
 * receives ... within ...}. The scenario is a starting point to edit: the addresses become {@code ${local}} and
 * {@code ${sut}}, the Call-ID {@code ${call-id}}, the client's tag {@code ${tag}} and Content-Length {@code ${len}};
 * branches and the device's tags stay as recorded, with a comment where a value will not match a new run.
 */
public final class FeatureGenerator {

    private static final Duration DEFAULT_WITHIN = Duration.ofSeconds(2);
    private static final String PEER = "alice";

    private FeatureGenerator() {
    }

    /**
     * The feature text.
     *
     * @param source   where the capture came from, for the description
     * @param title    the scenario's title
     * @param messages the messages, in capture order (retransmissions and 100 Trying are left out here)
     */
    public static String generate(String source, String title, List<CapturedMessage> messages) {
        CapturedMessage first = messages.stream().filter(m -> m.message() instanceof SipRequest).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no request among the messages"));
        InetSocketAddress client = first.source();
        InetSocketAddress device = first.destination();
        SipRequest opening = (SipRequest) first.message();
        String role = opening.isMethod("REGISTER") ? "registrar" : "uas";
        String transport = first.transport().name().toLowerCase(Locale.ROOT);
        String clientTag = CallIds.fromTag(opening);
        String callId = CallIds.of(opening);

        StringBuilder f = new StringBuilder();
        f.append("@generated @").append(role).append(" @").append(transport).append('\n');
        f.append("Feature: ").append(title).append("\n\n");
        f.append("  Scenario: ").append(title).append('\n');
        f.append("    \"Generated from ").append(source).append(": ").append(hostPort(client)).append(" (alice) to ")
                .append(hostPort(device)).append(" (the device), Call-ID ").append(callId).append(". Edit it to taste.\"\n\n");
        f.append("    Given the device is the embedded ").append(role).append('\n');
        f.append("    And peer ").append(PEER).append(" on ").append(transport).append('\n');
        List<byte[]> seen = new ArrayList<>();
        CapturedMessage previous = null;
        boolean previousReceived = false;
        for (CapturedMessage m : messages) {
            boolean fromClient = m.source().equals(client) && m.destination().equals(device);
            boolean fromDevice = m.source().equals(device) && m.destination().equals(client);
            byte[] raw = m.message().toByteArray();
            if (!fromClient && !fromDevice || m.message() instanceof SipResponse r && r.statusCode() == 100
                    || seen.stream().anyMatch(s -> Arrays.equals(s, raw))) {
                continue;
            }
            seen.add(raw);
            if (fromClient) {
                sends(f, m.message(), client, device, callId, clientTag);
            } else {
                receives(f, previousReceived ? "And" : "Then", m.message(),
                        previous == null ? Duration.ZERO : Duration.between(previous.time(), m.time()));
            }
            previousReceived = fromDevice;
            previous = m;
        }
        return f.toString();
    }

    private static void sends(StringBuilder f, SipMessage m, InetSocketAddress client, InetSocketAddress device,
                              String callId, String clientTag) {
        if (m.headerValue(HeaderName.AUTHORIZATION) != null || m.headerValue(HeaderName.PROXY_AUTHORIZATION) != null) {
            f.append("    # edit: these credentials answer the recorded nonce; a new run gets a new challenge\n");
        }
        if (m instanceof SipRequest r && CallIds.toTag(r) != null) {
            f.append("    # edit: the To tag is the one the device chose in the recording\n");
        }
        if (m instanceof SipResponse) {
            f.append("    # edit: a response copies the Via, From, To, Call-ID and CSeq of the request it answers\n");
        }
        f.append("    When ").append(PEER).append(" sends:\n      \"\"\"\n");
        String text = new String(m.toByteArray(), StandardCharsets.UTF_8);
        int bodyAt = text.indexOf("\r\n\r\n");
        String head = bodyAt < 0 ? text : text.substring(0, bodyAt);
        String body = bodyAt < 0 ? "" : text.substring(bodyAt + 4);
        for (String line : head.split("\r?\n")) {
            f.append("      ").append(templated(line, client, device, callId, clientTag)).append('\n');
        }
        if (!body.isEmpty()) {
            f.append('\n');
            for (String line : body.split("\r?\n")) {
                f.append(line.isEmpty() ? "" : "      " + line).append('\n');
            }
        }
        f.append("      \"\"\"\n");
    }

    private static String templated(String line, InetSocketAddress client, InetSocketAddress device, String callId,
                                    String clientTag) {
        String name = line.contains(":") ? line.substring(0, line.indexOf(':')).trim() : "";
        HeaderName header = name.isEmpty() || name.contains(" ") ? null : HeaderName.of(name);
        if (header == HeaderName.CONTENT_LENGTH) {
            return name + ": ${len}";
        }
        if (header == HeaderName.CALL_ID && callId != null) {
            return line.replace(callId, "${call-id}");
        }
        String out = line.replace(hostPort(device), "${sut}").replace(hostPort(client), "${local}");
        if (clientTag != null && (header == HeaderName.FROM || header == HeaderName.TO)) {
            out = out.replace("tag=" + clientTag, "tag=${tag}");
        }
        return out;
    }

    private static void receives(StringBuilder f, String keyword, SipMessage m, Duration after) {
        Duration within = after.compareTo(Duration.ofSeconds(1)) > 0
                ? Duration.ofSeconds(after.toSeconds() + 2) : DEFAULT_WITHIN;
        String what = m instanceof SipResponse r ? "a " + r.statusCode() + " response"
                : "a " + ((SipRequest) m).method() + " request";
        f.append("    ").append(keyword).append(' ').append(PEER).append(" receives ").append(what).append(" within ").append(within.toSeconds())
                .append(" s\n");
    }

    private static String hostPort(InetSocketAddress a) {
        return Rewriter.host(a) + ":" + a.getPort();
    }
}
