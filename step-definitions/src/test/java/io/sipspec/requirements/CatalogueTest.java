package io.sipspec.requirements;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The curated catalogue, {@code features/requirements/rfc3261.csv}, and the {@code @req-} tags of the features. */
class CatalogueTest {

    /**
     * The chapters curated by hand: every row there is reviewed. Issue 7 asked first for §8, §10–§13, §17, §18, §20
     * and §22; the others followed, so now every chapter of the catalogue.
     */
    private static final Set<String> CURATED_CHAPTERS = Set.of("6", "7", "8", "9", "10", "11", "12", "13", "14",
            "15", "16", "17", "18", "19", "20", "21", "22", "23", "25", "26", "27");
    private static final Pattern TAG = Pattern.compile("(?<=^|\\s)@req-(\\S+)");

    private static Catalogue catalogue() throws IOException {
        return Catalogue.loadFrom(RfcFixture.ROOT);
    }

    @Test
    void sentencesAndKeyWordsAreStillThoseOfTheRfc() throws IOException {
        CatalogueDiff diff = CatalogueDiff.between(catalogue().requirements(), RfcFixture.DRAFT);
        assertTrue(diff.isEmpty(), diff.markdown());
    }

    @Test
    void theFileIsInCanonicalForm() throws IOException {
        String text = Files.readString(RfcFixture.ROOT.resolve(Catalogue.PATH), StandardCharsets.UTF_8);
        assertEquals(text, CatalogueCsv.write(CatalogueCsv.read(text)), "quoting or line ends differ from the writer's");
    }

    @Test
    void idsNameTheirSectionAndCountFromOne() throws IOException {
        List<Requirement> all = catalogue().requirements();
        assertEquals(RfcFixture.DRAFT.size(), all.size());
        String section = "";
        int n = 0;
        for (Requirement r : all) {
            n = r.section().equals(section) ? n + 1 : 1;
            section = r.section();
            assertEquals(Requirement.id(r.section(), n), r.id());
        }
    }

    @Test
    void theFirstSectionsAreCuratedAndEveryUncheckableRowSaysWhy() throws IOException {
        int curated = 0;
        for (Requirement r : catalogue().requirements()) {
            boolean first = CURATED_CHAPTERS.contains(CoverageTables.chapter(r.section()));
            assertTrue(!first || r.curated(), r.id() + " is in a section curated first but marked auto");
            assertEquals(r.wireCheckable(), r.reason().isEmpty(), r.id() + ": a reason exactly when not checkable");
            curated += r.curated() ? 1 : 0;
        }
        assertEquals(RfcFixture.DRAFT.size(), curated, "every row curated");
    }

    @Test
    void everyRequirementTagOfTheFeaturesIsInTheCatalogue() throws IOException {
        Catalogue catalogue = catalogue();
        List<String> unknown = new ArrayList<>();
        int tags = 0;
        try (Stream<Path> files = Files.walk(RfcFixture.ROOT.resolve("features"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (!line.startsWith("@")) {
                        continue;
                    }
                    Matcher m = TAG.matcher(line);
                    while (m.find()) {
                        tags++;
                        if (catalogue.find(m.group(1)).isEmpty()) {
                            unknown.add(RfcFixture.ROOT.relativize(f) + ":" + (i + 1) + " @req-" + m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(unknown.isEmpty(), "tags naming no requirement of the catalogue: " + unknown);
        assertFalse(tags == 0, "no @req- tag found in features/");
    }
}
