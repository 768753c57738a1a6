package com.merchantdesk.shipping.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.platform.carriers.CarrierDefinition;
import com.merchantdesk.platform.carriers.CarrierService;
import com.merchantdesk.platform.carriers.CheckDigit;
import com.merchantdesk.shipping.Carrier;
import com.merchantdesk.shipping.Deadlines;
import com.merchantdesk.shipping.ServiceRef;
import com.merchantdesk.shipping.ShippingPolicy;
import com.merchantdesk.ui.controls.BackgroundRunner;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The shipping rules as a form, the one the Settings screen's Shipping section and the To ship screen's dialog both
 * show: the shop's country and time zone, working days and days off, the at-risk margin and the platform's
 * promises, the default services an order's ship-by is counted with, each carrier's cut-off and its services'
 * windows, a new carrier, and what an order paid now would get. Saved through the shipping service, which checks
 * every field; the database work runs on the screen's background runner.
 */
public final class ShippingSettingsForm {

    /** An order abroad for the example: a country code no shop is in (ISO 3166 keeps ZZ for users). */
    private static final String ABROAD = "ZZ";

    private record CarrierRow(Carrier carrier, TextField cutOff, List<TextField[]> windows) {}

    private record Loaded(ShippingPolicy policy, List<Carrier> carriers, Deadlines domestic, Deadlines abroad, Instant now) {}

    /** The fields of the rules as loaded; rebuilt on every load. */
    private record Fields(TextField country, TextField zone, Map<DayOfWeek, CheckBox> days, TextField holidays,
                          TextField atRisk, TextField domestic, TextField international, ChoiceBox<ServiceRef> domesticService,
                          ChoiceBox<ServiceRef> internationalService, List<CarrierRow> carriers, TextField newCode,
                          TextField newName, TextField newPattern, ChoiceBox<CheckDigit> newCheck, TextField newUrl,
                          CheckBox newInternational) {}

    private final AppContext app;
    private final BackgroundRunner work;
    private final VBox body = new VBox(12);
    private final Label error = new Label();
    private final Label exampleDomestic = new Label();
    private final Label exampleAbroad = new Label();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", true);
    private Fields fields;

    public ShippingSettingsForm(AppContext app, BackgroundRunner work) {
        this.app = app;
        this.work = work;
        body.setId("shipping-settings");
        error.setId("shipping-settings-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        exampleDomestic.setId("shipping-settings-example-domestic");
        exampleAbroad.setId("shipping-settings-example-abroad");
        for (Label example : List.of(exampleDomestic, exampleAbroad)) {
            example.setWrapText(true);
            example.getStyleClass().add("text-muted");
        }
    }

    /** The form; empty until the first {@link #load}. */
    public Node view() { return body; }

    /** True while the rules are loaded or saved: a Save button waits for it. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }

    /** Reads the stored rules (off the FX thread) and shows them; {@code onShown} runs after, on the FX thread. */
    public void load(Runnable onShown) {
        busy.set(true);
        work.run(() -> {
            ShippingPolicy policy = app.shipping().policy();
            Instant now = app.clock().instant();
            return new Loaded(policy, app.shipping().carriers(), app.shipping().deadlinesIfPaid(now, policy.shopCountry()),
                    app.shipping().deadlinesIfPaid(now, ABROAD), now);
        }, loaded -> {
            show(loaded);
            busy.set(false);
            onShown.run();
        }, failure -> {
            busy.set(false);
            work.report("shipping.view.error.load", failure);
        });
    }

    /**
     * Checks the fields and saves them; {@code onSaved} runs on the FX thread once they are stored. A field that is
     * not right is named in the form's error line and nothing is saved.
     */
    public void save(Runnable onSaved) {
        if (fields == null || busy.get()) {
            return;
        }
        Fields f = fields;
        List<String> problems = new ArrayList<>();
        Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
        f.days().forEach((d, box) -> {
            if (box.isSelected()) {
                working.add(d);
            }
        });
        if (working.isEmpty()) {
            problems.add(Messages.get("shipping.view.settings.noWorkingDay"));
        }
        Set<LocalDate> daysOff = new TreeSet<>();
        for (String part : f.holidays().getText().split("[,\\s]+")) {
            if (!part.isBlank()) {
                try {
                    daysOff.add(LocalDate.parse(part.strip()));
                } catch (DateTimeParseException e) {
                    problems.add(Messages.get("shipping.view.settings.badDay", part.strip()));
                }
            }
        }
        Duration risk = duration(f.atRisk(), problems);
        Duration dom = duration(f.domestic(), problems);
        Duration intl = duration(f.international(), problems);
        List<Carrier> changed = new ArrayList<>();
        for (CarrierRow row : f.carriers()) {
            Carrier edited = edited(row, problems);
            if (edited != null && !edited.equals(row.carrier())) {
                changed.add(edited);
            }
        }
        if (!f.newCode().getText().isBlank()) {
            boolean abroad = f.newInternational().isSelected();
            changed.add(new Carrier(new CarrierDefinition(f.newCode().getText().strip(), f.newName().getText().strip(),
                    f.newPattern().getText().strip(), f.newCheck().getValue(), f.newUrl().getText().strip(),
                    List.of(new CarrierService("STD", f.newName().getText().strip(), abroad,
                            Duration.ofHours(abroad ? 24 : 12), Duration.ofHours(abroad ? 72 : 24)))), LocalTime.of(16, 0)));
        }
        if (!problems.isEmpty() || f.domesticService().getValue() == null || f.internationalService().getValue() == null) {
            error.setText(String.join(" ", problems));
            return;
        }
        ShippingPolicy next = new ShippingPolicy(f.country().getText(), f.zone().getText(), working, daysOff, risk, dom, intl,
                f.domesticService().getValue(), f.internationalService().getValue());
        busy.set(true);
        work.run(() -> {
            for (Carrier c : changed) {
                app.shipping().saveCarrier(c);
            }
            return app.shipping().savePolicy(next);
        }, saved -> {
            busy.set(false);
            error.setText("");
            onSaved.run();
        }, failure -> {
            busy.set(false);
            error.setText(failure instanceof ValidationException invalid ? invalid.errors().stream()
                    .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining(" "))
                    : BackgroundRunner.describe(failure));
        });
    }

