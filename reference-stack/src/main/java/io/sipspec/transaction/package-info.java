/**
 * The transaction layer of RFC 3261 §17 with the corrections of RFC 6026: the INVITE and non-INVITE client and
 * server transactions (Figures 5 to 8, with the "Accepted" state), timers A to M on an injectable
 * {@link io.sipspec.transaction.Scheduler}, and the matching of §17.1.3 and §17.2.3.
 *
 * <p>Threading: a {@link io.sipspec.transaction.TransactionLayer} is confined to one executor. Messages, timer
 * firings and send failures are all handled on it, so the state machines need no locks.
 */
package io.sipspec.transaction;
