package io.sipspec.requirements;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's root directory: the working directory or the nearest parent holding {@code features/}. */
final class ProjectRoot {

    private ProjectRoot() {
    }

    static Path find() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("features").resolve("requirements"))) {
                return p;
            }
        }
        return dir;
    }
}
