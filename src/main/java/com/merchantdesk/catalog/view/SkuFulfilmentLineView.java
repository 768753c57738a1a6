package com.merchantdesk.catalog.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.FieldErrors;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/**
 * One line of the form's picking and customs grid: the SKU's code (to tell the lines apart) and its bin location,
 * HS code and country of origin. Kept apart from the SKU grid, which is already as wide as the form with options.
 */
final class SkuFulfilmentLineView {

    // A bin such as A-01-2 or SHELF-12B, an HS code typed as 6109.10.00, a two-letter country.
    static final double BIN_WIDTH = 140;
    static final double HS_CODE_WIDTH = 120;
    static final double COUNTRY_WIDTH = 64;

    private final HBox box = new HBox(SkuLineView.SPACING);
    private final Label code = new Label();
    private final TextField binLocation;
    private final TextField hsCode;
    private final TextField originCountry;

    SkuFulfilmentLineView(SkuFormRow row, ProductFormViewModel vm, FieldErrors validation) {
        box.getStyleClass().add("sku-fulfilment-line");
        box.setAlignment(Pos.CENTER_LEFT);
        code.textProperty().bind(Bindings.createStringBinding(
                () -> row.codeProperty().get().isBlank() ? "\u2014" : row.codeProperty().get().strip(), row.codeProperty()));
        code.getStyleClass().add("sku-fulfilment-code");
        code.setPrefWidth(SkuLineView.CODE_WIDTH);
        code.setMinWidth(SkuLineView.CODE_WIDTH);
        binLocation = field(row, row.binLocationProperty(), BIN_WIDTH, SkuFormRow.BIN_LOCATION, vm, validation);
        hsCode = field(row, row.hsCodeProperty(), HS_CODE_WIDTH, SkuFormRow.HS_CODE, vm, validation);
        originCountry = field(row, row.originCountryProperty(), COUNTRY_WIDTH, SkuFormRow.ORIGIN_COUNTRY, vm, validation);
        box.getChildren().addAll(code, binLocation, hsCode, originCountry);
    }

    private static TextField field(SkuFormRow row, StringProperty property, double width, String name,
                                   ProductFormViewModel vm, FieldErrors validation) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setPrefWidth(width);
        field.setMinWidth(width);
        field.setAccessibleText(Messages.get("products.form.sku." + name));
        validation.register(field, () -> vm.skuField(row, name));
        return field;
    }

    /** Ids follow the line's position, like the SKU grid's: {@code sku-1-bin-location}. */
    void number(int index) {
        String prefix = "sku-" + index + "-";
        binLocation.setId(prefix + "bin-location");
        hsCode.setId(prefix + "hs-code");
        originCountry.setId(prefix + "origin-country");
    }

    HBox node() { return box; }

    /** Every control of the line, for forgetting it when the line goes. */
    List<Control> controls() { return List.of(binLocation, hsCode, originCountry); }
}
