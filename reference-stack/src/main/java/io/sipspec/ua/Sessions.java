package io.sipspec.ua;

import io.sipspec.message.DialogId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The {@link Session}s of a UA's INVITE dialogs, by dialog ID. Confined to the stack's event loop. */
final class Sessions {

    private final Map<DialogId, Session> sessions = new HashMap<>();

    /** The session of dialog {@code id}, made if there is none. */
    Session of(DialogId id) {
        return sessions.computeIfAbsent(id, Session::new);
    }

    Optional<Session> find(DialogId id) {
        return Optional.ofNullable(sessions.get(id));
    }

    /** Forgets the session of a dialog that ended, and {@linkplain Session#close closes} it. */
    void remove(DialogId id) {
        Session s = sessions.remove(id);
        if (s != null) {
            s.close();
        }
    }

    int size() {
        return sessions.size();
    }
}
