package io.sipspec.dialog;

import io.sipspec.message.DialogId;
import io.sipspec.message.Methods;
import io.sipspec.message.SipRequest;
import io.sipspec.message.SipResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dialogs of a user agent, by {@link DialogId}: matches the requests it receives to their dialog (§12.2.2),
 * creates dialogs from the responses it sends (§12.1.1) and receives (§12.1.2), several per INVITE when a proxy forks
 * it (§13.2.2.4: "Multiple 2xx responses may arrive at the UAC for a single INVITE request due to a forking proxy.
 * Each response is distinguished by the tag parameter in the To header field, and each represents a distinct dialog,
 * with a distinct dialog identifier."), and forgets dialogs once terminated.
 *
 * <p>Messages given to the table have passed {@link io.sipspec.parser.MessageValidator}: their To, From, Call-ID and
 * CSeq parse. Not thread-safe: confined to the UA's event loop, as its dialogs are.
 */
public final class DialogTable {

    private final Map<DialogId, Dialog> dialogs = new HashMap<>();

    /** The live dialog with this id. */
    public Optional<Dialog> find(DialogId id) {
        Dialog d = dialogs.get(id);
        if (d != null && d.state() == Dialog.State.TERMINATED) {
            dialogs.remove(id);
            return Optional.empty();
        }
        return Optional.ofNullable(d);
    }

    private void purge(DialogId id) {
        find(id);
    }

    /** Adds a dialog the UA core created itself. */
    public void add(Dialog dialog) {
        if (find(dialog.id()).isPresent()) {
            throw new IllegalArgumentException("a dialog " + dialog.id() + " exists");
        }
        dialogs.put(dialog.id(), dialog);
    }

    /** The number of live dialogs. */
    public int size() {
        dialogs.values().removeIf(d -> d.state() == Dialog.State.TERMINATED);
        return dialogs.size();
    }

    /** The live dialogs with this Call-ID and local tag: the forks of one INVITE at its UAC. */
    public List<Dialog> dialogsOf(String callId, String localTag) {
        List<Dialog> out = new ArrayList<>();
        for (Dialog d : dialogs.values()) {
            if (d.state() != Dialog.State.TERMINATED && d.callId().equals(callId) && d.localTag().equals(localTag)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Terminates the early dialogs with this Call-ID and local tag: those of an INVITE that got a non-2xx final
     * response (§12.3), or that got no final response on that dialog when the INVITE is done (§12: "For other
     * responses, or if no response arrives at all on that dialog, the early dialog terminates").
     */
    public void terminateEarly(String callId, String localTag) {
        for (Dialog d : dialogsOf(callId, localTag)) {
            if (d.state() == Dialog.State.EARLY) {
                d.terminate();
            }
        }
        size();
    }

    /**
     * Matches a request this UA received (UAS side, §12.2.2) and, when it belongs to a dialog, applies it
     * ({@link Dialog#receiveRequest}).
     *
     * <p>§12.2.2: "If the request has a tag in the To header field, the UAS core computes the dialog identifier
     * corresponding to the request and compares it with existing dialogs." "If the request has a tag in the To header
     * field, but the dialog identifier does not match any existing dialogs, the UAS may have crashed and restarted
     * ... Based on the To tag, the UAS MAY either accept or reject the request." This UA does not recreate dialogs:
     * "If the UAS wishes to reject the request because it does not wish to recreate the dialog, it MUST respond to the
     * request with a 481 (Call/Transaction Does Not Exist) status code and pass that to the server transaction." An
     * ACK matching no dialog is dropped: it takes no response.
     */
    public RequestOutcome receiveRequest(SipRequest request) {
        if (request.to().tag() == null) {
            return RequestOutcome.outOfDialog();
        }
        DialogId id = DialogId.asUas(request);
        Optional<Dialog> d = find(id);
        if (d.isEmpty()) {
            if (request.isMethod(Methods.ACK)) {
                return RequestOutcome.discard("ACK for no dialog " + id);
            }
            return RequestOutcome.rejected(481, null, "no dialog " + id);
        }
        return d.get().receiveRequest(request);
    }

    /**
     * A response this UA sends (UAS side): creates the dialog when it establishes one (§12.1.1), else hands it to the
     * dialog of the request ({@link Dialog#sendResponse}). The dialog, if any.
     */
    public Optional<Dialog> sendResponse(SipRequest request, SipResponse response) {
        if (response.to().tag() == null) {
            return Optional.empty();
        }
        DialogId id = DialogId.asUas(response);
        Optional<Dialog> found = find(id);
        Dialog d;
        if (found.isPresent()) {
            d = found.get();
            d.sendResponse(request, response);
        } else if (request.to().tag() == null && Dialog.establishes(request, response)) {
            d = Dialog.asUas(request, response);
            dialogs.put(id, d);
        } else {
            return Optional.empty();
        }
        purge(id);
        return Optional.of(d);
    }

    /**
     * A response this UA received (UAC side). For a request sent within a dialog, hands it to that dialog
     * ({@link Dialog#receiveResponse}). For a request sent outside of any dialog: a response that matches an existing
     * (early) dialog is handed to it; one that establishes a dialog creates it (§13.2.2.1: "If a provisional response
     * has a tag in the To field, and if the dialog ID of the response does not match an existing dialog, one is
     * constructed using the procedures defined in Section 12.1.2."; §13.2.2.4 for a 2xx: "Otherwise, a new dialog in
     * the "confirmed" state MUST be constructed using the procedures of Section 12.1.2."); a non-2xx final response to
     * an INVITE terminates all its early dialogs (§13.2.2.3: "All early dialogs are considered terminated upon
     * reception of the non-2xx final response."). The dialog of the response, if any.
     */
    public Optional<Dialog> receiveResponse(SipRequest request, SipResponse response) {
        if (request.to().tag() != null) {
            DialogId id = DialogId.asUac(request);
            Optional<Dialog> d = find(id);
            d.ifPresent(x -> x.receiveResponse(request, response));
            purge(id);
            return d;
        }
        if (request.isMethod(Methods.INVITE) && response.isFinal() && !response.isSuccess()) {
            terminateEarly(request.callId(), request.from().tag());
            return Optional.empty();
        }
        if (!Dialog.establishes(request, response)) {
            return Optional.empty();
        }
        DialogId id = DialogId.asUac(response);
        Optional<Dialog> found = find(id);
        if (found.isPresent()) {
            found.get().receiveResponse(request, response);
            return found;
        }
        Dialog d = Dialog.asUac(request, response);
        dialogs.put(id, d);
        return Optional.of(d);
    }
}
