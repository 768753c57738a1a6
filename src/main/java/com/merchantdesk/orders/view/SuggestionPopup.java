package com.merchantdesk.orders.view;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.Popup;

/**
 * Suggestions under a text field while the seller types (customers, products). The keyboard stays in the
 * field: Down and Up move through the suggestions, Enter takes the highlighted one (the field's own Enter
 * handler asks {@link #highlighted()}), Esc hides them. A click takes one too.
 *
 * @param <T> one suggestion
 */
final class SuggestionPopup<T> {

    private final TextField field;
    private final ObservableList<T> items;
    private final Popup popup = new Popup();
    private final ListView<T> list = new ListView<>();

    SuggestionPopup(String id, TextField field, ObservableList<T> items, Function<T, String> text, Consumer<T> onPick,
                    Runnable onDismiss) {
        this.field = field;
        this.items = items;
        list.setId(id);
        list.getStyleClass().add("suggestions");
        list.setItems(items);
        list.setFocusTraversable(false);
        list.setFixedCellSize(30);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        list.setOnMouseClicked(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && item != null) {
                onPick.accept(item);
            }
        });
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);

        items.addListener((ListChangeListener<T>) c -> update());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                popup.hide();
            } else {
                update();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!popup.isShowing()) {
                return;
            }
            if (e.getCode() == KeyCode.DOWN) {
                move(1);
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                move(-1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                onDismiss.run();
                e.consume();
            }
        });
    }

    /** The suggestion the seller moved to with the arrow keys, or null. */
    T highlighted() {
        return popup.isShowing() ? list.getSelectionModel().getSelectedItem() : null;
    }

    boolean isShowing() { return popup.isShowing(); }

    ListView<T> list() { return list; }

    private void move(int step) {
        int size = items.size();
        if (size == 0) {
            return;
        }
        int index = list.getSelectionModel().getSelectedIndex();
        int next = index < 0 ? (step > 0 ? 0 : size - 1) : Math.floorMod(index + step, size);
        list.getSelectionModel().clearAndSelect(next);
        list.scrollTo(next);
    }

    private void update() {
        list.getSelectionModel().clearSelection();
        if (items.isEmpty() || !field.isFocused() || field.getScene() == null || field.getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        list.setPrefHeight(Math.min(items.size(), 8) * list.getFixedCellSize() + 4);
        list.setPrefWidth(Math.max(field.getWidth(), 360));
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) {
                popup.show(field, b.getMinX(), b.getMaxY() + 2);
            }
        }
    }
}
