package io.sipspec.server;

import io.sipspec.message.SipMessage;
import io.sipspec.transport.Flow;

/** Sees every message a {@link SipStack} receives or sends (the reference server logs them; the tester records them). */
public interface MessageLog {

    /** A message that arrived on {@code flow}. */
    void received(SipMessage message, Flow flow);

    /** A message handed to the transport; {@code flow} is where it went (null if the send failed). */
    void sent(SipMessage message, Flow flow);

    /** Logs nothing. */
    MessageLog NONE = new MessageLog() {
        @Override
        public void received(SipMessage message, Flow flow) {
        }

        @Override
        public void sent(SipMessage message, Flow flow) {
        }
    };
}
