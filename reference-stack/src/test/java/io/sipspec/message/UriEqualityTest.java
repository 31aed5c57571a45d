package io.sipspec.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** URI comparison: RFC 3261 §19.1.4 for SIP and SIPS, RFC 3966 §4 for tel, RFC 5118 §4.1 for IPv6 hosts. */
class UriEqualityTest {

    /** Every pair of the set must be equal, both ways, with equal hash codes. */
    private static void assertEquivalent(String... set) {
        for (String a : set) {
            for (String b : set) {
                Uri x = Uri.parse(a);
                Uri y = Uri.parse(b);
                assertEquals(x, y, a + " == " + b);
                assertEquals(x.hashCode(), y.hashCode(), "hashCode of " + a + " and " + b);
            }
        }
    }

    private static void assertNotEquivalent(String a, String b) {
        Uri x = Uri.parse(a);
        Uri y = Uri.parse(b);
        assertNotEquals(x, y, a + " != " + b);
        assertNotEquals(y, x, b + " != " + a);
        assertEquals(x, Uri.parse(a), "but each equals itself");
    }

    // RFC 3261 §19.1.4: "The URIs within each of the following sets are equivalent:"

    @Test
    void rfcEquivalentSet1EscapedUserAndCaseOfHostAndParameters() {
        assertEquivalent("sip:%61lice@atlanta.com;transport=TCP", "sip:alice@AtLanTa.CoM;Transport=tcp");
    }

    @Test
    void rfcEquivalentSet2ParametersInOnlyOneUriAreIgnored() {
        assertEquivalent("sip:carol@chicago.com", "sip:carol@chicago.com;newparam=5", "sip:carol@chicago.com;security=on");
    }

    @Test
    void rfcEquivalentSet3ParameterOrder() {
        assertEquivalent("sip:biloxi.com;transport=tcp;method=REGISTER?to=sip:bob%40biloxi.com",
                "sip:biloxi.com;method=REGISTER;transport=tcp?to=sip:bob%40biloxi.com");
    }

    @Test
    void rfcEquivalentSet4HeaderOrder() {
        assertEquivalent("sip:alice@atlanta.com?subject=project%20x&priority=urgent",
                "sip:alice@atlanta.com?priority=urgent&subject=project%20x");
    }

    // RFC 3261 §19.1.4: "The URIs within each of the following sets are not equivalent:"

    @Test
    void rfcNotEquivalentDifferentUsernames() {
        assertNotEquivalent("SIP:ALICE@AtLanTa.CoM;Transport=udp", "sip:alice@AtLanTa.CoM;Transport=UDP");
    }

    @Test
    void rfcNotEquivalentCanResolveToDifferentPorts() {
        assertNotEquivalent("sip:bob@biloxi.com", "sip:bob@biloxi.com:5060");
    }

    @Test
    void rfcNotEquivalentCanResolveToDifferentTransports() {
        assertNotEquivalent("sip:bob@biloxi.com", "sip:bob@biloxi.com;transport=udp");
    }

    @Test
    void rfcNotEquivalentCanResolveToDifferentPortAndTransports() {
        assertNotEquivalent("sip:bob@biloxi.com", "sip:bob@biloxi.com:6000;transport=tcp");
    }

    @Test
    void rfcNotEquivalentDifferentHeaderComponent() {
        assertNotEquivalent("sip:carol@chicago.com", "sip:carol@chicago.com?Subject=next%20meeting");
    }

    @Test
    void rfcNotEquivalentIpAddressOfHostName() {
        assertNotEquivalent("sip:bob@phone21.boxesbybob.com", "sip:bob@192.0.2.4");
    }

    /** RFC 3261 §19.1.4: "Note that equality is not transitive". */
    @Test
    void equalityIsNotTransitive() {
        assertEquivalent("sip:carol@chicago.com", "sip:carol@chicago.com;security=on");
        assertEquivalent("sip:carol@chicago.com", "sip:carol@chicago.com;security=off");
        assertNotEquivalent("sip:carol@chicago.com;security=on", "sip:carol@chicago.com;security=off");
    }

    // The rules of §19.1.4 one by one.

    @Test
    void sipAndSipsAreNeverEquivalent() {
        // "A SIP and SIPS URI are never equivalent."
        assertNotEquivalent("sip:alice@atlanta.com", "sips:alice@atlanta.com");
        assertEquivalent("sips:alice@atlanta.com", "SIPS:alice@ATLANTA.com");
    }

