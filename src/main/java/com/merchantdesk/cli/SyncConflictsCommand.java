package com.merchantdesk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.merchantdesk.AppContext;
import com.merchantdesk.cli.TextTable.Column;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.sync.apply.ConflictValues;
import com.merchantdesk.sync.apply.ConflictView;
import com.merchantdesk.sync.apply.Conflicts;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code conflicts}: the fields the seller and the platform both changed since they last agreed, with both values,
 * as a table or as JSON. Each line's ID is what {@code resolve} takes. (Registered under {@code sync} by the root
 * command's list.)
 */
@Command(name = "conflicts", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists the conflicts: fields of products, SKUs and customers changed both here and on the platform.",
                "Settle each with 'resolve ID --keep-mine|--take-theirs|--value V'."})
final class SyncConflictsCommand extends DataCommand {

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    /** One conflict as --json prints it: the values as JSON (text, list, money in minor units, address list, or null). */
    record ListedConflict(String id, String entityType, String entityId, String record, String field, JsonNode mine,
                          JsonNode theirs, JsonNode base, long platformVersion, Instant foundAt) {
        static ListedConflict of(ConflictView v) {
            return new ListedConflict(v.id(), v.entityType(), v.entityId(), v.recordName(), v.field(), node(v.deskValue()),
                    node(v.platformValue()), node(v.baseValue()), v.platformVersion(), v.foundAt());
        }

        private static JsonNode node(String json) {
            try {
                return json == null ? null : PlatformJson.mapper().readTree(json);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("A kept conflict value is not JSON: " + json, e);
            }
        }
    }

    @Override
    public Integer call() {
        List<ConflictView> conflicts;
        try (AppContext app = openApp()) {
            conflicts = new Conflicts(app.database(), app.clock()).list();
        }
        if (json) {
            JsonOut.print(out(), conflicts.stream().map(ListedConflict::of).toList());
            return 0;
        }
        PrintWriter out = out();
        if (conflicts.isEmpty()) {
            out.println(Messages.get("cli.sync.conflicts.none"));
            out.flush();
            return 0;
        }
        TextTable table = new TextTable(List.of(new Column(header("id"), false, 64), new Column(header("record"), false, 40),
                new Column(header("field"), false, 18), new Column(header("mine"), false, 30),
                new Column(header("theirs"), false, 30), new Column(header("base"), false, 30)));
        for (ConflictView v : conflicts) {
            table.add(v.id(), v.recordName(), v.field(), shown(v.deskValue()), shown(v.platformValue()), shown(v.baseValue()));
        }
        table.lines().forEach(out::println);
        out.println(Messages.get("cli.sync.conflicts.count", conflicts.size()));
        out.flush();
        return 0;
    }

    private static String shown(String valueJson) {
        String text = ConflictValues.shown(valueJson, Messages.locale());
        return text.isEmpty() ? "\u2014" : text;
    }

    private static String header(String key) { return Messages.get("cli.sync.conflicts.column." + key); }
}
