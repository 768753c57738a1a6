package com.merchantdesk.cli;

import com.merchantdesk.store.Migrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.store.Database;
import com.merchantdesk.store.SchemaVersions;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --convert}: a file it cannot convert is refused with exit code 2 before anything runs. */
@ExtendWith(EnglishMessages.class)
class BenchConvertCommandTest {

    @TempDir Path temp;

    @Test
    void convertsAnOlderFileAlone() {
        Path v1 = temp.resolve("v1.db");
        SchemaVersions.openAt(v1, 1).close();

        CliRun run = CliRun.run("bench", "--convert", v1.toString(), "--skip-catalogue", "--skip-sandbox");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Conversion: a copy of " + v1, "schema version 1 -> " + new Migrator().latestVersion(), "WAL after converting")
                .doesNotContain("Search:");
        assertThat(run.err()).contains("Converting: copying").doesNotContain("Generating");
    }

    @Test
    void aCurrentFileIsRefused() {
        Path current = temp.resolve("current.db");
        Database.open(current).close();

        CliRun run = CliRun.run("bench", "--convert", current.toString(), "--skip-catalogue");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--convert", current + " already has this version's schema (database version " + new Migrator().latestVersion() + ")");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFileThatIsNotAMerchantDeskDatabaseIsRefused() throws Exception {
        Path text = Files.writeString(temp.resolve("list.txt"), "apples, pears, plums and a few more words to fill a page");

        CliRun run = CliRun.run("bench", "--convert", text.toString(), "--skip-catalogue");

        assertThat(run.exit()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("--convert", text + " is not a Merchant Desk database");
        assertThat(text).hasContent("apples, pears, plums and a few more words to fill a page");

        CliRun missing = CliRun.run("bench", "--convert", temp.resolve("absent.db").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist or is not a file");
    }
}
