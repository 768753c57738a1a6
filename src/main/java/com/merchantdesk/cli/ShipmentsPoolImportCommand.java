package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.shipping.pool.PoolFile;
import com.merchantdesk.shipping.pool.PoolImportResult;
import com.merchantdesk.shipping.pool.WaybillPool;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shipments pool import}: numbers from a file or a range; all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds tracking numbers to the carrier's waybill pool: from a file (one a line, or a CSV whose first",
                "column is the number) or a range FROM-TO. Every number must match the carrier's pattern and check digit",
                "and be new; one bad number refuses the whole import and names its line."})
final class ShipmentsPoolImportCommand extends DataCommand {

    @Option(names = "--carrier", required = true, paramLabel = "CODE", description = "The carrier's code, e.g. HANA.")
    String carrier;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE", description = "A file of numbers.")
        Path file;

        @Option(names = "--range", paramLabel = "FROM-TO", description = "The first and last number of a block, e.g. 300000000016-300000000100.")
        String range;
    }

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            WaybillPool pool = new WaybillPool(app.database(), app.clock());
            PoolImportResult result;
            try {
                if (source.range != null) {
                    String[] ends = source.range.strip().split("\\s*-\\s*(?=[^-]*$)");
                    if (ends.length != 2 || ends[0].isBlank() || ends[1].isBlank()) {
                        throw invalid("--range", "shipping.pool.rangeFormat");
                    }
                    result = pool.addRange(carrier, ends[0], ends[1]);
                } else {
                    result = pool.add(carrier, PoolFile.read(source.file));
                }
            } catch (ValidationException e) {
                throw FulfilmentArgs.renamed(e, Map.of("carrier", "--carrier", "range", "--range",
                        "file", String.valueOf(source.file), "FILE", String.valueOf(source.file)));
            }
            out().println(Messages.get("cli.shipments.poolImported", result.added(), result.pool().carrierName(),
                    result.pool().free()));
            out().flush();
            FulfilmentArgs.warnLow(spec.commandLine().getErr(), List.of(result.pool()));
            return 0;
        }
    }
}
