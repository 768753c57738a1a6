package com.merchantdesk.sync.connection;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A platform address the desk may talk to: {@code https://} anywhere (with the certificate checked), {@code http://}
 * only on this machine's loopback (127.0.0.0/8, ::1, localhost), where nothing crosses a network. The host is
 * judged as written, never by a DNS lookup: a name that happens to resolve to 127.0.0.1 is not loopback here.
 *
 * @param uri      the address normalised: scheme and host in lower case, no trailing slash
 * @param loopback whether the host is this machine
 */
public record PlatformAddress(URI uri, boolean loopback) {

    public static final String FIELD = "address";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** The address in {@code text}, or a {@link ValidationException} on {@link #FIELD} saying what is wrong. */
    public static PlatformAddress parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw refused("platform.address.required");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw refused("platform.address.invalid", trimmed);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refused("platform.address.scheme", trimmed);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank() || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw refused("platform.address.invalid", trimmed);
        }
        host = host.toLowerCase(Locale.ROOT);
        boolean loopback = isLoopback(host);
        if (scheme.equals("http") && !loopback) {
            throw refused("platform.address.httpsRequired", host);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new PlatformAddress(URI.create(scheme + "://" + host + port + path), loopback);
    }

    public boolean isHttps() { return uri.getScheme().equals("https"); }

    /** The normalised address as text: the key its trusted certificate is kept under. */
    public String key() { return uri.toString(); }

    public String host() {
        String host = uri.getHost();
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    public int port() {
        return uri.getPort() >= 0 ? uri.getPort() : isHttps() ? 443 : 80;
    }

    @Override
    public String toString() { return key(); }

    /** {@code localhost}, an IPv4 literal in 127.0.0.0/8 or the IPv6 literal ::1, in any spelling. */
    static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : null;
        if (literal == null && !IPV4.matcher(host).matches()) {
            return false; // a name: judged as written, no DNS lookup
        }
        String ip = literal == null ? host : literal;
        if (literal == null) {
            for (String part : ip.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
        }
        try {
            // A literal address: InetAddress parses it without asking DNS.
            return InetAddress.getByName(ip).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static ValidationException refused(String key, Object... args) {
        return new ValidationException(FieldError.of(FIELD, key, args));
    }
}
