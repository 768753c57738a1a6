package com.merchantdesk.cli;

import picocli.CommandLine.Option;

/** The page and output options the list commands share: {@code --limit}, {@code --offset} and {@code --json}. */
final class PageOptions {

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Rows per page, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Rows to skip (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--json", description = "Print one JSON array of rows instead of a table.")
    boolean json;

    /** Refuses a limit outside 1..{@code maxLimit} or a negative offset, naming the option (exit code 2). */
    void check(int maxLimit) {
        if (limit < 1 || limit > maxLimit) {
            throw DataCommand.invalid("--limit", "cli.validation.between", 1, maxLimit);
        }
        if (offset < 0) {
            throw DataCommand.invalid("--offset", "validation.notNegative");
        }
    }
}
