package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sales.BusinessDays;
import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sales basis}: shows or changes the business day the figures are counted in (counts them again). */
@Command(name = "basis", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows the shop's business day (time zone, the hour a day starts); with --zone or",
                "--day-start changes it and counts every order again."})
final class SalesBasisCommand extends DataCommand {

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone, e.g. Asia/Seoul or Europe/London.")
    String zone;

    @Option(names = "--day-start", paramLabel = "HOUR", description = "The hour (0 to 23) a business day starts.")
    Integer dayStart;

    @Override
    public Integer call() {
        ZoneId newZone = null;
        if (zone != null) {
            try {
                newZone = ZoneId.of(zone.strip());
            } catch (DateTimeException e) {
                throw invalid("--zone", "sales.basis.unknownZone", zone);
            }
        }
        if (dayStart != null && (dayStart < 0 || dayStart > 23)) {
            throw invalid("--day-start", "cli.validation.between", 0, 23);
        }
        try (AppContext app = openApp()) {
            BusinessDays now = app.sales().businessDays();
            BusinessDays wanted = new BusinessDays(newZone == null ? now.zone() : newZone,
                    dayStart == null ? now.dayStartHour() : dayStart);
            if (!wanted.equals(now) || !app.sales().built()) {
                app.sales().rebuild(wanted, SalesOutput.progress(spec.commandLine().getErr()));
            }
            out().println(Messages.get("cli.sales.basisNow", wanted.zone().getId(), wanted.dayStartHour()));
            out().flush();
        }
        return 0;
    }
}
