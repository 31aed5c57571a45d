package io.sipspec.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The reference server's arguments: {@code --config FILE} (a Java properties file) and {@code --key=value}
 * overrides, which win over the file; {@code --help}. Keys are checked against {@link ConfigKey}; values are read
 * by {@link ServerConfig#from}.
 *
 * @param values the raw values by key, file first, overridden by the command line
 * @param help   true when {@code --help} or {@code -h} was given
 */
public record CommandLine(Map<String, String> values, boolean help) {

    private static final String CONFIG = "config";

    public CommandLine {
        values = Map.copyOf(values);
    }

    /**
     * Reads {@code args} and the config file they name.
     *
     * @throws ConfigException for an argument that is not {@code --key=value}, an unknown key, or an unreadable file
     */
    public static CommandLine parse(String... args) {
        Map<String, String> overrides = new LinkedHashMap<>();
        String file = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                help = true;
            } else if (a.equals("--" + CONFIG)) {
                if (i + 1 == args.length) {
                    throw new ConfigException(CONFIG, "--config needs a file name");
                }
                file = args[++i];
            } else if (a.startsWith("--" + CONFIG + "=")) {
                file = a.substring(CONFIG.length() + 3);
            } else if (a.startsWith("--") && a.indexOf('=') > 2) {
                String key = a.substring(2, a.indexOf('='));
                overrides.put(known(key, "command line"), a.substring(a.indexOf('=') + 1));
            } else {
                throw new ConfigException(a, "expected --key=value, --config FILE or --help");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        if (file != null) {
            values.putAll(readFile(Path.of(file)));
        }
        values.putAll(overrides);
        return new CommandLine(values, help);
    }

    private static Map<String, String> readFile(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException(CONFIG, "cannot read " + file + ": " + e.getMessage());
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            out.put(known(key, file.toString()), p.getProperty(key).trim());
        }
        return out;
    }

    private static String known(String key, String where) {
        if (ConfigKey.of(key).isEmpty()) {
            throw new ConfigException(key, "unknown key (in " + where + "); see --help");
        }
        return key;
    }

    /** The value of {@code key}, or its default (null when it has none). */
    public String value(ConfigKey key) {
        return values.getOrDefault(key.key(), key.defaultValue());
    }
}
