package com.merchantdesk.sync.connection;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts the one certificate the seller chose for one address (by its SHA-256 fingerprint), and every other
 * certificate only as the JDK would (its CA list, the host name checked). The pinned certificate is accepted
 * whatever names it carries: the seller compared its fingerprint, which is stronger than a name (a sandbox's
 * self-signed certificate often says {@code localhost} while the address says {@code 127.0.0.1}). Used only in
 * the client made for that address, so the trust never reaches another address.
 */
final class PinnedCertificateTrust extends X509ExtendedTrustManager {

    private final String fingerprint;
    private final X509ExtendedTrustManager system;

    private PinnedCertificateTrust(String fingerprint, X509ExtendedTrustManager system) {
        this.fingerprint = fingerprint;
        this.system = system;
    }

    /** A TLS context whose only trust is the pinned certificate and the JDK's own. */
    static SSLContext context(String fingerprint) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new PinnedCertificateTrust(fingerprint, systemTrust())}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up TLS: " + e.getMessage(), e);
        }
    }

    static X509ExtendedTrustManager systemTrust() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                return extended;
            }
        }
        throw new IllegalStateException("The JDK offers no X.509 trust manager");
    }

    private boolean pinned(X509Certificate[] chain) {
        return chain != null && chain.length > 0 && CertificateFingerprint.of(chain[0]).equals(fingerprint);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        if (!pinned(chain)) {
            system.checkServerTrusted(chain, authType, engine);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        if (!pinned(chain)) {
            system.checkServerTrusted(chain, authType, socket);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (!pinned(chain)) {
            system.checkServerTrusted(chain, authType);
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("The desk is never a TLS server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("The desk is never a TLS server");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("The desk is never a TLS server");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() { return system.getAcceptedIssuers(); }
}