    @Test
    void userinfoIsCaseSensitiveIncludingPasswordAndTelephoneSubscriber() {
        // "Comparison of the userinfo of SIP and SIPS URIs is case-sensitive. This includes userinfo containing
        // passwords or formatted as telephone-subscribers."
        assertNotEquivalent("sip:alice:secret@atlanta.com", "sip:alice:SECRET@atlanta.com");
        assertNotEquivalent("sip:+1-212-555-1212;isub=ab@gateway.com;user=phone", "sip:+1-212-555-1212;isub=AB@gateway.com;user=phone");
        assertEquivalent("sip:alice:secret@atlanta.com", "sip:%61lice:s%65cret@atlanta.com");
    }

    @Test
    void missingUserOrPasswordDoesNotMatch() {
        // "A URI omitting the user component will not match a URI that includes one. A URI omitting the password
        // component will not match a URI that includes one."
        assertNotEquivalent("sip:atlanta.com", "sip:alice@atlanta.com");
        assertNotEquivalent("sip:alice@atlanta.com", "sip:alice:secret@atlanta.com");
        assertNotEquivalent("sip:alice:@atlanta.com", "sip:alice:x@atlanta.com");
    }

    @Test
    void escapesOfUnreservedCharactersAreEquivalentButNotOfReservedOnes() {
        // "Characters other than those in the "reserved" set (see RFC 2396 [5]) are equivalent to their
        // ""%" HEX HEX" encoding."
        assertEquivalent("sip:alice.smith@atlanta.com", "sip:%61lice%2esmith@atlanta.com", "sip:%61lice%2Esmith@atlanta.com");
        assertEquivalent("sip:a%3bb@atlanta.com", "sip:a%3Bb@atlanta.com");
        assertNotEquivalent("sip:a;b@atlanta.com", "sip:a%3Bb@atlanta.com");
        assertNotEquivalent("sip:a%41@atlanta.com", "sip:aa@atlanta.com");
        assertEquivalent("sip:alice@atlanta.com;maddr=239.255.255.1", "sip:alice@atlanta.com;maddr=%32%33%39.255.255.1");
    }

    @Test
    void defaultValuedComponentsInOnlyOneUriNeverMatch() {
        // "The same is true for the transport-parameter, ttl-parameter, user-parameter, and method components."
        assertNotEquivalent("sip:bob@biloxi.com", "sip:bob@biloxi.com;ttl=1");
        assertNotEquivalent("sip:bob@biloxi.com", "sip:bob@biloxi.com;user=ip");
        assertNotEquivalent("sip:bob@biloxi.com", "sip:bob@biloxi.com;method=INVITE");
        // "A URI that includes an maddr parameter will not match a URI that contains no maddr parameter."
        assertNotEquivalent("sip:bob@biloxi.com", "sip:bob@biloxi.com;maddr=239.255.255.1");
        assertNotEquivalent("sips:bob@biloxi.com", "sips:bob@biloxi.com:5061");
    }

    @Test
    void parametersInBothMustMatchCaseInsensitively() {
        // "Any uri-parameter appearing in both URIs must match."
        assertNotEquivalent("sip:bob@biloxi.com;transport=tcp", "sip:bob@biloxi.com;transport=udp");
        assertNotEquivalent("sip:carol@chicago.com;newparam=5", "sip:carol@chicago.com;newparam=6");
        assertEquivalent("sip:bob@biloxi.com;LR;Transport=TCP;ttl=5", "sip:bob@biloxi.com;ttl=5;transport=tcp;lr");
        assertEquivalent("sip:bob@biloxi.com;lr", "sip:bob@biloxi.com");
    }

    @Test
    void headerComponentsAreNeverIgnored() {
        // "Any present header component MUST be present in both URIs and match for the URIs to match."
        assertNotEquivalent("sip:alice@atlanta.com?subject=x", "sip:alice@atlanta.com?priority=x");
        assertNotEquivalent("sip:alice@atlanta.com?subject=x", "sip:alice@atlanta.com?subject=x&priority=urgent");
        assertNotEquivalent("sip:alice@atlanta.com?subject=x", "sip:alice@atlanta.com?subject=y");
        assertEquivalent("sip:alice@atlanta.com?subject=project%20x", "sip:alice@atlanta.com?Subject=project%20x");
    }

