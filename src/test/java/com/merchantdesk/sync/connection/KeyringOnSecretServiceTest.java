package com.merchantdesk.sync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.merchantdesk.Main;
import com.merchantdesk.testsupport.ChildProcess;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token store on a real Secret Service, as a Linux desktop has it: a private session bus and an unlocked
 * GNOME Keyring of the test's own (its own home), and the desk's real command line in child JVMs on that bus. The
 * token set with {@code platform token set} lands in the keyring (asked with {@code secret-tool}), a second JVM reads
 * it back, and it is in no file of the data folder, the configuration folder or the keyring's own folder in plain
 * text, nor as the encrypted file; {@code platform token forget} removes it. A locked keyring is refused in words at
 * once (java-keyring alone would wait minutes on an unlock prompt no one can see). Skipped, saying why, where the
 * tools are missing; {@code .ci/run} installs them.
 */
class KeyringOnSecretServiceTest {

    private static final String TOKEN = "keyring-token-Zq7x-0123456789abcdef";
    private static final List<String> TOOLS = List.of("dbus-daemon", "dbus-send", "gnome-keyring-daemon", "secret-tool");

    @TempDir Path temp;
    private final Map<String, String> environment = new HashMap<>();
    private final List<ChildProcess> children = new ArrayList<>();
    private Path data;
    private Path config;
    private Path home;
    private int outputs;

