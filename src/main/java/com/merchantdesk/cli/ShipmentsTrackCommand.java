package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.shipping.TrackingEvent;
import com.merchantdesk.shipping.TrackingEventDraft;
import com.merchantdesk.shipping.TrackingStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shipments track}: a tracking event entered by hand. */
@Command(name = "track", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds a tracking event to a shipment (for parcels the platform does not report).",
                "A delivered event closes the promise; once every parcel of a shipped order is delivered, so is the order."})
final class ShipmentsTrackCommand extends DataCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The shipment's id.")
    String id;

    @Option(names = "--event", required = true, paramLabel = "STATUS", description = "${COMPLETION-CANDIDATES}")
    TrackingStatus event;

    @Option(names = "--at", required = true, paramLabel = "TIME",
            description = "When, ISO-8601 with its offset, e.g. 2026-12-04T14:30+09:00.")
    String at;

    @Option(names = "--place", paramLabel = "PLACE", description = "Where (optional).")
    String place;

    @Option(names = "--note", paramLabel = "TEXT", description = "What happened, in words (optional).")
    String note;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            TrackingEvent e;
            try {
                e = app.shipping().addEvent(id, new TrackingEventDraft(event, at, place, note), ShipmentsCommand.ACTOR);
            } catch (ValidationException failure) {
                throw new ValidationException(failure.errors().stream().map(err -> new FieldError(switch (err.field()) {
                    case "at" -> "--at";
                    case "place" -> "--place";
                    case "description" -> "--note";
                    case "status" -> "--event";
                    case "id" -> "ID";
                    default -> err.field();
                }, err.messageKey(), err.args())).toList());
            }
            out().println(Messages.get("cli.shipments.tracked", Messages.get(e.status().messageKey()),
                    ShipmentText.time(e.at(), app.shipping().policy().shopZone()), id));
            out().flush();
            return 0;
        }
    }

}
