package io.sipspec.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointsTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, 5060, 127.0.0.1:5060",
            "::1, 5060, [::1]:5060",
            "::, 5060, [::]:5060",
            "2001:db8:0:0:0:0:0:1, 5061, [2001:db8::1]:5061",
            "1:0:0:2:0:0:0:3, 5060, [1:0:0:2::3]:5060",
            "1:0:2:0:3:0:4:0, 5060, [1:0:2:0:3:0:4:0]:5060",
            "fe80:0:0:0:0:0:0:0, 5060, [fe80::]:5060",
    })
    void writesAddressesAsSipAndTsharkDo(String ip, int port, String expected) {
        assertEquals(expected, Endpoints.text(SipExchange.address(ip, port)));
    }
}
