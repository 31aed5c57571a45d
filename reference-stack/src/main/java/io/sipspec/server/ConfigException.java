package io.sipspec.server;

/** A configuration the server cannot run with: names the key and says what is wrong. The server exits with 2. */
public final class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;

    public ConfigException(String key, String problem) {
        super("config key '" + key + "': " + problem);
        this.key = key;
    }

    ConfigException(ConfigKey key, String problem) {
        this(key.key(), problem);
    }

    /** The configuration key at fault ({@code role}, {@code listen} …). */
    public String key() {
        return key;
    }
}
