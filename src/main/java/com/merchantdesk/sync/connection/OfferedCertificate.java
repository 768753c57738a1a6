package com.merchantdesk.sync.connection;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate a server offers, read with a bare TLS handshake after the real client refused it, so the seller
 * can compare its fingerprint and trust it explicitly. The handshake trusts nothing: it only records the chain and
 * fails; no request (and no token) is ever sent over it.
 *
 * @param fingerprint SHA-256, as {@link CertificateFingerprint#of} gives it
 * @param subject     the certificate's subject, e.g. {@code CN=localhost}
 * @param selfSigned  whether it names itself as its issuer
 */
public record OfferedCertificate(String fingerprint, String subject, boolean selfSigned) {

    /** What {@code address} offers, or empty when no TLS handshake gets as far as a certificate. */
    static Optional<OfferedCertificate> read(PlatformAddress address, Duration timeout) {
        Recorder recorder = new Recorder();
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {recorder}, null);
            try (Socket plain = new Socket()) {
                plain.connect(new InetSocketAddress(address.host(), address.port()), (int) timeout.toMillis());
                plain.setSoTimeout((int) timeout.toMillis());
                try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, address.host(), address.port(), false)) {
                    if (!address.host().contains(":") && !address.host().matches("[0-9.]+")) {
                        SSLParameters parameters = tls.getSSLParameters();
                        parameters.setServerNames(List.of(new SNIHostName(address.host())));
                        tls.setSSLParameters(parameters);
                    }
                    tls.startHandshake();
                }
            }
        } catch (IOException | GeneralSecurityException | RuntimeException expected) {
            // The recorder refuses every certificate, so the handshake always ends here.
        }
        X509Certificate[] chain = recorder.chain;
        if (chain == null || chain.length == 0) {
            return Optional.empty();
        }
        X509Certificate leaf = chain[0];
        return Optional.of(new OfferedCertificate(CertificateFingerprint.of(leaf), leaf.getSubjectX500Principal().getName(),
                leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal())));
    }

    /** Records the chain and refuses it, so the handshake never completes. */
    private static final class Recorder implements X509TrustManager {
        private volatile X509Certificate[] chain;

        @Override
        public void checkServerTrusted(X509Certificate[] offered, String authType) throws java.security.cert.CertificateException {
            chain = offered.clone();
            throw new java.security.cert.CertificateException("recorded only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] offered, String authType) throws java.security.cert.CertificateException {
            throw new java.security.cert.CertificateException("the desk is never a TLS server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }
    }
}
