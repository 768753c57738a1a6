package com.merchantdesk.catalog.view;

import static com.merchantdesk.ui.controls.FormLayout.label;

import com.merchantdesk.catalog.ImageStore;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductImage;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.ChoiceLabels;
import com.merchantdesk.ui.controls.FieldErrors;
import com.merchantdesk.ui.controls.ShortcutHint;
import com.merchantdesk.ui.controls.WaitingLabel;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The product form: product fields, the SKU grid, images, the list of problems (each a link to its field) and
 * Save/Cancel. Every field shows its own error through {@link FieldErrors}.
 */
final class ProductFormView {

    private static final double IMAGE_TILE = 72;

    private final ProductFormViewModel vm;
    private final ImageStore imageStore;
    private final FieldErrors validation;
    private final BorderPane root = new BorderPane();
    private final TextField title = new TextField();
    private final VBox skuLines = new VBox(6);
    private final Map<SkuFormRow, SkuLineView> lines = new HashMap<>();
    private final VBox fulfilmentLines = new VBox(6);
    private final Map<SkuFormRow, SkuFulfilmentLineView> fulfilment = new HashMap<>();
    private final FlowPane imageTiles = new FlowPane(8, 8);
    private final VBox errorList = new VBox(2);
    private final Button addSku = new Button(Messages.get("products.form.sku.add"), new FontIcon(Feather.PLUS));
    private final Button addImages = new Button(Messages.get("products.form.images.add"), new FontIcon(Feather.IMAGE));
    private final Button save = new Button(Messages.get("products.form.save"));
    private final Button cancel = new Button(Messages.get("products.form.cancel"));
    private Runnable onSave = () -> {};

    ProductFormView(ProductFormViewModel vm, ImageStore imageStore, List<String> categories) {
        this.vm = vm;
        this.imageStore = imageStore;
        this.validation = new FieldErrors(vm.errorsProperty());
        root.getStyleClass().add("product-form");
        root.setId("product-form");

        VBox body = new VBox(18, header(categories), skuSection(), fulfilmentSection(), imageSection());
        body.setPadding(new Insets(16, 18, 16, 18));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.setBottom(footer());

        vm.errorsProperty().addListener((o, before, now) -> showErrorList(now));
        vm.savingProperty().addListener((o, was, now) -> {
            if (was && !now && !vm.errorsProperty().get().isEmpty()) {
                focusFirstError();
            }
        });
        showErrorList(vm.errorsProperty().get());
    }

    BorderPane node() { return root; }

    FieldErrors validation() { return validation; }

    void setOnSave(Runnable action) { this.onSave = action; }

    void setOnCancel(Runnable action) { cancel.setOnAction(e -> action.run()); }

    void focusTitle() { title.requestFocus(); }

    /** Moves the keyboard to the first field with an error, scrolling it into view. */
    void focusFirstError() {
        validation.firstInvalid().ifPresentOrElse(Node::requestFocus, () -> {
            if (vm.errorsProperty().get().containsKey(ProductFormViewModel.SKUS)) {
                addSku.requestFocus();
            }
        });
    }

