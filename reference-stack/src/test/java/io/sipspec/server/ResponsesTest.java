package io.sipspec.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ResponsesTest {

    @Test
    void reasonPhraseKeepsItsOwnCharactersAndEscapesTheOthers() {
        assertEquals("Bad Request (To: expected %22%3E%22 at position 3)",
                Responses.reasonPhrase("Bad Request (To: expected \">\" at position 3)"));
        assertEquals("a%0D%0Ab %5C ü", Responses.reasonPhrase("a\r\nb \\ ü"));
    }
}
