package io.sipspec.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AddressOfRecordTest {

    @Test
    @DisplayName("§10.3 step 5: \"all URI parameters MUST be removed (including the user-param)\"")
    void parametersAreRemoved() {
        AddressOfRecord a = AddressOfRecord.parse("sip:+13125551212@chicago.com;user=phone;transport=udp");
        assertEquals("sip:+13125551212@chicago.com", a.toString());
        assertEquals(AddressOfRecord.parse("sip:+13125551212@chicago.com"), a);
    }

    @Test
    @DisplayName("§10.3 step 5: \"any escaped characters MUST be converted to their unescaped form\"")
    void escapesAreDecoded() {
        AddressOfRecord a = AddressOfRecord.parse("sip:%63ar%6Fl@chicago.com");
        assertEquals("sip:carol@chicago.com", a.toString());
        assertEquals(AddressOfRecord.parse("sip:carol@chicago.com").hashCode(), a.hashCode());
    }

    @Test
    @DisplayName("§19.1.4: host case does not matter, user case does, sip and sips differ, the port counts")
    void comparison() {
        assertEquals(AddressOfRecord.parse("sip:carol@CHICAGO.COM"), AddressOfRecord.parse("sip:carol@chicago.com"));
        assertEquals("sip:carol@chicago.com", AddressOfRecord.parse("sip:carol@CHICAGO.COM").toString());
        assertNotEquals(AddressOfRecord.parse("sip:Carol@chicago.com"), AddressOfRecord.parse("sip:carol@chicago.com"));
        assertNotEquals(AddressOfRecord.parse("sips:carol@chicago.com"), AddressOfRecord.parse("sip:carol@chicago.com"));
        assertNotEquals(AddressOfRecord.parse("sip:carol@chicago.com:5070"), AddressOfRecord.parse("sip:carol@chicago.com"));
    }

    @Test
    @DisplayName("the headers component and the password are no part of the address-of-record")
    void headersAndPasswordAreDropped() {
        assertEquals("sip:carol@chicago.com", AddressOfRecord.parse("sip:carol:secret@chicago.com?subject=x").toString());
    }
}
