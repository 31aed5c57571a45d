package io.sipspec.steps;

import io.cucumber.java.en.Then;
import io.sipspec.message.SipParseException;
import io.sipspec.message.Uri;

/** Steps about URIs and their comparison (RFC 3261 §19.1). */
public final class UriSteps {

    @StepDoc(group = StepGroup.URI, example = "the URIs \"sip:%61lice@atlanta.com;transport=TCP\" and \"sip:alice@AtLanTa.CoM;Transport=tcp\" are equivalent",
            summary = "Checks that the embedded stack finds the URIs equivalent (RFC 3261 §19.1.4), both ways, with equal hashes.")
    @Then("the URIs {string} and {string} are equivalent")
    public void equivalent(String a, String b) {
        Uri x = parse(a);
        Uri y = parse(b);
        if (!x.equals(y) || !y.equals(x)) {
            throw new AssertionError(a + " and " + b + " should be equivalent (RFC 3261 §19.1.4) but the embedded stack says they are not");
        }
        if (x.hashCode() != y.hashCode()) {
            throw new AssertionError(a + " and " + b + " are equivalent but hash differently");
        }
    }

    @StepDoc(group = StepGroup.URI, example = "the URIs \"sip:bob@biloxi.com\" and \"sip:bob@biloxi.com:5060\" are not equivalent",
            summary = "Checks that the embedded stack finds the URIs different (RFC 3261 §19.1.4).")
    @Then("the URIs {string} and {string} are not equivalent")
    public void notEquivalent(String a, String b) {
        Uri x = parse(a);
        Uri y = parse(b);
        if (x.equals(y) || y.equals(x)) {
            throw new AssertionError(a + " and " + b + " should not be equivalent (RFC 3261 §19.1.4) but the embedded stack says they are");
        }
    }

    @StepDoc(group = StepGroup.URI, example = "the URI \"sip:bob@bad host\" is rejected",
            summary = "Checks that the embedded stack refuses to parse the URI.")
    @Then("the URI {string} is rejected")
    public void rejected(String a) {
        try {
            Uri u = Uri.parse(a);
            throw new AssertionError(a + " should be rejected but parsed as " + u.scheme() + " URI");
        } catch (SipParseException expected) {
            Reports.attachText("rejection", expected.getMessage());
        }
    }

    private static Uri parse(String text) {
        try {
            return Uri.parse(text);
        } catch (SipParseException e) {
            throw new AssertionError("the embedded stack could not parse " + text + ": " + e.getMessage(), e);
        }
    }
}
