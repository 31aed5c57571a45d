/**
 * The runnable reference elements: {@link io.sipspec.server.SipStack} (transport, transaction layer, executor and
 * scheduler wired together) and the command-line server that starts a UAS, UAC, registrar or redirect server on it.
 */
package io.sipspec.server;