    private void show(Loaded loaded) {
        ShippingPolicy policy = loaded.policy();
        List<Carrier> carriers = loaded.carriers();
        TextField country = field("shipping-settings-country", policy.country(), 4);
        country.setPromptText(policy.shopCountry());
        TextField zone = field("shipping-settings-zone", policy.timeZone(), 16);
        zone.setPromptText(policy.shopZone().getId());
        FlowPane days = new FlowPane(6, 6);
        Map<DayOfWeek, CheckBox> dayBoxes = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            CheckBox box = new CheckBox(d.getDisplayName(TextStyle.SHORT, Messages.locale()));
            box.setId("shipping-settings-day-" + d.getValue());
            box.setSelected(policy.workingDays().contains(d));
            dayBoxes.put(d, box);
            days.getChildren().add(box);
        }
        TextField holidays = field("shipping-settings-holidays", new TreeSet<>(policy.holidays()).stream().map(LocalDate::toString)
                .collect(Collectors.joining(", ")), 30);
        holidays.setPromptText("2026-12-25, 2027-01-01");
        TextField atRisk = field("shipping-settings-at-risk", hours(policy.atRisk()), 4);
        TextField domestic = field("shipping-settings-domestic-promise", hours(policy.domesticPromise()), 4);
        TextField international = field("shipping-settings-international-promise", hours(policy.internationalPromise()), 4);
        ChoiceBox<ServiceRef> domesticService = services("shipping-settings-domestic-service", carriers, false,
                policy.domesticService());
        ChoiceBox<ServiceRef> internationalService = services("shipping-settings-international-service", carriers, true,
                policy.internationalService());

        GridPane shop = grid();
        shop.addRow(0, label("shipping.view.settings.country"), country, label("shipping.view.settings.zone"), zone);
        shop.addRow(1, label("shipping.view.settings.days"), days);
        GridPane.setColumnSpan(days, 3);
        shop.addRow(2, label("shipping.view.settings.holidays"), holidays);
        GridPane.setColumnSpan(holidays, 3);
        HBox promises = new HBox(6, domestic, new Label("/"), international);
        promises.setAlignment(Pos.CENTER_LEFT);
        shop.addRow(3, label("shipping.view.settings.atRisk"), atRisk, label("shipping.view.settings.promises"), promises);
        shop.addRow(4, label("shipping.view.settings.domesticService"), domesticService,
                label("shipping.view.settings.internationalService"), internationalService);

        GridPane carrierGrid = grid();
        carrierGrid.addRow(0, label("shipping.view.settings.carrier"), label("shipping.view.settings.cutOff"),
                label("shipping.view.settings.windows"));
        List<CarrierRow> rows = new ArrayList<>();
        int r = 1;
        for (Carrier c : carriers) {
            TextField cut = field("shipping-settings-cutoff-" + c.code(), c.cutOff() == null ? "" : c.cutOff().toString(), 5);
            FlowPane windows = new FlowPane(10, 4);
            List<TextField[]> serviceFields = new ArrayList<>();
            for (CarrierService s : c.definition().services()) {
                TextField dispatch = field("shipping-settings-dispatch-" + c.code() + "-" + s.code(), hours(s.dispatchWindow()), 3);
                TextField transit = field("shipping-settings-transit-" + c.code() + "-" + s.code(), hours(s.transitTime()), 3);
                serviceFields.add(new TextField[] {dispatch, transit});
                HBox service = new HBox(4, new Label(s.code()), dispatch, new Label("/"), transit);
                service.setAlignment(Pos.CENTER_LEFT);
                windows.getChildren().add(service);
            }
            rows.add(new CarrierRow(c, cut, serviceFields));
            carrierGrid.addRow(r++, new Label(c.name() + " (" + c.code() + ")"), cut, windows);
        }

