package com.merchantdesk.shipping.view;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.platform.carriers.CarrierDefinition;
import com.merchantdesk.platform.carriers.CarrierService;
import com.merchantdesk.platform.carriers.CheckDigit;
import com.merchantdesk.shipping.Carrier;
import com.merchantdesk.shipping.ServiceRef;
import com.merchantdesk.shipping.ShippingPolicy;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.DialogWindows;
import com.merchantdesk.ui.controls.FormWindowKeys;
import java.time.DayOfWeek;
import java.time.Duration;
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
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shipping settings: the shop's country and time zone, working days and days off, the at-risk margin and the
 * platform's promises, the default services an order's ship-by is counted with, each carrier's cut-off and its
 * services' windows, and a new carrier. Saved through the shipping service, which checks every field.
 */
final class ShippingSettingsDialog {

    private record CarrierRow(Carrier carrier, TextField cutOff, List<TextField[]> windows) {}

    private ShippingSettingsDialog() {}

    static void open(Window owner, AppContext app, BackgroundRunner work, Runnable onSaved) {
        work.run(() -> new Loaded(app.shipping().policy(), app.shipping().carriers()),
                loaded -> show(owner, app, work, loaded.policy(), loaded.carriers(), onSaved),
                error -> work.report("shipping.view.error.load", error));
    }

    private record Loaded(ShippingPolicy policy, List<Carrier> carriers) {}

    private static void show(Window owner, AppContext app, BackgroundRunner work, ShippingPolicy policy, List<Carrier> carriers,
                             Runnable onSaved) {
        Stage stage = DialogWindows.stage(owner, Messages.get("shipping.view.settings.window"));
        TextField country = field("shipping-settings-country", policy.country(), 4);
        country.setPromptText(policy.shopCountry());
        TextField zone = field("shipping-settings-zone", policy.timeZone(), 16);
        zone.setPromptText(policy.shopZone().getId());
        HBox days = new HBox(6);
        Map<DayOfWeek, CheckBox> dayBoxes = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            CheckBox box = new CheckBox(d.getDisplayName(TextStyle.SHORT, Locale.getDefault()));
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
        shop.addRow(3, label("shipping.view.settings.atRisk"), atRisk, label("shipping.view.settings.promises"),
                new HBox(6, domestic, new Label("/"), international));
        shop.addRow(4, label("shipping.view.settings.domesticService"), domesticService,
                label("shipping.view.settings.internationalService"), internationalService);

        GridPane carrierGrid = grid();
        carrierGrid.addRow(0, label("shipping.view.settings.carrier"), label("shipping.view.settings.cutOff"),
                label("shipping.view.settings.windows"));
        List<CarrierRow> rows = new ArrayList<>();
        int r = 1;
        for (Carrier c : carriers) {
            TextField cut = field("shipping-settings-cutoff-" + c.code(), c.cutOff() == null ? "" : c.cutOff().toString(), 5);
            HBox windows = new HBox(10);
            List<TextField[]> serviceFields = new ArrayList<>();
            for (CarrierService s : c.definition().services()) {
                TextField dispatch = field("shipping-settings-dispatch-" + c.code() + "-" + s.code(), hours(s.dispatchWindow()), 3);
                TextField transit = field("shipping-settings-transit-" + c.code() + "-" + s.code(), hours(s.transitTime()), 3);
                serviceFields.add(new TextField[] {dispatch, transit});
                windows.getChildren().add(new HBox(4, new Label(s.code()), dispatch, new Label("/"), transit));
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
        HBox newCarrier = new HBox(6, newCode, newName, newPattern, newCheck, newUrl, newInternational);

        Label error = new Label();
        error.setId("shipping-settings-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Button save = new Button(Messages.get("shipping.view.settings.save"));
        save.setId("shipping-settings-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        Runnable doSave = () -> {
            List<String> problems = new ArrayList<>();
            Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
            dayBoxes.forEach((d, box) -> {
                if (box.isSelected()) {
                    working.add(d);
                }
            });
            if (working.isEmpty()) {
                problems.add(Messages.get("shipping.view.settings.noWorkingDay"));
            }
            Set<LocalDate> daysOff = new TreeSet<>();
            for (String part : holidays.getText().split("[,\\s]+")) {
                if (!part.isBlank()) {
                    try {
                        daysOff.add(LocalDate.parse(part.strip()));
                    } catch (DateTimeParseException e) {
                        problems.add(Messages.get("shipping.view.settings.badDay", part.strip()));
                    }
                }
            }
            Duration risk = duration(atRisk, problems);
            Duration dom = duration(domestic, problems);
            Duration intl = duration(international, problems);
            List<Carrier> changed = new ArrayList<>();
            for (CarrierRow row : rows) {
                Carrier edited = edited(row, problems);
                if (edited != null && !edited.equals(row.carrier())) {
                    changed.add(edited);
                }
            }
            if (!newCode.getText().isBlank()) {
                changed.add(new Carrier(new CarrierDefinition(newCode.getText().strip(), newName.getText().strip(),
                        newPattern.getText().strip(), newCheck.getValue(), newUrl.getText().strip(),
                        List.of(new CarrierService("STD", newName.getText().strip(), newInternational.isSelected(),
                                Duration.ofHours(newInternational.isSelected() ? 24 : 12),
                                Duration.ofHours(newInternational.isSelected() ? 72 : 24)))), LocalTime.of(16, 0)));
            }
            if (!problems.isEmpty() || domesticService.getValue() == null || internationalService.getValue() == null) {
                error.setText(String.join(" ", problems));
                return;
            }
            ShippingPolicy next = new ShippingPolicy(country.getText(), zone.getText(), working, daysOff, risk, dom, intl,
                    domesticService.getValue(), internationalService.getValue());
            save.setDisable(true);
            work.run(() -> {
                for (Carrier c : changed) {
                    app.shipping().saveCarrier(c);
                }
                return app.shipping().savePolicy(next);
            }, saved -> {
                stage.close();
                onSaved.run();
            }, failure -> {
                save.setDisable(false);
                error.setText(failure instanceof ValidationException invalid ? invalid.errors().stream()
                        .map(e -> e.field() + ": " + e.message()).collect(Collectors.joining(" "))
                        : BackgroundRunner.describe(failure));
            });
        };
        save.setOnAction(e -> doSave.run());
        Button cancel = new Button(Messages.get("customers.view.form.cancel"));
        cancel.setOnAction(e -> stage.close());
        HBox footer = new HBox(8, cancel, save);
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(10, 18, 12, 18));

        VBox body = new VBox(12, section("shipping.view.settings.shop"), shop, section("shipping.view.settings.carriers"),
                carrierGrid, section("shipping.view.settings.newCarrier"), newCarrier, error);
        body.setPadding(new Insets(16, 18, 8, 18));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setId("shipping-settings");
        root.setBottom(footer);
        root.setPrefSize(900, 620);
        stage.setScene(ShippingDialogs.WINDOWS.scene(root, owner));
        FormWindowKeys.install(stage, ShippingShortcuts.SAVE, doSave, stage::close);
        stage.show();
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

    /** Hours as typed ("12", "1.5"); a problem named by the field's prompt when it is not a positive number. */
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

    private static Label label(String key) { return new Label(Messages.get(key)); }

    private static Label section(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("detail-title");
        return label;
    }

}
