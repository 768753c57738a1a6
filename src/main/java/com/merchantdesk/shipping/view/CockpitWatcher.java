package com.merchantdesk.shipping.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.shipping.ShippingService;
import com.merchantdesk.shipping.ToShipCounts;
import com.merchantdesk.shipping.ToShipQuery;
import com.merchantdesk.shipping.ToShipRow;
import com.merchantdesk.ui.controls.StatusBarModel;
import com.merchantdesk.ui.shell.ScreenContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Keeps "N late" and "N at risk" in the status bar while the window is open (clicking one opens the cockpit with
 * that filter), and shows a notification when an order becomes at risk. Counts are read in the background a few
 * seconds after the window opens (not on the way to its first frame), then every {@link #PERIOD}, and after
 * {@link #refreshNow()}.
 */
public final class CockpitWatcher implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CockpitWatcher.class.getName());
    static final Duration FIRST = Duration.seconds(3);
    static final Duration PERIOD = Duration.seconds(30);
    /** At most this many newly at-risk orders are named one by one; more are counted. */
    private static final int NAMED = 20;

    private final ShippingService shipping;
    private final Clock clock;
    private final Executor background;
    private final StatusBarModel status;
    private final Supplier<Window> owner;
    private final StatusBarModel.Indicator late;
    private final StatusBarModel.Indicator atRisk;
    private final PauseTransition first = new PauseTransition(FIRST);
    private final Timeline every = new Timeline(new KeyFrame(PERIOD, e -> refreshNow()));
    /** The at-risk orders already seen, so each is announced once; null before the first count. */
    private Set<String> seenAtRisk;
    private boolean running;
    private boolean closed;

    CockpitWatcher(ShippingService shipping, Clock clock, Executor background, StatusBarModel status, Supplier<Window> owner) {
        this.shipping = shipping;
        this.clock = clock;
        this.background = background;
        this.status = status;
        this.owner = owner;
        this.late = new StatusBarModel.Indicator("late", ToShipScreen.ID, new SimpleStringProperty(""), "danger",
                () -> CockpitLink.requested(status).set(ToShipQuery.Filter.LATE));
        this.atRisk = new StatusBarModel.Indicator("at-risk", ToShipScreen.ID, new SimpleStringProperty(""), "warning",
                () -> CockpitLink.requested(status).set(ToShipQuery.Filter.AT_RISK));
    }

    /** The entry's watcher: adds the indicators and starts counting. Call on the FX thread. */
    public static CockpitWatcher start(ScreenContext context) {
        CockpitWatcher watcher = new CockpitWatcher(context.app().shipping(), context.app().clock(), context.background(),
                context.status(), context.owner());
        watcher.status.indicators().addAll(watcher.late, watcher.atRisk);
        watcher.first.setOnFinished(e -> watcher.refreshNow());
        watcher.first.play();
        watcher.every.setCycleCount(Animation.INDEFINITE);
        watcher.every.play();
        return watcher;
    }

    StatusBarModel.Indicator lateIndicator() { return late; }

    StatusBarModel.Indicator atRiskIndicator() { return atRisk; }

    /** Counts again now (one count at a time). Call on the FX thread. */
    public void refreshNow() {
        if (running || closed) {
            return;
        }
        running = true;
        Instant now = clock.instant();
        Task<Result> task = new Task<>() {
            @Override
            protected Result call() {
                ToShipCounts counts = shipping.toShipCounts(now);
                List<ToShipRow> risky = counts.atRisk() == 0 ? List.of()
                        : shipping.toShip(new ToShipQuery(ToShipQuery.Filter.AT_RISK, now, 0, ToShipQuery.MAX_LIMIT)).items();
                return new Result(counts, risky);
            }
        };
        task.setOnSucceeded(e -> {
            running = false;
            if (!closed) {
                show(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            running = false;
            LOG.log(Level.WARNING, "Counting the orders to ship failed", task.getException());
        });
        background.execute(task);
    }

    private record Result(ToShipCounts counts, List<ToShipRow> atRisk) {}

    private void show(Result r) {
        late.text().set(r.counts().late() == 0 ? "" : Messages.get("shipping.view.status.late", r.counts().late()));
        atRisk.text().set(r.counts().atRisk() == 0 ? "" : Messages.get("shipping.view.status.atRisk", r.counts().atRisk()));
        Set<String> now = new HashSet<>();
        r.atRisk().forEach(row -> now.add(row.orderId()));
        if (seenAtRisk != null) {
            List<ToShipRow> fresh = r.atRisk().stream().filter(row -> !seenAtRisk.contains(row.orderId())).toList();
            if (!fresh.isEmpty()) {
                announce(fresh);
            }
        }
        seenAtRisk = now;
    }

    private void announce(List<ToShipRow> fresh) {
        Window window = owner == null ? null : owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        String numbers = String.join(", ", fresh.stream().limit(NAMED).map(ToShipRow::orderNumber).toList());
        String text = fresh.size() == 1
                ? Messages.get("shipping.view.notify.one", numbers, ShippingFormats.timeLeft(fresh.get(0).deadlines().shipBy(),
                        clock.instant()))
                : Messages.get("shipping.view.notify.many", fresh.size(), numbers);
        Notifications.create()
                .owner(window)
                .title(Messages.get("shipping.view.notify.title"))
                .text(text)
                .hideAfter(Duration.seconds(10))
                .showWarning();
        status.show(text);
    }

    @Override
    public void close() {
        closed = true;
        first.stop();
        every.stop();
        status.indicators().removeAll(late, atRisk);
    }
}
