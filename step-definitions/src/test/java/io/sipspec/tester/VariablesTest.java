package io.sipspec.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VariablesTest {

    private final Variables variables = new Variables();

    @Test
    void aStoredValueReplacesTheEarlierOne() {
        variables.set("to-tag", "a").set("to-tag", "b");
        assertEquals("b", variables.value("to-tag"));
        assertTrue(variables.has("to-tag"));
    }

    @Test
    void anUnknownNameHasNoValue() {
        assertNull(variables.value("nothing"));
        assertFalse(variables.has("nothing"));
    }

    @Test
    void callIdIsMadeOnFirstUseAndKept() {
        assertFalse(variables.has("call-id"));
        String id = variables.value("call-id");
        assertTrue(variables.has("call-id"));
        assertEquals(id, variables.value("call-id"));
    }

    @Test
    void userIsAUserNameOfTheScenarioMadeOnFirstUseAndKept() {
        Variables v = new Variables();
        String user = v.value("user");
        assertTrue(user.matches("u[a-z0-9]+"), user);
        assertEquals(user, v.value("user"));
        assertNotEquals(user, new Variables().value("user"), "each scenario has its own");
    }

    @Test
    void aNameThatCannotBeWrittenAsAVariableIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> variables.set("a}b", "x"));
        assertEquals("not a variable name: \"a}b\"", e.getMessage());
    }

    @Test
    void aMissingValueIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> variables.set("to-tag", null));
        assertEquals("no value to store as ${to-tag}", e.getMessage());
    }
}
