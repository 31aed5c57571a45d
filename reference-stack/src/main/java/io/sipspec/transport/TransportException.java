package io.sipspec.transport;

/**
 * A failure of the transport layer: a socket that could not be bound, a connection that could not be opened, a
 * message that could not be written. RFC 3261 §18.4: "If the transport user asks for a request to be sent over a
 * reliable transport, and the result is a connection failure, the transport layer SHOULD inform the transport user
 * of a failure in sending." Send methods report it by completing their future exceptionally with this exception.
 */
public final class TransportException extends RuntimeException {

    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