    @BeforeEach
    void privateSessionWithAnUnlockedKeyring() throws Exception {
        List<String> missing = TOOLS.stream().filter(tool -> !onPath(tool)).toList();
        assumeTrue(missing.isEmpty(), () -> "No " + String.join(", ", missing) + " on PATH, so no Secret Service to test"
                + " the keyring on (apt-get install dbus gnome-keyring libsecret-tools; .ci/run installs them)");
        home = Files.createDirectories(temp.resolve("home"));
        Path runtime = Files.createDirectories(temp.resolve("run"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        data = temp.resolve("data").toAbsolutePath();
        config = temp.resolve("config").toAbsolutePath();
        environment.put("HOME", home.toString());
        environment.put("XDG_RUNTIME_DIR", runtime.toString());
        environment.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
        environment.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        environment.put("XDG_CACHE_HOME", home.resolve(".cache").toString());

        ChildProcess bus = start(List.of("dbus-daemon", "--session", "--nofork", "--print-address=1"), null);
        String address = bus.awaitLines("the session bus says its address", lines -> !lines.isEmpty()).get(0).strip();
        environment.put("DBUS_SESSION_BUS_ADDRESS", address);
        // --daemonize: the first process ends once the daemon is up and has unlocked its login keyring.
        ChildProcess keyring = start(List.of("gnome-keyring-daemon", "--unlock", "--components=secrets", "--daemonize"),
                "the keyring's own password");
        ChildProcess.Finished started = keyring.awaitExit();
        assertThat(started.exitCode()).as("gnome-keyring-daemon started: " + started.output()).isZero();
    }

    @AfterEach
    void endSession() throws Exception {
        // Children in reverse: the bus last. The keyring daemon ends with its bus.
        for (int i = children.size() - 1; i >= 0; i--) {
            children.get(i).close();
        }
    }

    @Test
    void theTokenLivesInTheKeyringOnlyIsReadByAnotherProcessAndIsForgotten() throws Exception {
        assertThat(desk(null, "platform", "set", "--address", "http://127.0.0.1:9")).contains("127.0.0.1:9");
        String stored = desk(TOKEN, "platform", "token", "set");
        assertThat(stored).as("the desk chose the keyring, not the encrypted file")
                .contains("A token is stored (in the system keyring).");

        assertThat(reader("read")).as("a second JVM reads the token from the keyring").contains("kind KEYRING", "token " + TOKEN);
        assertThat(desk(null, "platform", "show")).contains("A token is stored (in the system keyring).");
        assertThat(run(List.of("secret-tool", "lookup", "service", KeyringTokenStore.SERVICE, "account", data.toString()), null))
                .as("the keyring holds it under the data folder's path").isEqualTo(TOKEN);

        assertThat(Files.exists(data.resolve("settings.json"))).as("the data folder was used").isTrue();
        assertThat(filesHolding(data)).as("no file of the data folder holds the token").isEmpty();
        assertThat(filesHolding(config)).as("nor of the configuration folder").isEmpty();
        assertThat(filesHolding(home)).as("nor the keyring's own files, in plain text").isEmpty();
        assertThat(filesNamed(EncryptedFileTokenStore.KEY_FILE)).as("no key of the encrypted-file store").isEmpty();
        assertThat(filesNamed("platform-token.enc")).as("no encrypted token file").isEmpty();

        assertThat(desk(null, "platform", "token", "forget")).isNotNull();
        assertThat(reader("read")).as("forgotten").contains("kind KEYRING", "no token");
        assertThat(run(List.of("secret-tool", "lookup", "service", KeyringTokenStore.SERVICE, "account", data.toString()), null))
                .as("nothing left in the keyring").isEmpty();
    }

    @Test
    void aLockedKeyringIsRefusedInWordsAtOnceAndTheTokenGoesNowhereElse() throws Exception {
        run(List.of("dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.secrets", "/org/freedesktop/secrets",
                "org.freedesktop.Secret.Service.Lock", "array:objpath:/org/freedesktop/secrets/collection/login"), null);

        ChildProcess.Finished refused = deskFinished(TOKEN, "platform", "token", "set");
        assertThat(refused.exitCode()).as(refused.output()).isNotZero();
        assertThat(refused.output()).contains("The system keyring is locked");
        assertThat(reader("read")).as("the reader is refused too, without waiting on a prompt")
                .contains("kind KEYRING", "refused The system keyring is locked");
        assertThat(filesNamed("platform-token.enc")).as("no quiet move to the encrypted file").isEmpty();
        assertThat(filesHolding(temp)).as("the token is nowhere in plain text").isEmpty();
    }

    /** Runs the desk's command line on the data folder in a child JVM on the private bus; returns its output. */
    private String desk(String input, String... args) throws Exception {
        ChildProcess.Finished finished = deskFinished(input, args);
        assertThat(finished.exitCode()).as(String.join(" ", args) + ": " + finished.output()).isZero();
        return finished.output();
    }

    private ChildProcess.Finished deskFinished(String input, String... args) throws Exception {
        List<String> command = new ArrayList<>(java(Main.class));
        command.addAll(List.of("--data-dir", data.toString()));
        command.addAll(List.of(args));
        return start(command, input).awaitExit();
    }

    /** What {@link TokenStores} reads for the data folder in another JVM. */
    private String reader(String what) throws Exception {
        List<String> command = new ArrayList<>(java(KeyringTokenReader.class));
        command.addAll(List.of(what, data.toString()));
        ChildProcess.Finished finished = start(command, null).awaitExit();
        assertThat(finished.exitCode()).as(finished.output()).isZero();
        return finished.output();
    }

    private List<String> java(Class<?> main) {
        return List.of(ChildProcess.java(), "-Duser.language=en", "-Duser.country=US", "-XX:TieredStopAtLevel=1",
                "-D" + KeyFolder.PROPERTY + "=" + config, "-cp", System.getProperty("java.class.path") + File.pathSeparator
                        + ChildProcess.location(KeyringOnSecretServiceTest.class), main.getName());
    }

    private String run(List<String> command, String input) throws Exception {
        ChildProcess.Finished finished = start(command, input).awaitExit();
        return finished.output().strip();
    }

    private ChildProcess start(List<String> command, String input) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().remove(TokenSource.ENVIRONMENT);
        if (!command.get(0).equals(ChildProcess.java())) {
            // The tools' output is an answer (secret-tool lookup prints the secret alone); their warnings go aside.
            builder.redirectError(temp.resolve("child-" + outputs + ".err").toFile());
        }
        ChildProcess child = ChildProcess.start(builder, temp.resolve("child-" + outputs++ + ".out"), input != null);
        children.add(child);
        if (input != null) {
            try (OutputStream in = child.process().getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        return child;
    }

    private List<Path> filesHolding(Path folder) throws IOException {
        byte[] token = TOKEN.getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("child-")) // the reader's own output
                    .filter(f -> contains(read(f), token)).toList();
        }
    }

    private List<Path> filesNamed(String name) throws IOException {
        try (Stream<Path> files = Files.walk(temp)) {
            return files.filter(f -> f.getFileName().toString().equals(name)).toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0]; // a socket or a file gone meanwhile: nothing stored in it
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }
}
