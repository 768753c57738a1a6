package com.merchantdesk.settings.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.settings.Settings;
import com.merchantdesk.ui.shell.DataSafety;
import com.merchantdesk.ui.shell.Dialogs;
import com.merchantdesk.ui.shell.FilePicker;
import com.merchantdesk.ui.shell.PlainMessages;
import com.merchantdesk.ui.shell.Screen;
import com.merchantdesk.ui.shell.ScreenContext;
import com.merchantdesk.ui.shell.ScreenProvider;
import com.merchantdesk.ui.shell.ShellSettings;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Settings: language, theme, default currency, the shop's name and address, backup and restore, then the
 * features' sections ({@link SettingsSection}: the shipping rules). Preferences apply at once and
 * {@link ShellSettings} writes them to disk; a feature's section saves its own rules.
 */
public final class SettingsScreen implements Screen {

    static final String ID = ScreenProvider.SETTINGS_ID;
    static final String TITLE_KEY = "nav.settings";
    static final Ikon ICON = Feather.SETTINGS;
    private static final double LABEL_WIDTH = 240;
    private static final double CHOICE_WIDTH = 320;
    private static final double TEXT_WIDTH = 480;
    static final KeyCombination BACKUP_NOW = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);

    /** One entry of the language list; the empty tag means "as the system". */
    public record Language(String tag, String label) {}

    private final ScreenContext context;
    private final ShellSettings settings;
    private final FilePicker files;
    private final Consumer<Path> restore;
    private final Label dataResult = new Label();
    private Node content;

    SettingsScreen(ScreenContext context, ShellSettings settings, FilePicker files, Consumer<Path> restore) {
        this.context = context;
        this.settings = settings;
        this.files = files;
        this.restore = restore;
    }

    @Override public String id() { return ID; }

    @Override public String titleKey() { return TITLE_KEY; }

    @Override public Ikon icon() { return ICON; }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() { return Map.of(BACKUP_NOW, this::backupNow); }

    @Override
    public Map<KeyCombination, String> shortcutDescriptionKeys() { return Map.of(BACKUP_NOW, "settings.backup.now"); }

    @Override
    public Node content() {
        if (content == null) {
            content = build();
        }
        return content;
    }

    private Node build() {
        VBox sections = new VBox(28,
                section("settings.section.appearance", form(
                        row("settings.language", languageChoice()),
                        row("settings.theme", themeChoice()))),
                section("settings.section.prices", form(
                        row("settings.currency", currencyChoice()))),
                section("settings.section.shop", form(
                        row("settings.shopName", shopName()),
                        row("settings.shopAddress", shopAddress()))),
                section("settings.section.data", dataSection()));
        // The features' sections (shipping rules...) after backup and restore: long forms, so the seller's
        // everyday settings and the backup stay in the first screenful.
        for (SettingsSection feature : SettingsSection.all()) {
            VBox section = section(feature.titleKey(), feature.content(context));
            section.setId("settings-section-" + feature.id());
            sections.getChildren().add(section);
        }
        sections.getStyleClass().add("settings-page");
        sections.setPadding(new Insets(8, 24, 24, 24));
        sections.setMaxWidth(720);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private static VBox section(String titleKey, Node body) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().addAll(atlantafx.base.theme.Styles.TITLE_4, "settings-section-title");
        return new VBox(10, title, body);
    }

    private record Row(String labelKey, Node field) {}

    private static Row row(String labelKey, Node field) { return new Row(labelKey, field); }

    private static GridPane form(Row... rows) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(10);
        // One fixed label width for every section, so all fields line up in a single column.
        ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        for (int i = 0; i < rows.length; i++) {
            Label label = new Label(Messages.get(rows[i].labelKey()));
            label.setWrapText(true);
            label.setLabelFor(rows[i].field());
            grid.addRow(i, label, rows[i].field());
        }
        return grid;
    }

    static List<Language> languages() {
        String system = java.util.Locale.getDefault().getDisplayLanguage(java.util.Locale.getDefault());
        return List.of(
                new Language("", Messages.get("settings.language.system", system)),
                new Language("en", Messages.get("language.en")),
                new Language("ko", Messages.get("language.ko")),
                new Language("zh-CN", Messages.get("language.zhCN")));
    }

    private ComboBox<Language> languageChoice() {
        ComboBox<Language> box = new ComboBox<>();
        box.setId("settings-language");
        box.setPrefWidth(CHOICE_WIDTH);
        box.getItems().setAll(languages());
        box.setConverter(converter(box, Language::label));
        String tag = settings.get().languageTag();
        box.getItems().stream().filter(l -> l.tag().equalsIgnoreCase(tag)).findFirst()
                .ifPresentOrElse(box::setValue, () -> box.setValue(box.getItems().get(0)));
        box.valueProperty().addListener((obs, before, after) -> {
            if (after != null) {
                settings.update(s -> s.withLanguageTag(after.tag()));
            }
        });
        return box;
    }

    private ComboBox<String> themeChoice() {
        ComboBox<String> box = new ComboBox<>();
        box.setId("settings-theme");
        box.setPrefWidth(CHOICE_WIDTH);
        box.getItems().setAll(Settings.LIGHT, Settings.DARK);
        box.setConverter(converter(box, theme -> Messages.get("settings.theme." + theme)));
        box.setValue(settings.get().theme());
        box.valueProperty().addListener((obs, before, after) -> {
            if (after != null) {
                settings.update(s -> s.withTheme(after));
            }
        });
        return box;
    }

    private ComboBox<Currency> currencyChoice() {
        ComboBox<Currency> box = new ComboBox<>();
        box.setId("settings-currency");
        box.setPrefWidth(CHOICE_WIDTH);
        box.getItems().setAll(Currency.getAvailableCurrencies().stream()
                .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList());
        box.setConverter(converter(box, c -> c.getCurrencyCode() + " — " + c.getDisplayName(Messages.locale())));
        box.setVisibleRowCount(14);
        try {
            box.setValue(Currency.getInstance(settings.get().currency()));
        } catch (IllegalArgumentException unknown) {
            box.setValue(Currency.getInstance("USD"));
        }
        box.valueProperty().addListener((obs, before, after) -> {
            if (after != null) {
                settings.update(s -> s.withCurrency(after.getCurrencyCode()));
            }
        });
        return box;
    }

    private TextField shopName() {
        TextField field = new TextField(settings.get().shopName());
        field.setId("settings-shop-name");
        field.setMaxWidth(TEXT_WIDTH);
        field.setPromptText(Messages.get("settings.shopName.prompt"));
        field.textProperty().addListener((obs, before, after) ->
                settings.update(s -> s.withShop(after, s.shopAddress())));
        return field;
    }

    private TextArea shopAddress() {
        TextArea area = new TextArea(settings.get().shopAddress());
        area.setId("settings-shop-address");
        area.setMaxWidth(TEXT_WIDTH);
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.setPromptText(Messages.get("settings.shopAddress.prompt"));
        area.textProperty().addListener((obs, before, after) ->
                settings.update(s -> s.withShop(s.shopName(), after)));
        return area;
    }

    private Node dataSection() {
        Label folder = new Label(Messages.get("settings.dataFolder", context.app().dataDirectory().root()));
        folder.setWrapText(true);
        folder.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);

        Button now = button("settings-backup-now", "settings.backup.now", Feather.SAVE, this::backupNow);
        now.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        Button toFile = button("settings-backup-to-file", "settings.backup.toFile", Feather.DOWNLOAD, this::backupToFile);
        Button restoreButton = button("settings-restore", "settings.restore", Feather.ROTATE_CCW, this::chooseRestore);
        FlowPane actions = new FlowPane(10, 10, now, toFile, restoreButton);

        dataResult.setId("settings-data-result");
        dataResult.setWrapText(true);
        return new VBox(10, folder, actions, dataResult);
    }

    private static Button button(String id, String textKey, Feather icon, Runnable action) {
        Button button = new Button(Messages.get(textKey), new FontIcon(icon));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void backupNow() {
        runBackup(() -> DataSafety.backupNow(context.app()));
    }

    private void backupToFile() {
        Path suggested = context.app().backups().defaultBackupFile(context.app().dataDirectory());
        files.chooseBackupTarget(context.owner().get(), context.app().dataDirectory().backups(),
                        suggested.getFileName().toString())
                .ifPresent(target -> runBackup(() -> DataSafety.backupTo(context.app(), target)));
    }

    private void runBackup(Supplier<Path> work) {
        dataResult.setText(Messages.get("settings.backup.running"));
        context.status().progressProperty().set(-1);
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() {
                return work.get();
            }
        };
        task.setOnSucceeded(e -> {
            context.status().progressProperty().set(0);
            String done = Messages.get("settings.backup.done", task.getValue());
            dataResult.setText(done);
            context.status().show(done);
        });
        task.setOnFailed(e -> {
            context.status().progressProperty().set(0);
            String reason = PlainMessages.of(task.getException());
            dataResult.setText(reason);
            Dialogs.error(context.owner().get(), Messages.get("settings.backup.failedHeader"), reason).show();
        });
        context.background().execute(task);
    }

    private void chooseRestore() {
        files.chooseBackupToRestore(context.owner().get(), context.app().dataDirectory().backups())
                .ifPresent(this::confirmRestore);
    }

    private void confirmRestore(Path backup) {
        ButtonType yes = new ButtonType(Messages.get("settings.restore.confirmButton"), ButtonData.OK_DONE);
        Dialogs.confirm(context.owner().get(), Messages.get("settings.restore.confirmHeader"),
                        Messages.get("settings.restore.confirm", backup), yes)
                .showAndWait()
                .filter(yes::equals)
                .ifPresent(answer -> restore.accept(backup));
    }

    /** Shows each choice by its label; reading a label back finds the choice that shows it. */
    private static <T> StringConverter<T> converter(javafx.scene.control.ComboBox<T> box,
                                                     java.util.function.Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) { return value == null ? "" : toText.apply(value); }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(item -> toString(item).equals(text)).findFirst().orElse(null);
            }
        };
    }
}
