package com.merchantdesk.orders.view;

import com.merchantdesk.catalog.SkuRow;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.ui.controls.FieldErrors;
import com.merchantdesk.ui.controls.FormLayout;
import java.util.function.BooleanSupplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The order entry form's add-item field: products suggested as words are typed (Down/Up move through them, Enter
 * adds the highlighted one), or a code typed or scanned and Enter ({@code 3*CODE} adds three). Up with no
 * suggestions shown goes to the last line. Its state is {@link EntryItemPickerModel}.
 */
final class EntryItemPicker {

    private final EntryItemPickerModel model;
    private final TextField field = new TextField();
    private final SuggestionPopup<SkuRow> suggestions;
    private final Node node;

    /** @param toLastLine moves the keyboard to the last line; false when there is none */
    EntryItemPicker(EntryItemPickerModel model, FieldErrors errors, BooleanSupplier toLastLine) {
        this.model = model;
        suggestions = new SuggestionPopup<>("item-suggestions", field, model.suggestions(), EntryItemPicker::describe,
                sku -> {
                    model.enter(sku);
                    field.requestFocus();
                }, model::dismissSuggestions);
        field.setId("item-field");
        field.setPromptText(Messages.get("orders.view.entry.item.prompt"));
        field.textProperty().bindBidirectional(model.textProperty());
        errors.register(field, model::errorField);
        field.setOnAction(e -> model.enter(suggestions.highlighted()));
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.UP && !suggestions.isShowing() && toLastLine.getAsBoolean()) {
                e.consume();
            }
        });
        node = layout();
    }

    /** The field's row (label, scan icon, field, busy indicator) and the hint under it. */
    Node node() { return node; }

    TextField field() { return field; }

    boolean suggestionsShowing() { return suggestions.isShowing(); }

    /** "TS-RED-M · Linen T-Shirt / Red / M · $19.90 · 10 available", as a suggestion reads. */
    static String describe(SkuRow sku) {
        String title = sku.optionLabel() == null || sku.optionLabel().isEmpty() ? sku.title() : sku.title() + " / " + sku.optionLabel();
        return Messages.get("orders.view.entry.item.suggestion", sku.code(), title, OrderFormats.money(sku.price()),
                OrderFormats.count(sku.available()));
    }

    private Node layout() {
        HBox.setHgrow(field, Priority.ALWAYS);
        FontIcon scan = new FontIcon(Feather.MAXIMIZE);
        scan.getStyleClass().add("search-icon");
        ProgressIndicator looking = new ProgressIndicator();
        looking.setPrefSize(16, 16);
        looking.visibleProperty().bind(model.lookingProperty());
        Label label = FormLayout.mnemonic("orders.view.entry.item", field);
        HBox addRow = new HBox(8, label, scan, field, looking);
        addRow.setAlignment(Pos.CENTER_LEFT);
        addRow.setId("entry-add-row");

        Label hint = new Label(Messages.get("orders.view.entry.item.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        return new VBox(6, addRow, hint);
    }
}
