package io.sipspec.transport;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Date;
import javax.net.ssl.SSLException;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * TLS contexts for the tests, from a self-signed EC certificate made in memory at test time (BouncyCastle's
 * certificate builder over the JDK's own key and signature providers): no key is ever written to disk or committed.
 */
final class TestTls {

    final SslContext server;
    final SslContext client;

    TestTls() throws GeneralSecurityException, OperatorCreationException, SSLException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=localhost");
        long now = System.currentTimeMillis();
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                BigInteger.valueOf(now), new Date(now - 86_400_000L), new Date(now + 86_400_000L), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
        server = SslContextBuilder.forServer(keys.getPrivate(), cert).build();
        // The peer is reached by IP literal: trust is pinned to this certificate instead of checking a host name.
        client = SslContextBuilder.forClient().trustManager(cert).endpointIdentificationAlgorithm(null).build();
    }
}
