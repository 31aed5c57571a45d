package io.sipspec.transport;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.SelfSignedCertificate;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

/**
 * TLS contexts for the tests, made from a self-signed certificate generated at test time (nothing is kept on disk:
 * the temporary files Netty writes are deleted at once).
 */
final class TestTls {

    final SslContext server;
    final SslContext client;

    TestTls() throws CertificateException, SSLException {
        SelfSignedCertificate cert = new SelfSignedCertificate("localhost");
        try {
            server = SslContextBuilder.forServer(cert.key(), cert.cert()).build();
            // The peer is reached by IP literal; trust is pinned to the generated certificate instead of a host name.
            client = SslContextBuilder.forClient().trustManager(cert.cert()).endpointIdentificationAlgorithm(null).build();
        } finally {
            cert.delete();
        }
    }
}
