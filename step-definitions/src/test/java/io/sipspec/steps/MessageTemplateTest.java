package io.sipspec.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    private static String render(String doc) {
        return new String(MessageTemplate.render(doc), StandardCharsets.UTF_8);
    }

    @Test
    void linesEndWithCrlfAndTheHeadIsClosedWhenThereIsNoBody() {
        assertEquals("OPTIONS sip:a@b SIP/2.0\r\nCSeq: 1 OPTIONS\r\n\r\n", render("OPTIONS sip:a@b SIP/2.0\nCSeq: 1 OPTIONS"));
    }

    @Test
    void lenIsTheByteLengthOfTheBody() {
        String out = render("MESSAGE sip:a@b SIP/2.0\nContent-Length: ${len}\n\nhé\nyo");
        // body "hé\r\nyo\r\n": h(1) é(2) CRLF(2) y o(2) CRLF(2) = 9 bytes
        assertEquals("MESSAGE sip:a@b SIP/2.0\r\nContent-Length: 9\r\n\r\nhé\r\nyo\r\n", out);
    }

    @Test
    void variablesWriteBytesADocStringCannotShow() {
        assertEquals("X \tY\0\r\nZ\r\n\r\n", render("X${sp}${tab}Y${nul}\nZ"));
    }

    @Test
    void anUnknownVariableIsAnErrorNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> render("X ${callid}"));
        assertEquals("unknown variable ${callid}", e.getMessage());
    }
}
