package io.sipspec.requirements;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogueCsvTest {

    private static final Requirement ROW = new Requirement("RFC3261-8.1.1.3-2", "8.1.1.3", Keyword.MUST_NOT,
            List.of(Keyword.MUST_NOT, Keyword.MAY), Role.UAC, false, "user interface, mostly", false,
            "The \"tag\", chosen by the UAC, MUST NOT be reused; it MAY be long.");

    @Test
    void quotesFieldsWithCommasAndQuotesAndReadsThemBack() {
        String csv = CatalogueCsv.write(List.of(ROW));
        assertTrue(csv.startsWith("id,section,keyword,keywords,role,wire_checkable,reason,curated,sentence\n"), csv);
        assertTrue(csv.contains(",\"user interface, mostly\",auto,\"The \"\"tag\"\", chosen"), csv);
        assertEquals(List.of(ROW), CatalogueCsv.read(csv));
    }

    @Test
    void readsCrlfAndLineBreaksInsideQuotes() {
        assertEquals(List.of(List.of("a", "b\r\nc"), List.of("d", "")), Csv.parse("a,\"b\r\nc\"\r\nd,\r\n"));
    }

    @Test
    void malformedRowsNameTheirRecord() {
        String bad = String.join(",", CatalogueCsv.HEADER) + "\nRFC3261-1-1,1,MUST,MUST,pilot,yes,,yes,x\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CatalogueCsv.read(bad));
        assertTrue(e.getMessage().startsWith("catalogue record 2: unknown role 'pilot'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CatalogueCsv.read("id,section\n"));
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,\"b"));
    }
}
