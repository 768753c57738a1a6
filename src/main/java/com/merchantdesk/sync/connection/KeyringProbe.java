package com.merchantdesk.sync.connection;

import com.github.javakeyring.Keyring;
import java.util.Arrays;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.interfaces.DBus;

/**
 * Whether the OS keyring answers here, asked once per process. On Linux java-keyring needs a Secret Service on the
 * session bus; without a bus it fails fast, but on a bus with no Secret Service it leaves D-Bus sender threads
 * running that keep the JVM from ending (seen with dbus-java 4.2.1), so the bus is asked first, on a connection
 * this class closes. The system property {@value #PROPERTY}{@code =off} skips the keyring (tests, and sellers who
 * prefer the encrypted file).
 */
final class KeyringProbe {

    static final String PROPERTY = "merchantdesk.keyring";
    private static final Logger LOG = Logger.getLogger(KeyringProbe.class.getName());
    private static final String SECRET_SERVICE = "org.freedesktop.secrets";
    private static volatile Boolean answer;
    /**
     * dbus-java and secret-service log each connection and prompt at INFO ("Using transport ..."): on the command
     * line that is a line on stderr for every keyring access. Held here, as the log manager keeps loggers weakly.
     */
    private static final java.util.List<Logger> CHATTY_LIBRARIES = java.util.List.of(
            Logger.getLogger("org.freedesktop.dbus"), Logger.getLogger("org.freedesktop.secret"));

    private KeyringProbe() {}

    static boolean available() {
        if ("off".equalsIgnoreCase(System.getProperty(PROPERTY, ""))) {
            return false;
        }
        Boolean known = answer;
        if (known == null) {
            known = probe();
            answer = known;
        }
        return known;
    }

    private static boolean probe() {
        CHATTY_LIBRARIES.forEach(logger -> logger.setLevel(Level.WARNING));
        try {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (os.contains("linux")) {
                if (!secretServiceOnSessionBus()) {
                    return false;
                }
                // A Secret Service is the store even while its default collection is locked or missing: the token
                // must not move to the file unnoticed (and back the next time). java-keyring would wait on a prompt
                // here; KeyringTokenStore says what to do instead.
                DefaultCollection.State state = DefaultCollection.state();
                if (state == DefaultCollection.State.LOCKED || state == DefaultCollection.State.MISSING) {
                    LOG.fine(() -> "OS keyring: Secret Service, default collection " + state);
                    return true;
                }
            }
            try (Keyring keyring = Keyring.create()) {
                LOG.fine(() -> "OS keyring: " + keyring.getKeyringStorageType());
                return true;
            }
        } catch (Exception | LinkageError e) {
            LOG.log(Level.FINE, "No OS keyring; the token is kept encrypted instead", e);
            return false;
        }
    }

    private static boolean secretServiceOnSessionBus() {
        String bus = System.getenv("DBUS_SESSION_BUS_ADDRESS");
        if (bus == null || bus.isBlank()) {
            return false;
        }
        try (DBusConnection connection = DBusConnectionBuilder.forSessionBus().withShared(false).build()) {
            DBus daemon = connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
            return daemon.NameHasOwner(SECRET_SERVICE) || Arrays.asList(daemon.ListActivatableNames()).contains(SECRET_SERVICE);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.FINE, "The session bus did not answer", e);
            return false;
        }
    }
}
