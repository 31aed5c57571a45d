package io.sipspec.steps;

import io.cucumber.java.en.When;
import io.sipspec.tester.Endpoints;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The device made to send a request formed from a URI (RFC 3261 §19.1.5): a URI from a business card or a web page,
 * with a method parameter, headers and a body.
 */
public final class UriRequestSteps {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final WireContext wire;

    public UriRequestSteps(WireContext wire) {
        this.wire = wire;
    }

    @StepDoc(group = StepGroup.SEND, example = "the device sends bob a request formed from the URI \"sip:bob@${local};method=OPTIONS?Subject=hi\"",
            summary = "Makes the device form a request from the URI and send it (§19.1.5): ${local} is the peer's address, "
                    + "stored values are replaced; a device that finds the URI invalid sends nothing. Skipped (needs trigger) "
                    + "without a way to make the device do it.")
    @When("the device sends {word} a request formed from the URI {string}")
    public void theDeviceSendsARequestFormedFromTheUri(String peerName, String uri) {
        Endpoints endpoints = wire.peer(peerName).endpoints(wire.deviceAddress());
        Matcher m = VARIABLE.matcher(uri);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = endpoints.value(name);
            if (value == null && wire.variables().has(name)) {
                value = wire.variables().value(name);
            }
            if (value == null) {
                throw new AssertionError("the device sends " + peerName + " a request formed from the URI \"" + uri
                        + "\": unknown variable ${" + name + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        wire.device().triggerFromUri(out.toString());
    }
}
