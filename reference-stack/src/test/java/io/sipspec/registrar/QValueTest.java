package io.sipspec.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QValueTest {

    @ParameterizedTest(name = "{0} = {1}/1000")
    @CsvSource({"0, 0", "0., 0", "0.5, 500", "0.50, 500", "0.500, 500", "0.001, 1", "0.125, 125", "1, 1000", "1., 1000",
        "1.0, 1000", "1.000, 1000"})
    @DisplayName("§25.1: qvalue = ( \"0\" [ \".\" 0*3DIGIT ] ) / ( \"1\" [ \".\" 0*3(\"0\") ] )")
    void parses(String text, int thousandths) {
        assertEquals(thousandths, QValue.parse(text).thousandths());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "1.5", "1.001", "0.1234", ".5", "0,5", "01", "-0.5", "0.a", "1.0000"})
    @DisplayName("§25.1: anything else is not a qvalue")
    void rejects(String text) {
        assertThrows(IllegalArgumentException.class, () -> QValue.parse(text));
    }

    @Test
    @DisplayName("equal values compare equal whatever their spelling; the text is the shortest form")
    void equalityAndText() {
        assertEquals(QValue.parse("0.5"), QValue.parse("0.500"));
        assertEquals("0.5", QValue.parse("0.500").toString());
        assertEquals("0.125", QValue.parse("0.125").toString());
        assertEquals("1", QValue.parse("1.000").toString());
        assertEquals("0", QValue.parse("0.").toString());
        assertTrue(QValue.parse("0.9").compareTo(QValue.parse("0.85")) > 0);
        assertEquals(QValue.parse("1"), QValue.DEFAULT);
    }
}
