package io.sipspec.auth;

import java.util.Objects;

/** A user's name and password for one realm, on the client side. {@link #toString} hides the password. */
public record ClientCredentials(String username, String password) {

    public ClientCredentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "ClientCredentials[username=" + username + ", password=***]";
    }
}
