package io.sipspec.device;

/** A device profile that cannot be used, naming the file or key at fault. */
public final class ProfileException extends IllegalArgumentException {

    public ProfileException(String message) {
        super(message);
    }
}
