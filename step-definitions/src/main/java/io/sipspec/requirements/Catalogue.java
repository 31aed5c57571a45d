package io.sipspec.requirements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The curated requirements catalogue, by id, in the order of the CSV. */
public final class Catalogue {

    /** Where the curated catalogue lives, relative to the project root. */
    public static final Path PATH = Path.of("features", "requirements", "rfc3261.csv");

    private final Map<String, Requirement> byId = new LinkedHashMap<>();

    private Catalogue(List<Requirement> requirements) {
        for (Requirement r : requirements) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalArgumentException("duplicate requirement id " + r.id());
            }
        }
    }

    public static Catalogue of(List<Requirement> requirements) {
        return new Catalogue(requirements);
    }

    public static Catalogue load(Path csv) throws IOException {
        return of(CatalogueCsv.read(Files.readString(csv, StandardCharsets.UTF_8)));
    }

    /** The catalogue of the project whose root is {@code root}. */
    public static Catalogue loadFrom(Path root) throws IOException {
        return load(root.resolve(PATH));
    }

    public List<Requirement> requirements() {
        return List.copyOf(byId.values());
    }

    public Optional<Requirement> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }
}