        TextField newCode = field("shipping-settings-new-code", "", 6);
        newCode.setPromptText(Messages.get("shipping.view.settings.new.code"));
        TextField newName = field("shipping-settings-new-name", "", 12);
        newName.setPromptText(Messages.get("shipping.view.settings.new.name"));
        TextField newPattern = field("shipping-settings-new-pattern", "", 10);
        newPattern.setPromptText("\\d{12}");
        ChoiceBox<CheckDigit> newCheck = new ChoiceBox<>();
        newCheck.getItems().setAll(CheckDigit.values());
        newCheck.setValue(CheckDigit.NONE);
        TextField newUrl = field("shipping-settings-new-url", "", 16);
        newUrl.setPromptText("https://…/" + CarrierDefinition.TRACKING_PLACEHOLDER);
        CheckBox newInternational = new CheckBox(Messages.get("shipping.zone.INTERNATIONAL"));
        FlowPane newCarrier = new FlowPane(6, 6, newCode, newName, newPattern, newCheck, newUrl, newInternational);

        exampleDomestic.setText(Messages.get("shipping.view.settings.example.domestic",
                ShippingFormats.time(loaded.domestic().shipBy(), policy.shopZone()),
                ShippingFormats.time(loaded.domestic().deliverBy(), policy.shopZone())));
        exampleAbroad.setText(Messages.get("shipping.view.settings.example.abroad",
                ShippingFormats.time(loaded.abroad().shipBy(), policy.shopZone()),
                ShippingFormats.time(loaded.abroad().deliverBy(), policy.shopZone())));
        Label exampleTitle = new Label(Messages.get("shipping.view.settings.example",
                ShippingFormats.time(loaded.now(), policy.shopZone())));
        VBox example = new VBox(4, exampleTitle, exampleDomestic, exampleAbroad);

        fields = new Fields(country, zone, dayBoxes, holidays, atRisk, domestic, international, domesticService,
                internationalService, rows, newCode, newName, newPattern, newCheck, newUrl, newInternational);
        body.getChildren().setAll(section("shipping.view.settings.shop"), shop, example, section("shipping.view.settings.carriers"),
                carrierGrid, section("shipping.view.settings.newCarrier"), newCarrier, error);
    }

    private static Carrier edited(CarrierRow row, List<String> problems) {
        Carrier c = row.carrier();
        LocalTime cut = null;
        String text = row.cutOff().getText().strip();
        if (!text.isEmpty()) {
            try {
                cut = LocalTime.parse(text.length() == 4 ? "0" + text : text);
            } catch (DateTimeParseException e) {
                problems.add(Messages.get("shipping.view.settings.badTime", c.code(), text));
                return null;
            }
        }
        List<CarrierService> services = new ArrayList<>();
        for (int i = 0; i < c.definition().services().size(); i++) {
            CarrierService s = c.definition().services().get(i);
            Duration dispatch = duration(row.windows().get(i)[0], problems);
            Duration transit = duration(row.windows().get(i)[1], problems);
            services.add(new CarrierService(s.code(), s.name(), s.international(), dispatch, transit));
        }
        CarrierDefinition d = c.definition();
        return new Carrier(new CarrierDefinition(d.code(), d.name(), d.trackingPattern(), d.checkDigit(), d.trackingUrlTemplate(),
                services), cut);
    }

    /** Hours as typed ("12", "1.5"); a problem naming what was typed when it is not a positive number. */
    private static Duration duration(TextField field, List<String> problems) {
        try {
            double hours = Double.parseDouble(field.getText().strip());
            if (hours > 0) {
                return Duration.ofMinutes(Math.round(hours * 60));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(Messages.get("shipping.view.settings.badHours", field.getText()));
        return Duration.ofHours(1);
    }

    private static String hours(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? Long.toString(minutes / 60) : String.format(Locale.ROOT, "%.2f", minutes / 60.0);
    }

    private static ChoiceBox<ServiceRef> services(String id, List<Carrier> carriers, boolean international, ServiceRef chosen) {
        ChoiceBox<ServiceRef> box = new ChoiceBox<>();
        box.setId(id);
        for (Carrier c : carriers) {
            for (CarrierService s : c.definition().services()) {
                if (s.international() == international) {
                    box.getItems().add(new ServiceRef(c.code(), s.code()));
                }
            }
        }
        box.getItems().stream().filter(ref -> ref.carrierCode().equalsIgnoreCase(chosen.carrierCode())
                && ref.serviceCode().equalsIgnoreCase(chosen.serviceCode())).findFirst().ifPresent(box::setValue);
        return box;
    }

    private static TextField field(String id, String text, int columns) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(columns);
        return field;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    /** A field's label, never cut short: the fields give way first. */
    private static Label label(String key) {
        Label label = new Label(Messages.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label section(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("detail-title");
        return label;
    }
}
