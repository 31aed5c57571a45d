package io.sipspec.server;

import io.sipspec.transaction.TransactionUser;

/**
 * Makes the element of one {@link Role}: the transaction user on top of the stack. Called once, while the stack is
 * built (its transport is bound; its transaction layer does not exist yet). An element that is also
 * {@link AutoCloseable} is closed before the stack when the server stops.
 */
@FunctionalInterface
public interface ElementFactory {

    TransactionUser create(SipStack stack, ServerConfig config);
}
