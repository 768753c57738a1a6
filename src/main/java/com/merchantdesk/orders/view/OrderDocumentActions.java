package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.documents.DocumentKind;
import com.merchantdesk.orders.documents.OrderDocument;
import com.merchantdesk.orders.documents.OrderDocumentFiles;
import com.merchantdesk.orders.documents.OrderDocuments;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.ui.controls.BackgroundRunner;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Window;

/**
 * The selected order's invoice and packing slip: open in the PDF viewer, save where the seller chooses, or print.
 * The PDF is made, saved and handed to the viewer off the FX thread; what happened goes to the status bar.
 */
final class OrderDocumentActions {

    private static final Logger LOG = Logger.getLogger(OrderDocumentActions.class.getName());

    /** What the seller wants done with the paper. */
    enum Use { OPEN, SAVE, PRINT }

    private final BackgroundRunner work;
    private final OrderDetailViewModel detail;
    private final SettingsStore settings;
    private final ZoneId zone;
    private final PdfSaveLocation saveLocation;
    private final DocumentViewer viewer;
    private final Supplier<Window> owner;
    private final OrderDocumentFiles files = new OrderDocumentFiles();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    OrderDocumentActions(BackgroundRunner work, OrderDetailViewModel detail, SettingsStore settings, ZoneId zone,
                         PdfSaveLocation saveLocation, DocumentViewer viewer, Supplier<Window> owner) {
        this.work = work;
        this.detail = detail;
        this.settings = settings;
        this.zone = zone;
        this.saveLocation = saveLocation;
        this.viewer = viewer;
        this.owner = owner;
    }

    /** A document is being made or handed over; a second click waits for it. */
    ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    static String kindName(DocumentKind kind) { return Messages.get("orders.documents." + kind.name()); }

    void perform(DocumentKind kind, Use use) {
        Order order = detail.orderProperty().get();
        if (order == null) {
            work.status().show(Messages.get("orders.view.selectFirst"));
            return;
        }
        if (busy.get()) {
            return;
        }
        Locale locale = Messages.locale();
        busy.set(true);
        // Settings are read off the FX thread; the save dialog needs the finished document's file name.
        work.run(() -> OrderDocuments.of(order, kind, settings.load(), locale, zone),
                document -> afterMaking(document, use, order.number(), locale),
                error -> failed(kind, order.number(), error));
    }

    private void afterMaking(OrderDocument document, Use use, String number, Locale locale) {
        DocumentKind kind = document.kind();
        Optional<Path> target = Optional.empty();
        if (use == Use.SAVE) {
            target = saveLocation.choose(owner.get(), Messages.get("orders.documents.chooseTarget." + kind.name()),
                    document.suggestedFileName());
            if (target.isEmpty()) {
                busy.set(false);
                return;
            }
        }
        Optional<Path> chosen = target;
        work.run(() -> switch (use) {
            case SAVE -> Messages.format(locale, "orders.documents.saved." + kind.name(), number,
                    files.save(document, chosen.orElseThrow()).toString());
            case OPEN -> viewer.open(files.saveForViewing(document)).message(locale);
            case PRINT -> viewer.print(files.saveForViewing(document)).message(locale);
        }, message -> {
            busy.set(false);
            work.status().show(message);
        }, error -> failed(kind, number, error));
    }

    private void failed(DocumentKind kind, String number, Throwable error) {
        busy.set(false);
        LOG.log(Level.WARNING, "Could not make the " + kind + " of order " + number, error);
        work.status().show(Messages.get("orders.documents.failed." + kind.name(), number, BackgroundRunner.describe(error)));
    }
}
