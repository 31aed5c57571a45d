package io.sipspec.steps;

import io.sipspec.message.SipMessage;
import io.sipspec.parser.MalformedSipMessage;

/** What a scenario has written and what the device made of it. One instance per scenario (see {@link ScenarioObjectFactory}). */
public final class MessageContext {

    private byte[] written;
    private Object decoded;

    public void written(byte[] bytes) {
        this.written = bytes;
        this.decoded = null;
    }

    public byte[] written() {
        if (written == null) {
            throw new AssertionError("no message was given: start the scenario with 'Given the message:'");
        }
        return written;
    }

    public void decoded(Object result) {
        this.decoded = result;
    }

    /** The decoded message; fails the step if the device rejected it. */
    public SipMessage message() {
        if (decoded instanceof SipMessage m) {
            return m;
        }
        if (decoded instanceof MalformedSipMessage bad) {
            throw new AssertionError("the message was rejected: " + bad.cause().reason() + " (status " + bad.cause().status() + ")");
        }
        throw new AssertionError("the message has not been decoded: add 'When the embedded stack decodes it'");
    }

    public Object decoded() {
        if (decoded == null) {
            throw new AssertionError("the message has not been decoded: add 'When the embedded stack decodes it'");
        }
        return decoded;
    }
}
