package com.merchantdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.ListingState;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.platform.ProductStatus;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.Outbox;
import com.merchantdesk.sync.apply.Conflicts;
import com.merchantdesk.sync.apply.PulledChanges;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code conflicts} and {@code resolve}, run as the lead will register them (here directly under the root). */
class SyncConflictCommandsTest {

    @TempDir Path dir;

    private CliRun run(String... args) {
        CommandLine cl = RootCommand.commandLine();
        cl.addSubcommand("conflicts", new SyncConflictsCommand());
        cl.addSubcommand("resolve", new SyncResolveCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        return new CliRun(cl.execute(all.toArray(String[]::new)), out.toString(), err.toString());
    }

    /** A product edited on both sides: its title is a conflict. */
    private Product conflictOnTitle() {
        try (AppContext app = AppContext.open(new DataDirectory(dir), Clock.systemUTC())) {
            Product p = app.catalog().save(new ProductInput(null, "Linen Tee", "", "Apparel", "active", List.of(),
                    List.of(new ProductInput.SkuInput(null, "TEE-1", List.of(), "", "19.90", "", "", "", "")), List.of(), null),
                    Currency.getInstance("USD"));
            app.database().write(c -> {
                for (List<Outbox.Entry> ready = Outbox.ready(c, 1); !ready.isEmpty(); ready = Outbox.ready(c, 1)) {
                    Outbox.markSending(c, ready.get(0).seq());
                    Outbox.acknowledge(c, ready.get(0).seq(), Instant.now());
                }
                return Conflicts.acknowledged(c, ChangeKind.PRODUCT, record(p, 1, p.title()));
            });
            app.catalog().save(new ProductInput(p.id(), "Linen Tee (desk)", "", "Apparel", "active", List.of(),
                    List.of(new ProductInput.SkuInput(p.skus().get(0).id(), "TEE-1", List.of(), "", "19.90", "", "", "", "")),
                    List.of(), p.createdAt()), Currency.getInstance("USD"));
            ObjectNode v2 = record(p, 2, "Linen Tee (platform)");
            app.database().write(c -> PulledChanges.standard().apply(c, new Change(ChangeKind.PRODUCT, p.id(), false,
                    Instant.now(), v2)));
            return p;
        }
    }

    private static ObjectNode record(Product p, long version, String title) {
        return PlatformJson.mapper().valueToTree(new com.merchantdesk.platform.Product(p.id(), title, p.description(),
                p.category(), ProductStatus.ACTIVE, p.optionNames(), ListingState.LISTED, version, p.createdAt(), p.updatedAt()));
    }

    @Test
    void conflictsListsEachWithItsIdAndBothValuesAndResolveSettlesIt() throws Exception {
        Product p = conflictOnTitle();
        String id = "product:" + p.id() + ":title";

        CliRun table = run("conflicts");
        assertThat(table.exit()).as(table.toString()).isZero();
        assertThat(table.out()).contains(id, "Linen Tee (desk)", "Linen Tee (platform)", "title", "1 conflict(s)");

        CliRun json = run("conflicts", "--json");
        JsonNode listed = Json.mapper().readTree(json.out());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(id);
        assertThat(listed.get(0).get("mine").asText()).isEqualTo("Linen Tee (desk)");
        assertThat(listed.get(0).get("theirs").asText()).isEqualTo("Linen Tee (platform)");
        assertThat(listed.get(0).get("base").asText()).isEqualTo("Linen Tee");

        CliRun unknown = run("resolve", "product:" + p.id() + ":category", "--keep-mine");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("No open conflict product:" + p.id() + ":category");

        CliRun none = run("resolve", id);
        assertThat(none.exit()).as("one of the three choices is required").isEqualTo(2);

        CliRun taken = run("resolve", id, "--take-theirs");
        assertThat(taken.exit()).as(taken.toString()).isZero();
        assertThat(taken.out()).contains("Took the platform's value of " + id);
        assertThat(run("conflicts").out()).contains("No conflicts.");
        try (AppContext app = AppContext.open(new DataDirectory(dir), Clock.systemUTC())) {
            assertThat(app.catalog().find(p.id()).orElseThrow().title()).isEqualTo("Linen Tee (platform)");
        }
    }

    @Test
    void resolveWithAValueSetsItAndQueuesItsPatch() {
        Product p = conflictOnTitle();
        String id = "product:" + p.id() + ":title";

        CliRun refused = run("resolve", id, "--value", " ");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("value: This field is required.");

        CliRun edited = run("resolve", id, "--value", "Linen Tee (agreed)");
        assertThat(edited.exit()).as(edited.toString()).isZero();
        assertThat(edited.out()).contains("it is queued for the platform");
        try (AppContext app = AppContext.open(new DataDirectory(dir), Clock.systemUTC())) {
            assertThat(app.catalog().find(p.id()).orElseThrow().title()).isEqualTo("Linen Tee (agreed)");
            List<Outbox.Entry> pending = app.database().read(c -> Outbox.pending(c, 10));
            assertThat(pending).extracting(Outbox.Entry::payload)
                    .containsExactly("{\"base_version\":2,\"changes\":{\"title\":\"Linen Tee (agreed)\"}}");
        }
    }
}
