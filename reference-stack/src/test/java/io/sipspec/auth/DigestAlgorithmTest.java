package io.sipspec.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DigestAlgorithmTest {

    /**
     * RFC 2617 §3.5: username "Mufasa", password "Circle Of Life", realm "testrealm@host.com", GET
     * "/dir/index.html", qop=auth, nc=00000001, cnonce="0a4f113b": response="6629fae49393a05397450978507c4ef1".
     */
    @Test
    void rfc2617Example() {
        DigestAlgorithm md5 = DigestAlgorithm.MD5;
        String ha1 = md5.userHa1("Mufasa", "testrealm@host.com", "Circle Of Life");
        assertEquals("6629fae49393a05397450978507c4ef1", md5.response(ha1, "dcd98b7102dd2f0e8b11d0f600bfb0c093",
                "00000001", "0a4f113b", "auth", "GET", "/dir/index.html"));
    }

    /** RFC 7616 §3.9.1, MD5: "Mufasa", "Circle of Life", realm "http-auth@example.org". */
    @Test
    void rfc7616ExampleMd5() {
        assertEquals("8ca523f5e9506fed4657c9700eebdbec", rfc7616Response(DigestAlgorithm.MD5));
    }

    /** RFC 7616 §3.9.1, SHA-256: the same request answered with SHA-256. */
    @Test
    void rfc7616ExampleSha256() {
        assertEquals("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1",
                rfc7616Response(DigestAlgorithm.SHA_256));
    }

    private static String rfc7616Response(DigestAlgorithm a) {
        String ha1 = a.userHa1("Mufasa", "http-auth@example.org", "Circle of Life");
        return a.response(ha1, "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "00000001",
                "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", "auth", "GET", "/dir/index.html");
    }

    /** RFC 2617 §3.2.2.1, without qop: KD ( H(A1), unq(nonce-value) ":" H(A2) ). */
    @Test
    void withoutQopTheRfc2069FormIsUsed() {
        DigestAlgorithm md5 = DigestAlgorithm.MD5;
        String ha1 = md5.userHa1("Mufasa", "testrealm@host.com", "Circle Of Life");
        String expected = md5.h(ha1 + ":dcd98b:" + md5.h("INVITE:sip:bob@biloxi.com"));
        assertEquals(expected, md5.response(ha1, "dcd98b", null, null, null, "INVITE", "sip:bob@biloxi.com"));
    }

    /** RFC 7616 §3.4.2: "-sess" hashes H(user:realm:pass) with the nonce and cnonce into A1. */
    @Test
    void sessionVariantsHashTheNonceAndCnonceIntoA1() {
        DigestAlgorithm sess = DigestAlgorithm.SHA_256_SESS;
        String userHa1 = sess.userHa1("u", "r", "p");
        String sessionKey = sess.h(userHa1 + ":n:c");
        assertEquals(sess.kd(sessionKey, "n:00000001:c:auth:" + sess.h("REGISTER:sip:r")),
                sess.response(userHa1, "n", "00000001", "c", "auth", "REGISTER", "sip:r"));
        assertEquals(DigestAlgorithm.SHA_256, sess.base());
    }

    /** Known answers: MD5("") and SHA-256(""). */
    @Test
    void hIsLowercaseHex() {
        assertEquals("d41d8cd98f00b204e9800998ecf8427e", DigestAlgorithm.MD5.h(""));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DigestAlgorithm.SHA_256.h(""));
    }

    /** RFC 7616 §3.3: "If this is not present, it is assumed to be "MD5"." */
    @Test
    void tokens() {
        assertEquals(DigestAlgorithm.MD5, DigestAlgorithm.fromParameter(null));
        assertEquals(DigestAlgorithm.SHA_256_SESS, DigestAlgorithm.fromParameter("sha-256-SESS"));
        assertEquals("MD5-sess", DigestAlgorithm.MD5_SESS.token());
        assertNull(DigestAlgorithm.fromParameter("SHA-512-256"));
    }
}
