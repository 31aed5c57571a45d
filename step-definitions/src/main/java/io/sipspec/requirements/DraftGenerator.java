package io.sipspec.requirements;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the RFC into draft requirements: one per sentence holding a capitalised key word, in the sections that state
 * requirements (§4 to §27: §1–§3 are introduction and the key-word boilerplate, §28 summarises changes from RFC 2543,
 * §29–§30 are references). Role and wire-checkability are first-pass guesses, marked {@code auto}.
 */
public final class DraftGenerator {

    /** Chapters of RFC 3261 whose normative sentences are catalogued. */
    public static final int FIRST_CHAPTER = 4;
    public static final int LAST_CHAPTER = 27;

    private DraftGenerator() {
    }

    public static List<Requirement> draft(RfcText rfc) {
        List<Requirement> out = new ArrayList<>();
        for (RfcSection section : rfc.sections()) {
            if (section.chapter() < FIRST_CHAPTER || section.chapter() > LAST_CHAPTER) {
                continue;
            }
            int n = 0;
            for (String paragraph : section.paragraphs()) {
                for (String sentence : SentenceSplitter.split(paragraph)) {
                    List<Keyword> keywords = Keyword.findAll(sentence);
                    if (keywords.isEmpty()) {
                        continue;
                    }
                    n++;
                    Keyword strongest = Keyword.strongest(keywords);
                    String reason = WireGuess.reasonNotCheckable(section.number(), strongest, sentence);
                    out.add(new Requirement(Requirement.id(section.number(), n), section.number(), strongest,
                            keywords, RoleGuess.guess(section.number(), sentence), reason.isEmpty(), reason, false,
                            sentence));
                }
            }
        }
        return out;
    }
}
