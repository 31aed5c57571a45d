package io.sipspec.requirements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The project's copy of RFC 3261 and its draft, read once for the tests. */
final class RfcFixture {

    static final Path ROOT = ProjectRoot.find();
    static final String TEXT = read(ROOT.resolve(CatalogueDraft.RFC));
    static final RfcText RFC = RfcText.parse(TEXT);
    static final List<Requirement> DRAFT = DraftGenerator.draft(RFC);

    private RfcFixture() {
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Requirement draft(String id) {
        return DRAFT.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no draft row " + id));
    }
}
