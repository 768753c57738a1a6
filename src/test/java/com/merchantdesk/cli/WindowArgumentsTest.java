package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.store.DataDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's own arguments are read without picocli; everything else is left to picocli. */
class WindowArgumentsTest {

    private static java.util.Optional<WindowArguments> parse(String... args) { return WindowArguments.parse(args); }

    @Test
    void windowArgumentsAreRecognised() {
        assertThat(parse()).contains(new WindowArguments(null, false));
        assertThat(parse("--data-dir", "/srv/shop")).contains(new WindowArguments(Path.of("/srv/shop"), false));
        assertThat(parse("--data-dir=/srv/shop", "--demo")).contains(new WindowArguments(Path.of("/srv/shop"), true));
        assertThat(parse("--demo", "--data-dir", "shop")).contains(new WindowArguments(Path.of("shop"), true));
    }

    @Test
    void anythingElseGoesToPicocli() {
        assertThat(parse("products", "list")).isEmpty();
        assertThat(parse("--data-dir", "/srv/shop", "products", "list")).isEmpty();
        assertThat(parse("--help")).isEmpty();
        assertThat(parse("-V")).isEmpty();
        assertThat(parse("--data-dir")).as("missing value: picocli explains").isEmpty();
        assertThat(parse("--data-dir", "--demo")).isEmpty();
        assertThat(parse("--data-dir=")).isEmpty();
        assertThat(parse("--data-dir", "a", "--data-dir", "b")).isEmpty();
        assertThat(parse("--demo", "--demo")).isEmpty();
        assertThat(parse("--dmeo")).isEmpty();
        assertThat(parse("--data-dir", "bad\u0000path")).isEmpty();
    }

    @Test
    void theDemoNeverOpensTheSellersDefaultFolder(@TempDir Path temp) {
        Path sellers = temp.resolve("share").resolve("merchant-desk");
        DataDirectory demo = parse("--demo").orElseThrow().folder(() -> new DataDirectory(sellers));

        assertThat(demo.root()).isEqualTo(temp.resolve("share").resolve("merchant-desk-demo"));
        assertThat(demo.root().startsWith(sellers)).as("not inside the seller's folder either").isFalse();
        assertThat(sellers).as("choosing the folder touches nothing").doesNotExist();
        assertThat(parse().orElseThrow().folder(() -> new DataDirectory(sellers)).root()).as("without --demo").isEqualTo(sellers);
        assertThat(parse("--data-dir", temp.resolve("mine").toString(), "--demo").orElseThrow()
                .folder(() -> new DataDirectory(sellers)).root()).as("a folder chosen for the demo").isEqualTo(temp.resolve("mine"));
        assertThat(new DataDirectory(Path.of("/Users/kim/Library/Application Support/Merchant Desk")).demoBeside().root())
                .isEqualTo(Path.of("/Users/kim/Library/Application Support/Merchant Desk Demo"));
        assertThat(Files.exists(sellers)).isFalse();
    }

    @Test
    void picocliStillExplainsWhatTheWindowDoesNotTake() {
        CliRun run = CliRun.run("--data-dir");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--data-dir");
    }
}
