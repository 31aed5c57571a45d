package io.sipspec.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.sipspec.message.HeaderName;
import io.sipspec.tester.Peer;
import io.sipspec.tester.Received;
import io.sipspec.tester.Transport;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Steps for the transaction and transport scenarios (RFC 3261 §17, §18): a part of a header field of "it" kept for
 * later, such as the sequence number of CSeq, which the ACK of a non-2xx final response repeats (§17.1.1.3); a peer on
 * another loopback address, where the rules of §18.2.2 send a response only if they are followed.
 */
public final class TransactionSteps {

    private final WireContext wire;

    public TransactionSteps(WireContext wire) {
        this.wire = wire;
    }

    @StepDoc(group = StepGroup.SETUP, example = "peer carol on udp at 127.0.0.2",
            summary = "Binds a tester peer of this name on a free port of another address of the machine (127.0.0.2: any "
                    + "127.x.y.z is the loopback on Linux), on udp or tcp.")
    @Given("peer {word} on {word} at {word}")
    public void peerOnAt(String name, String transport, String address) {
        String step = "peer " + name + " on " + transport + " at " + address;
        Transport t;
        try {
            t = Transport.valueOf(transport.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AssertionError(step + ": the transport is udp or tcp", e);
        }
        InetAddress ip;
        try {
            ip = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new AssertionError(step + ": not an IP address: " + address, e);
        }
        try {
            wire.peer(Peer.open(name, t, new InetSocketAddress(ip, 0), wire.traffic()));
        } catch (UncheckedIOException e) {
            throw new AssertionError(step + ": " + e.getMessage(), e);
        }
    }

    @StepDoc(group = StepGroup.STORE, example = "store the part of its header \"CSeq\" matching \"(\\d+) INVITE\" as \"seq\"",
            summary = "Matches the header field's value (all rows, joined by \", \") against a regular expression with one "
                    + "group, and keeps what the group matched as ${name}.")
    @Then("store the part of its header {string} matching {string} as {string}")
    public void storeThePartOfItsHeader(String name, String regex, String variable) {
        String step = "store the part of its header \"" + name + "\" matching \"" + regex + "\" as \"" + variable + '"';
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex, Pattern.DOTALL);
        } catch (PatternSyntaxException e) {
            throw new AssertionError(step + ": not a regular expression: " + e.getDescription(), e);
        }
        if (pattern.matcher("").groupCount() != 1) {
            throw new AssertionError(step + ": the regular expression must have exactly one group, the part to keep");
        }
        Received it = wire.last();
        if (it.isMalformed()) {
            throw failure(step, it, "it is not a valid SIP message");
        }
        List<String> rows = it.message().headers().values(HeaderName.of(name));
        if (rows.isEmpty()) {
            throw failure(step, it, "there is no " + name + " header field");
        }
        String value = String.join(", ", rows);
        Matcher m = pattern.matcher(value);
        if (!m.matches() || m.group(1) == null) {
            throw failure(step, it, "the value \"" + value + "\" does not match");
        }
        try {
            wire.variables().set(variable, m.group(1));
        } catch (IllegalArgumentException e) {
            throw new AssertionError(step + ": " + e.getMessage(), e);
        }
    }

    private AssertionError failure(String step, Received it, String detail) {
        return new AssertionError(step + ": " + detail + ", in " + wire.peer(it.peer()).mailbox().describe(it));
    }
}
