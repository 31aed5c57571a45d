package io.sipspec.requirements;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Drafts the requirements catalogue from the RFC text and prints its key-word counts. Run
 * {@code features/requirements/draft} (it compiles, then runs this class with only the JDK on the class path).
 * It writes {@code target/requirements/rfc3261.draft.csv} and, when the curated catalogue
 * {@code features/requirements/rfc3261.csv} exists, {@code target/requirements/rfc3261.draft-diff.md} (new,
 * removed and changed sentences by id). It never writes the curated file: asked to, it refuses with status 2.
 * Arguments (optional): the draft path, then the RFC path.
 */
public final class CatalogueDraft {

    static final Path RFC = Path.of("features", "requirements", "rfc3261.txt");
    static final Path CURATED = Path.of("features", "requirements", "rfc3261.csv");
    static final Path DRAFT = Path.of("target", "requirements", "rfc3261.draft.csv");

    private CatalogueDraft() {
    }

    public static void main(String[] args) throws IOException {
        Path root = ProjectRoot.find();
        Path draft = root.resolve(args.length > 0 ? Path.of(args[0]) : DRAFT);
        Path rfc = root.resolve(args.length > 1 ? Path.of(args[1]) : RFC);
        int status = run(rfc, draft, root.resolve(CURATED), System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Writes the draft (and the diff report); 2 without writing anything when {@code draft} is the curated file. */
    static int run(Path rfc, Path draft, Path curated, PrintStream out) throws IOException {
        if (draft.toAbsolutePath().normalize().equals(curated.toAbsolutePath().normalize())
                || Files.exists(draft) && Files.exists(curated) && Files.isSameFile(draft, curated)) {
            out.println("refusing to write the draft over the curated catalogue " + curated
                    + ": curate by hand, or read the diff report of a draft written elsewhere");
            return 2;
        }
        String text = Files.readString(rfc, StandardCharsets.US_ASCII);
        List<Requirement> requirements = DraftGenerator.draft(RfcText.parse(text));
        Files.createDirectories(draft.toAbsolutePath().getParent());
        Files.writeString(draft, CatalogueCsv.write(requirements), StandardCharsets.UTF_8);
        out.println("draft: " + requirements.size() + " normative sentences -> " + draft);
        out.println("key words in the whole text, line by line (as grep counts): " + KeywordCounts.perLine(text));
        out.println("key words in the whole text, lines joined:                 "
                + KeywordCounts.in(List.of(KeywordCounts.joined(text))));
        out.println("two-word key words broken across lines (grep counts their first word alone): "
                + KeywordCounts.brokenAcrossLines(text));
        out.println("key words in the draft's sentences (sections " + DraftGenerator.FIRST_CHAPTER + "-"
                + DraftGenerator.LAST_CHAPTER + "):             "
                + KeywordCounts.in(requirements.stream().map(Requirement::sentence).toList()));
        if (Files.exists(curated)) {
            CatalogueDiff diff = CatalogueDiff.between(
                    CatalogueCsv.read(Files.readString(curated, StandardCharsets.UTF_8)), requirements);
            Path report = draft.resolveSibling(baseName(draft) + "-diff.md");
            Files.writeString(report, diff.markdown(), StandardCharsets.UTF_8);
            out.println("against " + curated + ": " + diff.added().size() + " new, " + diff.removed().size()
                    + " removed, " + diff.changed().size() + " changed -> " + report);
        }
        return 0;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }
}
