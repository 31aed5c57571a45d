package io.sipspec.steps;

import io.sipspec.tester.Template;

/**
 * Turns a Gherkin doc string into the exact bytes of a SIP message.
 *
 * <p>Lines become CRLF-terminated (SIP needs CRLF; doc strings carry LF). If the doc string has no empty line, the
 * header section is closed with an empty line. Variables give the bytes a doc string cannot show:
 * <ul>
 *   <li>{@code ${len}}: the byte length of the body (everything after the first empty line);</li>
 *   <li>{@code ${sp}}, {@code ${tab}}, {@code ${cr}}, {@code ${lf}}, {@code ${crlf}}, {@code ${nul}}: a space (visible at
 *   the end of a line), a horizontal tab, CR, LF, CRLF, a NUL byte.</li>
 * </ul>
 * The rendering is {@link Template}'s, without the scenario variables.
 */
public final class MessageTemplate {

    private MessageTemplate() {
    }

    public static byte[] render(String docString) {
        return Template.of(docString).render();
    }
}