    private Node header(List<String> categories) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);

        title.setId("title");
        title.textProperty().bindBidirectional(vm.titleProperty());
        title.setPromptText(Messages.get("products.form.title.prompt"));
        GridPane.setHgrow(title, Priority.ALWAYS);
        validation.register(title, () -> ProductFormViewModel.TITLE);

        TextArea description = new TextArea();
        description.setId("description");
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        description.setPrefRowCount(3);
        description.setWrapText(true);
        tabLeavesTextArea(description);

        ComboBox<String> category = new ComboBox<>();
        category.setId("category");
        category.setEditable(true);
        category.getItems().setAll(categories);
        category.setPrefWidth(220);
        category.getEditor().textProperty().bindBidirectional(vm.categoryProperty());
        category.setPromptText(Messages.get("products.form.category.prompt"));
        validation.register(category.getEditor(), () -> ProductFormViewModel.CATEGORY);

        ComboBox<ProductStatus> status = new ComboBox<>();
        status.setId("status");
        status.getItems().setAll(ProductStatus.values());
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.setConverter(ChoiceLabels.of(Formats::status));
        validation.register(status, () -> ProductFormViewModel.STATUS);

        Label currency = new Label(vm.currency().getCurrencyCode());
        currency.setId("currency");
        currency.getStyleClass().add("currency-badge");
        currency.setTooltip(new Tooltip(Messages.get(vm.isNew() ? "products.form.currency.new" : "products.form.currency.kept")));

        HBox categoryRow = new HBox(10, category, label("products.form.status", status), status,
                label("products.form.currency", currency), currency);
        categoryRow.setAlignment(Pos.CENTER_LEFT);

        HBox optionRow = new HBox(10);
        optionRow.setAlignment(Pos.CENTER_LEFT);
        for (int slot = 0; slot < Product.MAX_OPTIONS; slot++) {
            int s = slot;
            TextField option = new TextField();
            option.setId("option-" + slot);
            option.setPrefWidth(150);
            option.textProperty().bindBidirectional(vm.optionNameProperty(slot));
            option.setPromptText(Messages.get("products.form.option.prompt." + slot));
            validation.register(option, () -> vm.optionNameProperty(s).get().isBlank() ? null : ProductFormViewModel.OPTIONS);
            optionRow.getChildren().add(option);
        }
        Label optionHint = new Label(Messages.get("products.form.options.hint"));
        optionHint.getStyleClass().add("text-muted");
        optionHint.setWrapText(true);
        optionRow.getChildren().add(optionHint);
        HBox.setHgrow(optionHint, Priority.ALWAYS);

        grid.addRow(0, label("products.form.title.required", title), title);
        grid.addRow(1, label("products.form.description", description), description);
        grid.addRow(2, label("products.form.category", category), categoryRow);
        grid.addRow(3, label("products.form.options", optionRow), optionRow);
        return grid;
    }

    private Node skuSection() {
        Label heading = new Label(Messages.get("products.form.skus"));
        heading.getStyleClass().add("section-title");
        Label skuError = errorLabel(ProductFormViewModel.SKUS);
        skuError.setId("skus-error");

        HBox columns = new HBox(SkuLineView.SPACING,
                columnTitle("products.form.sku.code.required", SkuLineView.CODE_WIDTH));
        for (int slot = 0; slot < Product.MAX_OPTIONS; slot++) {
            Label name = new Label();
            name.getStyleClass().add("column-title");
            StringProperty option = vm.optionNameProperty(slot);
            name.textProperty().bind(option);
            name.setPrefWidth(SkuLineView.OPTION_WIDTH);
            name.setMinWidth(SkuLineView.OPTION_WIDTH);
            BooleanBinding active = hasName(option);
            name.visibleProperty().bind(active);
            name.managedProperty().bind(active);
            columns.getChildren().add(name);
        }
        columns.getChildren().addAll(
                columnTitle("products.form.sku.barcode", SkuLineView.BARCODE_WIDTH),
                columnTitleText(Messages.get("products.form.sku.price.required", vm.currency().getCurrencyCode()), SkuLineView.MONEY_WIDTH),
                columnTitle("products.form.sku.compareAtPrice", SkuLineView.MONEY_WIDTH),
                columnTitle("products.form.sku.cost", SkuLineView.MONEY_WIDTH),
                columnTitle("products.form.sku.weight", SkuLineView.NUMBER_WIDTH),
                columnTitle("products.form.sku.reorderPoint", SkuLineView.NUMBER_WIDTH));
        columns.getStyleClass().add("sku-columns");

        vm.skus().forEach(this::addLine);
        vm.skus().addListener((ListChangeListener<SkuFormRow>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeLine);
                change.getAddedSubList().forEach(this::addLine);
            }
            renumber();
        });
        renumber();

        addSku.setId("add-sku");
        addSku.setOnAction(e -> {
            SkuFormRow row = vm.addSku();
            lines.get(row).codeField().requestFocus();
        });
        Label hint = new Label(Messages.get("products.form.sku.hint"));
        hint.getStyleClass().add("text-muted");
        HBox actions = new HBox(10, addSku, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        ScrollPane grid = new ScrollPane(new VBox(6, columns, skuLines));
        grid.getStyleClass().add("edge-to-edge");
        grid.setFitToHeight(true);
        grid.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return new VBox(8, heading, skuError, grid, actions);
    }

    private void addLine(SkuFormRow row) {
        int index = vm.skus().indexOf(row);
        SkuLineView line = new SkuLineView(row, vm, validation);
        lines.put(row, line);
        skuLines.getChildren().add(index, line.node());
        SkuFulfilmentLineView place = new SkuFulfilmentLineView(row, vm, validation);
        fulfilment.put(row, place);
        fulfilmentLines.getChildren().add(index, place.node());
    }

    private void removeLine(SkuFormRow row) {
        SkuLineView line = lines.remove(row);
        if (line != null) {
            skuLines.getChildren().remove(line.node());
            line.controls().forEach(validation::unregister);
        }
        SkuFulfilmentLineView place = fulfilment.remove(row);
        if (place != null) {
            fulfilmentLines.getChildren().remove(place.node());
            place.controls().forEach(validation::unregister);
        }
    }

    private void renumber() {
        for (int i = 0; i < vm.skus().size(); i++) {
            lines.get(vm.skus().get(i)).number(i);
            fulfilment.get(vm.skus().get(i)).number(i);
        }
        validation.revalidateAll();
    }

    /**
     * Bin location, HS code and country of origin of each SKU, in a grid of their own under the SKUs: the SKU grid
     * is as wide as the form already, and these desk-only fields are filled in once rather than edited with prices.
     */
    private Node fulfilmentSection() {
        Label heading = new Label(Messages.get("products.form.fulfilment"));
        heading.getStyleClass().add("section-title");
        HBox columns = new HBox(SkuLineView.SPACING,
                columnTitle("products.form.sku.code", SkuLineView.CODE_WIDTH),
                explainedColumnTitle("products.form.sku.binLocation", SkuFulfilmentLineView.BIN_WIDTH),
                explainedColumnTitle("products.form.sku.hsCode", SkuFulfilmentLineView.HS_CODE_WIDTH),
                explainedColumnTitle("products.form.sku.originCountry", SkuFulfilmentLineView.COUNTRY_WIDTH));
        columns.getStyleClass().add("sku-columns");
        fulfilmentLines.setId("sku-fulfilment");
        Label hint = new Label(Messages.get("products.form.sku.fulfilmentHint"));
        hint.setId("sku-fulfilment-hint");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        return new VBox(8, heading, columns, fulfilmentLines, hint);
    }

    private Node imageSection() {
        Label heading = new Label(Messages.get("products.form.images"));
        heading.getStyleClass().add("section-title");
        addImages.setId("add-images");
        addImages.setOnAction(e -> chooseImages());
        ProgressIndicator importing = new ProgressIndicator();
        importing.setPrefSize(18, 18);
        importing.visibleProperty().bind(vm.importingProperty());
        addImages.disableProperty().bind(vm.importingProperty());
        Label imageError = errorLabel(ProductFormViewModel.IMAGES);
        imageTiles.setId("image-tiles");
        vm.images().addListener((ListChangeListener<ProductImage>) c -> showImages());
        showImages();
        HBox actions = new HBox(10, addImages, importing);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, heading, imageTiles, imageError, actions);
    }

    private void showImages() {
        imageTiles.getChildren().clear();
        if (vm.images().isEmpty()) {
            Label none = new Label(Messages.get("products.form.images.none"));
            none.getStyleClass().add("text-muted");
            imageTiles.getChildren().add(none);
            return;
        }
        for (ProductImage image : vm.images()) {
            ImageView view = new ImageView(new Image(imageStore.thumbnailPath(image.thumbnailFileName()).toUri().toString(),
                    IMAGE_TILE, IMAGE_TILE, true, true, true));
            StackPane frame = new StackPane(view);
            frame.getStyleClass().add("image-tile");
            frame.setPrefSize(IMAGE_TILE + 8, IMAGE_TILE + 8);
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll("button-icon", "flat");
            remove.setTooltip(new Tooltip(Messages.get("products.form.images.remove")));
            remove.setAccessibleText(Messages.get("products.form.images.remove"));
            remove.setOnAction(e -> vm.removeImage(image));
            imageTiles.getChildren().add(new VBox(2, frame, remove));
        }
    }

    private void chooseImages() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("products.form.images.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("products.form.images.filter"),
                "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp", "*.PNG", "*.JPG", "*.JPEG", "*.GIF", "*.BMP"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (files != null) {
            vm.addImages(files.stream().map(File::toPath).toList());
        }
    }

    private Node footer() {
        errorList.setId("form-errors");
        errorList.getStyleClass().add("form-errors");
        ScrollPane errors = new ScrollPane(errorList);
        errors.setFitToWidth(true);
        errors.setMaxHeight(110);
        errors.getStyleClass().add("edge-to-edge");
        errors.visibleProperty().bind(Bindings.isNotEmpty(errorList.getChildren()));
        errors.managedProperty().bind(errors.visibleProperty());

        save.setId("form-save");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setTooltip(ShortcutHint.tooltip("products.form.save", ProductShortcuts.SAVE));
        save.setOnAction(e -> onSave.run());
        save.disableProperty().bind(vm.savingProperty());
        cancel.setId("form-cancel");
        cancel.setCancelButton(true);
        cancel.setTooltip(new Tooltip(Messages.get("products.form.cancel.tooltip")));
        ProgressIndicator saving = new ProgressIndicator();
        saving.setPrefSize(18, 18);
        saving.visibleProperty().bind(vm.savingProperty());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(10, spring, WaitingLabel.create("form-waiting", vm.waitingForWriterProperty()), saving,
                cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox footer = new VBox(8, errors, buttons);
        footer.setPadding(new Insets(10, 18, 14, 18));
        footer.getStyleClass().add("form-footer");
        return footer;
    }

    /** The problems, each naming its field and jumping there when followed. */
    private void showErrorList(Map<String, String> errors) {
        errorList.getChildren().clear();
        errors.forEach((field, message) -> {
            String name = ProductFormViewModel.fieldLabel(field);
            String text = name.isEmpty() ? message : Messages.get("products.form.errorLine", name, message);
            Hyperlink link = new Hyperlink(text, new FontIcon(Feather.ALERT_CIRCLE));
            link.getStyleClass().add("form-error-link");
            link.setWrapText(true);
            link.setOnAction(e -> focus(field));
            errorList.getChildren().add(link);
        });
    }

    private void focus(String field) {
        validation.controlFor(field).map(Control.class::cast).ifPresentOrElse(Node::requestFocus, () -> {
            if (ProductFormViewModel.SKUS.equals(field)) {
                addSku.requestFocus();
            } else if (ProductFormViewModel.IMAGES.equals(field)) {
                addImages.requestFocus();
            }
        });
    }

    private Label errorLabel(String field) {
        Label label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        label.textProperty().bind(Bindings.createStringBinding(
                () -> vm.errorsProperty().get().getOrDefault(field, ""), vm.errorsProperty()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label columnTitle(String key, double width) {
        return columnTitleText(Messages.get(key), width);
    }

    /** A column title whose tooltip says what goes in the column ({@code key + ".tooltip"}). */
    private static Label explainedColumnTitle(String key, double width) {
        Label label = columnTitle(key, width);
        label.setTooltip(new Tooltip(Messages.get(key + ".tooltip")));
        return label;
    }

    private static Label columnTitleText(String text, double width) {
        Label label = new Label(text);
        label.setPrefWidth(width);
        label.setMinWidth(width);
        label.getStyleClass().add("column-title");
        return label;
    }

    static BooleanBinding hasName(StringProperty option) {
        return Bindings.createBooleanBinding(() -> option.get() != null && !option.get().isBlank(), option);
    }

    /** Tab moves on from the description instead of typing a tab character (Ctrl+Tab does the same). */
    private static void tabLeavesTextArea(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(),
                        e.getText(), e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }
}