    @Test
    void portsMatchExactly() {
        assertNotEquivalent("sip:bob@biloxi.com:5060", "sip:bob@biloxi.com:5070");
        assertEquivalent("sip:bob@biloxi.com:5060", "sip:bob@BILOXI.COM:5060");
        assertEquivalent("sip:bob@biloxi.example.com.", "sip:bob@BILOXI.example.com.");
    }

    /** RFC 5118 §4.1: IPv6 references compare as addresses, whatever textual form they take. */
    @Test
    void ipv6ReferencesCompareAsAddresses() {
        assertEquivalent("sip:alice@[2001:db8::10]", "sip:alice@[2001:DB8:0:0:0:0:0:10]", "sip:alice@[2001:0db8:0000::0010]");
        assertEquivalent("sip:[::1]:5060", "sip:[0:0:0:0:0:0:0:1]:5060");
        assertEquivalent("sip:[::ffff:192.0.2.1]", "sip:[::FFFF:C000:0201]");
        assertNotEquivalent("sip:alice@[2001:db8::10]", "sip:alice@[2001:db8::11]");
        assertNotEquivalent("sip:alice@[::ffff:192.0.2.1]", "sip:alice@192.0.2.1");
        assertNotEquivalent("sip:alice@[2001:db8::10]:5060", "sip:alice@[2001:db8::10]");
    }

    @Test
    void ipv4AddressesCompareAsAddresses() {
        assertEquivalent("sip:alice@192.0.2.1", "sip:alice@192.0.2.1");
        assertNotEquivalent("sip:alice@192.0.2.1", "sip:alice@192.0.2.10");
    }

    /** RFC 3966 §4: visual separators are ignored, parameters must be the same set, comparison is case-insensitive. */
    @Test
    void telUris() {
        assertInstanceOf(TelUri.class, Uri.parse("tel:+1-201-555-0123"));
        assertEquivalent("tel:+1-201-555-0123", "tel:+12015550123", "tel:+1.201.555.0123", "TEL:+1(201)555-0123");
        assertEquivalent("tel:7042;phone-context=example.com", "tel:7042;PHONE-CONTEXT=EXAMPLE.COM");
        assertEquivalent("tel:+1-201-555-0123;ext=1;isub=a", "tel:+12015550123;isub=A;ext=1");
        assertEquivalent("tel:7a42;phone-context=example.com", "tel:7A42;phone-context=example.com");
        assertNotEquivalent("tel:+12015550123", "tel:+12015550124");
        assertNotEquivalent("tel:+12015550123", "tel:+12015550123;ext=1");
        assertNotEquivalent("tel:+12015550123;ext=1", "tel:+12015550123;ext=2");
        assertNotEquivalent("tel:+7042;phone-context=example.com", "tel:7042;phone-context=example.com");
        assertNotEquivalent("tel:+12015550123", "sip:+12015550123@example.com;user=phone");
    }

    /** Any other scheme: the scheme is case-insensitive, the rest compares exactly. */
    @Test
    void absoluteUris() {
        assertInstanceOf(AbsoluteUri.class, Uri.parse("mailto:watson@bell-telephone.com"));
        assertEquivalent("mailto:watson@bell-telephone.com", "MAILTO:watson@bell-telephone.com");
        assertEquivalent("http://www.example.com/a%20b", "HTTP://www.example.com/a%20b");
        assertNotEquivalent("http://www.example.com/a", "http://www.example.com/A");
        assertNotEquivalent("http://www.example.com/a", "https://www.example.com/a");
        assertNotEquivalent("urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6", "sip:f81d4fae@example.com");
    }

    @Test
    void equalUrisInASetHaveEqualHashCodes() {
        List<String> all = List.of("sip:%61lice@atlanta.com;transport=TCP", "sip:alice@AtLanTa.CoM;Transport=tcp",
                "sip:alice@atlanta.com;transport=tcp;foo=bar", "sip:alice@ATLANTA.COM;transport=TCP;lr");
        for (String a : all) {
            for (String b : all) {
                assertEquals(Uri.parse(a), Uri.parse(b));
                assertEquals(Uri.parse(a).hashCode(), Uri.parse(b).hashCode());
            }
        }
    }
}
