package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.shipping.pool.PoolStatus;
import com.merchantdesk.shipping.pool.WaybillPool;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shipments pool void}: a spoilt or lost label's number is never handed out again. */
@Command(name = "void", mixinStandardHelpOptions = true,
        description = "Marks a pool number void (a spoilt or lost label): it is never handed out and is listed as void.")
final class ShipmentsPoolVoidCommand extends DataCommand {

    @Option(names = "--carrier", required = true, paramLabel = "CODE", description = "The carrier's code, e.g. HANA.")
    String carrier;

    @Parameters(paramLabel = "NUMBER", description = "The tracking number to void.")
    String number;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            PoolStatus pool;
            try {
                pool = new WaybillPool(app.database(), app.clock()).voidNumber(carrier, number);
            } catch (ValidationException e) {
                throw FulfilmentArgs.renamed(e, Map.of("carrier", "--carrier", "number", "NUMBER"));
            }
            out().println(Messages.get("cli.shipments.poolVoided", number.strip(), pool.carrierName(), pool.free()));
            out().flush();
            return 0;
        }
    }
}
