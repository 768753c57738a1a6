package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.shipping.pool.PoolStatus;
import com.merchantdesk.shipping.pool.WaybillPool;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shipments pool status}: free, used and void numbers per carrier, and which pools run low. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Lists each carrier's waybill pool: numbers free, used and void (with the void numbers), and a warning when few are free.")
final class ShipmentsPoolStatusCommand extends DataCommand {

    @Option(names = "--json", description = "Print the pools as JSON.")
    boolean json;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            List<PoolStatus> pools = new WaybillPool(app.database(), app.clock()).status();
            if (json) {
                JsonOut.print(out(), pools);
                return 0;
            }
            TextTable table = new TextTable(List.of(new TextTable.Column(Messages.get("cli.shipments.pool.carrier"), false, 30),
                    new TextTable.Column(Messages.get("cli.shipments.pool.free"), true, 12),
                    new TextTable.Column(Messages.get("cli.shipments.pool.used"), true, 12),
                    new TextTable.Column(Messages.get("cli.shipments.pool.void"), true, 12),
                    new TextTable.Column("", false, 40)));
            for (PoolStatus p : pools) {
                table.add(p.carrierCode() + " " + p.carrierName(), Long.toString(p.free()), Long.toString(p.used()),
                        Long.toString(p.voided()), p.empty() ? Messages.get("cli.shipments.pool.none")
                                : p.low() ? Messages.get("cli.shipments.pool.low", WaybillPool.LOW_POOL) : "");
            }
            table.lines().forEach(out()::println);
            for (PoolStatus p : pools) {
                if (!p.voids().isEmpty()) {
                    out().println(Messages.get("cli.shipments.pool.voids", p.carrierCode(), String.join(", ", p.voids())));
                }
            }
            out().flush();
            return 0;
        }
    }
}
