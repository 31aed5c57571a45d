/**
 * Registrations (RFC 3261 §10) and redirection (§8.3): the location service that keeps the bindings of each
 * address-of-record, the registrar that adds, refreshes, removes and lists them as §10.3 says, and the redirect
 * server that answers a request with the locations the location service holds for its Request-URI.
 */
package io.sipspec.registrar;
