package io.sipspec.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A thread-safe {@link CredentialStore} held in memory. Its {@code toString} shows only how many users it holds. */
public final class InMemoryCredentialStore implements CredentialStore {

    private final Map<String, StoredCredential> users = new ConcurrentHashMap<>();

    /** Adds or replaces a user. */
    public InMemoryCredentialStore put(String username, StoredCredential credential) {
        users.put(username, credential);
        return this;
    }

    /** Adds or replaces a user known by password. */
    public InMemoryCredentialStore putPassword(String username, String password) {
        return put(username, StoredCredential.ofPassword(password));
    }

    public InMemoryCredentialStore remove(String username) {
        users.remove(username);
        return this;
    }

    @Override
    public Optional<StoredCredential> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public String toString() {
        return "InMemoryCredentialStore[" + users.size() + " users]";
    }
}
