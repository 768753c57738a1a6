package com.merchantdesk.cli;

import com.merchantdesk.kernel.csv.SpreadsheetSafeText;
import com.merchantdesk.sales.RebuildProgress;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** What the sales commands share: one output form of --json and --csv, CSV lines, and the rebuild's progress. */
final class SalesOutput {

    private SalesOutput() {}

    /** Refuses both forms at once, naming the option. */
    static void checkForm(boolean json, boolean csv) {
        if (json && csv) {
            throw DataCommand.invalid("--csv", "cli.sales.jsonOrCsv");
        }
    }

    /** One CSV line: cells quoted where needed, text kept from running as a spreadsheet formula. */
    static void csv(PrintWriter out, List<String> cells) {
        out.println(cells.stream().map(SalesOutput::cell).collect(Collectors.joining(",")));
    }

    private static String cell(String text) {
        String safe = SpreadsheetSafeText.escape(text == null ? "" : text);
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /** Progress of a first or new count of the summaries, on stderr (stdout stays the report). */
    static RebuildProgress progress(PrintWriter err) {
        return new RebuildProgress() {
            private long shown = -1;

            @Override
            public void counted(long done, long total) {
                long percent = total == 0 ? 100 : done * 100 / total;
                if (percent / 10 != shown) {
                    shown = percent / 10;
                    err.println(com.merchantdesk.i18n.Messages.get("cli.sales.counting", percent));
                    err.flush();
                }
            }
        };
    }
}
