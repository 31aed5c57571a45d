package io.sipspec.requirements;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CatalogueSentenceSplitterTest {

    @Test
    void splitsAtFullStopsFollowedByACapital() {
        assertEquals(List.of("The UAC MUST do this.", "The UAS MAY do that."),
                SentenceSplitter.split("The UAC MUST do this. The UAS MAY do that."));
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertEquals(List.of("Elements MAY use other schemes (e.g. Tel URLs) and others, i.e. Any scheme."),
                SentenceSplitter.split("Elements MAY use other schemes (e.g. Tel URLs) and others, i.e. Any scheme."));
        assertEquals(List.of("See Rosenberg et al. Their text MUST be read."),
                SentenceSplitter.split("See Rosenberg et al. Their text MUST be read."));
    }

    @Test
    void sectionNumbersDoNotEndASentence() {
        assertEquals(List.of("Timer A is set as in Section 17.1.1.2.", "It MUST fire."),
                SentenceSplitter.split("Timer A is set as in Section 17.1.1.2. It MUST fire."));
    }

    @Test
    void quotedStringsAndParenthesesStayWhole() {
        assertEquals(List.of("The reason phrase \"Done. Bye\" MAY be used.", "Next."),
                SentenceSplitter.split("The reason phrase \"Done. Bye\" MAY be used. Next."));
        assertEquals(List.of("It MUST be sent (see below. It is long.) to the peer.", "Then stop."),
                SentenceSplitter.split("It MUST be sent (see below. It is long.) to the peer. Then stop."));
        assertEquals(List.of("The initial state, \"calling\", MUST be entered.", "Then \"Proceeding.\"", "Done."),
                SentenceSplitter.split("The initial state, \"calling\", MUST be entered. Then \"Proceeding.\" Done."));
    }

    @Test
    void lowerCaseAfterAFullStopContinuesTheSentence() {
        assertEquals(List.of("Use sip:alice@atlanta.com. to call."),
                SentenceSplitter.split("Use sip:alice@atlanta.com. to call."));
    }
}
