/**
 * Dialogs (RFC 3261 §12): their creation at the UAS (§12.1.1) and the UAC (§12.1.2), the requests sent within them
 * (§12.2.1.1: Request-URI and Route from the route set, loose or strict routing, CSeq), the requests received in them
 * (§12.2.2: the CSeq order and 500, 481 for a request that matches no dialog), target refresh, and their states early,
 * confirmed and terminated (§12.3). A {@link io.sipspec.dialog.DialogTable} holds the dialogs of a user agent.
 *
 * <p>Threading: dialogs and their table are mutable and not thread-safe; they are confined to the UA's event loop.
 */
package io.sipspec.dialog;
