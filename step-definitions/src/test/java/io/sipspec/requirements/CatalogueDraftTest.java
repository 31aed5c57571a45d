package io.sipspec.requirements;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.sipspec.requirements.Keyword.MAY;
import static io.sipspec.requirements.Keyword.MUST;
import static io.sipspec.requirements.Keyword.MUST_NOT;
import static io.sipspec.requirements.Keyword.NOT_RECOMMENDED;
import static io.sipspec.requirements.Keyword.SHOULD;
import static io.sipspec.requirements.Keyword.SHOULD_NOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueDraftTest {

    /** Issue 7: "RFC 3261 has 511 MUST, 79 MUST NOT, 251 SHOULD, 29 SHOULD NOT, 205 MAY (counted in its text)". */
    @Test
    void countsLineByLineAreTheIssuesFigures() {
        KeywordCounts counts = KeywordCounts.perLine(RfcFixture.TEXT);
        assertEquals(511, counts.of(MUST));
        assertEquals(79, counts.of(MUST_NOT));
        assertEquals(251, counts.of(SHOULD));
        assertEquals(29, counts.of(SHOULD_NOT));
        assertEquals(205, counts.of(MAY));
    }

    /**
     * Joined, the text has 6 more MUST NOT and 2 more SHOULD NOT: those whose "NOT" starts the next line (lines 3000,
     * 5256, 8727, 9770, 10803, 10880; 6990, 11500), which a line-by-line count takes for MUST and SHOULD.
     */
    @Test
    void joinedCountsDifferExactlyByTheKeyWordsBrokenAcrossLines() {
        KeywordCounts lines = KeywordCounts.perLine(RfcFixture.TEXT);
        KeywordCounts joined = KeywordCounts.in(List.of(KeywordCounts.joined(RfcFixture.TEXT)));
        List<String> broken = KeywordCounts.brokenAcrossLines(RfcFixture.TEXT);
        assertEquals(List.of("line 547: NOT RECOMMENDED", "line 3000: MUST NOT", "line 5256: MUST NOT",
                "line 6990: SHOULD NOT", "line 8307: NOT RECOMMENDED", "line 8727: MUST NOT", "line 9770: MUST NOT",
                "line 10803: MUST NOT", "line 10880: MUST NOT", "line 11500: SHOULD NOT"), broken);
        for (Keyword pair : List.of(MUST_NOT, SHOULD_NOT, NOT_RECOMMENDED)) {
            long n = broken.stream().filter(b -> b.endsWith(": " + pair.text())).count();
            assertEquals(lines.of(pair) + n, joined.of(pair), pair.text());
        }
        assertEquals(505, joined.of(MUST));
        assertEquals(85, joined.of(MUST_NOT));
        assertEquals(249, joined.of(SHOULD));
        assertEquals(31, joined.of(SHOULD_NOT));
        assertEquals(205, joined.of(MAY));
    }

    /** No key word is lost by the page-break removal or the sentence splitter: draft + excluded sections = text. */
    @Test
    void everyKeyWordOfTheTextIsInTheDraftOrInAnExcludedSection() {
        List<String> excluded = new ArrayList<>();
        for (RfcSection s : RfcFixture.RFC.sections()) {
            if (s.chapter() < DraftGenerator.FIRST_CHAPTER || s.chapter() > DraftGenerator.LAST_CHAPTER) {
                excluded.addAll(s.paragraphs());
            }
        }
        KeywordCounts joined = KeywordCounts.in(List.of(KeywordCounts.joined(RfcFixture.TEXT)));
        KeywordCounts draft = KeywordCounts.in(RfcFixture.DRAFT.stream().map(Requirement::sentence).toList());
        KeywordCounts rest = KeywordCounts.in(excluded);
        for (Keyword k : Keyword.values()) {
            assertEquals(joined.of(k), draft.of(k) + rest.of(k), k.text());
        }
        assertEquals(1, rest.of(MUST_NOT), "§3 quotes \"MUST NOT\" once");
        assertEquals(2, rest.of(MUST), "§3 quotes \"MUST\"; §28 says \"This was changed to MUST.\"");
    }

    @Test
    void sectionsFollowTheRfcAndSkipTheTableOfContents() {
        assertEquals("1", RfcFixture.RFC.sections().get(0).number());
        assertEquals("Introduction", RfcFixture.RFC.sections().get(0).title());
        assertEquals("Formal Description", RfcFixture.RFC.section("17.1.1.2").title());
        assertEquals(314, RfcFixture.RFC.sections().size());
    }

    @Test
    void rowsQuoteTheSentenceExactlyWithWhitespaceNormalised() {
        Requirement r = RfcFixture.draft("RFC3261-8.2.1-2");
        assertEquals("If the UAS recognizes but does not support the method of a request, it MUST generate a 405 "
                + "(Method Not Allowed) response.", r.sentence());
        assertEquals(MUST, r.keyword());
        assertEquals(Role.UAS, r.role());
        assertEquals("8.2.1", r.section());
    }

    @Test
    void aParagraphBrokenByAPageBreakIsJoined() {
        // RFC 3261 §14.1, pages 86-87: "Of course, a UAC MAY" [page break] "send a re-INVITE with no session ..."
        assertEquals("Of course, a UAC MAY send a re-INVITE with no session description, in which case the first "
                        + "reliable non-failure response to the re-INVITE will contain the offer (in this "
                        + "specification, that is a 2xx response).", RfcFixture.draft("RFC3261-14.1-1").sentence());
    }

    @Test
    void keepsAllKeyWordsAndChoosesTheStrongest() {
        Requirement r = RfcFixture.draft("RFC3261-8.1.2-7");
        assertEquals(List.of(SHOULD, MAY), r.keywords());
        assertEquals(SHOULD, r.keyword());
        Requirement cancel = RfcFixture.DRAFT.stream()
                .filter(x -> x.sentence().startsWith("If no provisional response has been received, the CANCEL"))
                .findFirst().orElseThrow();
        assertEquals(List.of(MUST_NOT, MUST), cancel.keywords(), "\"MUST\" / \"NOT\" split across lines 3000-3001");
    }

    @Test
    void roleGuessFromSectionThenSubject() {
        assertEquals(Role.PROXY, RoleGuess.guess("16.6", "It MUST do this."));
        assertEquals(Role.REGISTRAR, RoleGuess.guess("10.3", "It MUST do this."));
        assertEquals(Role.UAC, RoleGuess.guess("13.2.1", "It MUST do this."));
        assertEquals(Role.UAS, RoleGuess.guess("8.2.6.2", "It MUST do this."));
        assertEquals(Role.PROXY, RoleGuess.guess("8.2", "A proxy MUST NOT do this."));
        assertEquals(Role.ANY, RoleGuess.guess("7.3.1", "Implementations MUST do this."));
    }

    @Test
    void wireGuessMarksOptionsAndUserInterfaceNotCheckable() {
        assertFalse(WireGuess.reasonNotCheckable("8.1", MAY, "A UAC MAY do this.").isEmpty());
        assertTrue(WireGuess.reasonNotCheckable("8.1", SHOULD, "The UAC SHOULD inform the user of it.")
                .startsWith("user interface"));
        assertEquals("", WireGuess.reasonNotCheckable("8.2", MUST, "The UAS MUST add a tag to the To header "
                + "field of a provisional response."));
    }

    @Test
    void refusesToWriteOverTheCuratedFile(@TempDir Path dir) throws IOException {
        Path curated = dir.resolve("rfc3261.csv");
        Files.writeString(curated, "curated by hand\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = CatalogueDraft.run(RfcFixture.ROOT.resolve(CatalogueDraft.RFC), curated, curated,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("curated by hand\n", Files.readString(curated));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("refusing"));
    }

    @Test
    void writesTheDraftAndADiffAgainstTheCuratedFile(@TempDir Path dir) throws IOException {
        List<Requirement> curated = new ArrayList<>(RfcFixture.DRAFT.subList(0, 10));
        Requirement first = curated.get(0);
        curated.set(0, new Requirement(first.id(), first.section(), first.keyword(), first.keywords(), first.role(),
                first.wireCheckable(), first.reason(), true, first.sentence() + " (edited)"));
        curated.add(new Requirement("RFC3261-99-1", "99", MUST, List.of(MUST), Role.ANY, true, "", true,
                "Gone MUST."));
        Path curatedFile = dir.resolve("rfc3261.csv");
        Files.writeString(curatedFile, CatalogueCsv.write(curated));
        Path draft = dir.resolve("out").resolve("rfc3261.draft.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = CatalogueDraft.run(RfcFixture.ROOT.resolve(CatalogueDraft.RFC), draft, curatedFile,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        assertEquals(RfcFixture.DRAFT, CatalogueCsv.read(Files.readString(draft)));
        String diff = Files.readString(dir.resolve("out").resolve("rfc3261.draft-diff.md"));
        assertTrue(diff.contains("## New in the draft (" + (RfcFixture.DRAFT.size() - 10) + ")"), diff);
        assertTrue(diff.contains("- RFC3261-99-1: Gone MUST."), diff);
        assertTrue(diff.contains("## Changed sentence or key words (1)\n\n- " + first.id()), diff);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("MUST NOT 79, SHALL NOT 1, MUST 511"), printed);
    }
}
