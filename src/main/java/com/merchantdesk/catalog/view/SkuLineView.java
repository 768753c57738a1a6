package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.Product;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.FieldErrors;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One line of the SKU grid in the product form: a text field per SKU field and a remove button. */
final class SkuLineView {

    // Wide enough for codes like APP-0046-NVY-M or KIT-0129-23CM in full.
    static final double CODE_WIDTH = 160;
    static final double OPTION_WIDTH = 96;
    static final double BARCODE_WIDTH = 140;
    static final double MONEY_WIDTH = 88;
    static final double NUMBER_WIDTH = 76;
    static final double SPACING = 6;

    private final SkuFormRow row;
    private final HBox box = new HBox(SPACING);
    private final TextField code;
    private final List<TextField> optionValues = new ArrayList<>();
    private final TextField barcode;
    private final TextField price;
    private final TextField compareAt;
    private final TextField cost;
    private final TextField weight;
    private final TextField reorderPoint;
    private final Button remove = new Button(null, new FontIcon(Feather.X));

    SkuLineView(SkuFormRow row, ProductFormViewModel vm, FieldErrors validation) {
        this.row = row;
        box.getStyleClass().add("sku-line");
        box.setAlignment(Pos.CENTER_LEFT);
        code = field(row.codeProperty(), CODE_WIDTH, SkuFormRow.CODE, vm, validation, false);
        box.getChildren().add(code);
        for (int slot = 0; slot < Product.MAX_OPTIONS; slot++) {
            int s = slot;
            TextField value = new TextField();
            value.textProperty().bindBidirectional(row.optionValueProperty(slot));
            value.setPrefWidth(OPTION_WIDTH);
            value.setMinWidth(OPTION_WIDTH);
            var active = ProductFormView.hasName(vm.optionNameProperty(slot));
            value.visibleProperty().bind(active);
            value.managedProperty().bind(active);
            value.promptTextProperty().bind(vm.optionNameProperty(slot));
            validation.register(value, () -> vm.optionNameProperty(s).get().isBlank() ? null
                    : vm.skuField(row, SkuFormRow.OPTION_VALUES));
            optionValues.add(value);
            box.getChildren().add(value);
        }
        barcode = field(row.barcodeProperty(), BARCODE_WIDTH, SkuFormRow.BARCODE, vm, validation, false);
        price = field(row.priceProperty(), MONEY_WIDTH, SkuFormRow.PRICE, vm, validation, true);
        compareAt = field(row.compareAtProperty(), MONEY_WIDTH, SkuFormRow.COMPARE_AT, vm, validation, true);
        cost = field(row.costProperty(), MONEY_WIDTH, SkuFormRow.COST, vm, validation, true);
        weight = field(row.weightProperty(), NUMBER_WIDTH, SkuFormRow.WEIGHT, vm, validation, true);
        reorderPoint = field(row.reorderPointProperty(), NUMBER_WIDTH, SkuFormRow.REORDER_POINT, vm, validation, true);
        box.getChildren().addAll(barcode, price, compareAt, cost, weight, reorderPoint);

        remove.getStyleClass().addAll("button-icon", "flat");
        remove.setTooltip(new Tooltip(Messages.get("products.form.sku.remove")));
        remove.setAccessibleText(Messages.get("products.form.sku.remove"));
        remove.setOnAction(e -> vm.removeSku(row));
        box.getChildren().add(remove);
    }

    private static TextField field(StringProperty property, double width, String name, ProductFormViewModel vm,
                                   FieldErrors validation, boolean number) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setPrefWidth(width);
        field.setMinWidth(width);
        if (number) {
            field.setAlignment(Pos.CENTER_RIGHT);
        }
        field.setAccessibleText(Messages.get("products.form.sku." + name));
        SkuFormRow row = (SkuFormRow) property.getBean();
        validation.register(field, () -> vm.skuField(row, name));
        return field;
    }

    /** Ids follow the line's position, so tests and error links can name {@code sku-1-price}. */
    void number(int index) {
        String prefix = "sku-" + index + "-";
        code.setId(prefix + "code");
        for (int i = 0; i < optionValues.size(); i++) {
            optionValues.get(i).setId(prefix + "option-" + i);
        }
        barcode.setId(prefix + "barcode");
        price.setId(prefix + "price");
        compareAt.setId(prefix + "compare-at");
        cost.setId(prefix + "cost");
        weight.setId(prefix + "weight");
        reorderPoint.setId(prefix + "reorder-point");
        remove.setId(prefix + "remove");
    }

    SkuFormRow row() { return row; }

    HBox node() { return box; }

    TextField codeField() { return code; }

    /** Every control of the line, for forgetting it when the line goes. */
    List<Control> controls() {
        List<Control> all = new ArrayList<>(List.of(code, barcode, price, compareAt, cost, weight, reorderPoint));
        all.addAll(optionValues);
        return all;
    }
}
