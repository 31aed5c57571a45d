package io.sipspec.auth;

import java.util.Optional;

/** Where a {@link DigestAuthenticator} looks users up. */
@FunctionalInterface
public interface CredentialStore {

    /** The credential of {@code username}, or empty when the user is unknown. */
    Optional<StoredCredential> find(String username);
}
