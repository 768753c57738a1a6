package com.merchantdesk.orders.view;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.orders.Channel;
import com.merchantdesk.ui.controls.ChoiceLabels;
import com.merchantdesk.ui.controls.LazyTooltip;
import com.merchantdesk.ui.controls.NotOnPlatformFilter;
import javafx.scene.control.ToggleButton;
import com.merchantdesk.ui.controls.Reflow;
import com.merchantdesk.ui.controls.SearchKeys;
import com.merchantdesk.ui.controls.ShortcutHint;
import com.merchantdesk.ui.controls.ToolButtons;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Search field and filters of the orders list: status, channel and the dates the orders were taken. */
final class OrdersToolbar {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final TextField search = new TextField();
    private final Reflow bar;

    OrdersToolbar(OrderListViewModel vm, Runnable focusList, Runnable refresh) {
        search.setId("orders-search");
        search.setPromptText(Messages.get("orders.view.search.prompt"));
        LazyTooltip.install(search, ShortcutHint.text(Messages.get("orders.view.search.tooltip"), OrderShortcuts.SEARCH));
        search.setPrefColumnCount(18);
        search.setMinWidth(140);
        search.textProperty().bindBidirectional(vm.searchTextProperty());
        search.setOnAction(e -> {
            vm.refresh();
            search.selectAll();
        });
        SearchKeys.install(search, focusList);
        FontIcon searchIcon = new FontIcon(Feather.SEARCH);
        searchIcon.getStyleClass().add("search-icon");
        HBox searchBox = new HBox(6, searchIcon, search);
        searchBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox.setHgrow(searchBox, Priority.SOMETIMES);

        ComboBox<StatusChoice> status = new ComboBox<>();
        status.setId("orders-status-filter");
        status.getItems().setAll(StatusChoice.values());
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.setConverter(ChoiceLabels.of(StatusChoice::label));
        LazyTooltip.install(status, Messages.get("orders.view.filter.status.tooltip"));
        status.setMinWidth(Region.USE_PREF_SIZE);

        ComboBox<Channel> channel = new ComboBox<>();
        channel.setId("orders-channel-filter");
        List<Channel> channels = new ArrayList<>();
        channels.add(null);
        channels.addAll(List.of(Channel.values()));
        channel.getItems().setAll(channels);
        channel.setButtonCell(new ChannelCell());
        channel.setCellFactory(l -> new ChannelCell());
        channel.valueProperty().bindBidirectional(vm.channelProperty());
        LazyTooltip.install(channel, Messages.get("orders.view.filter.channel.tooltip"));
        channel.setMinWidth(Region.USE_PREF_SIZE);

        DatePicker from = datePicker("orders-from", "orders.view.filter.from", () -> "orders.view.filter.from.tooltip");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        // Its tooltip says so when the dates are the wrong way round.
        DatePicker to = datePicker("orders-to", "orders.view.filter.to",
                () -> vm.datesReversed().get() ? "orders.view.filter.datesReversed" : "orders.view.filter.to.tooltip");
        to.valueProperty().bindBidirectional(vm.toProperty());
        vm.datesReversed().addListener((o, was, reversed) -> to.pseudoClassStateChanged(DANGER, reversed));
        Label dash = new Label("\u2013");
        dash.setMinWidth(Region.USE_PREF_SIZE);
        HBox dates = new HBox(4, from, dash, to);
        dates.setAlignment(Pos.CENTER_LEFT);

        ToggleButton notOnPlatform = NotOnPlatformFilter.toggle("orders-not-on-platform", vm.notOnPlatformProperty());

        Button clear = ToolButtons.icon("orders-clear-filters", Feather.X_CIRCLE, "orders.view.filter.clear", null, vm::clearFilters);
        clear.disableProperty().bind(vm.filtered().not());
        Button reload = ToolButtons.icon("orders-refresh", Feather.REFRESH_CW, "orders.view.action.refresh", OrderShortcuts.REFRESH,
                refresh);

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        Separator separator = new Separator(Orientation.VERTICAL);
        // One row while the filters fit at their least widths; in a narrow window the dates go to a second row.
        List<Node> oneRow = List.of(searchBox, status, channel, separator, dates, notOnPlatform, clear, spring, reload);
        HBox first = row();
        HBox second = row();
        VBox twoRows = new VBox(8);
        bar = new Reflow(() -> first.getSpacing() * (oneRow.size() - 1)
                        + oneRow.stream().mapToDouble(n -> n.minWidth(-1)).sum(),
                () -> {
                    first.getChildren().setAll(oneRow);
                    return first;
                },
                () -> {
                    first.getChildren().setAll(searchBox, status, channel);
                    second.getChildren().setAll(dates, notOnPlatform, clear, spring, reload);
                    twoRows.getChildren().setAll(first, second);
                    return twoRows;
                });
        bar.getStyleClass().addAll("tool-bar", "orders-toolbar");
    }

    private static HBox row() {
        HBox row = new HBox(8);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    Region node() { return bar; }

    TextField searchField() { return search; }

    private static DatePicker datePicker(String id, String promptKey, Supplier<String> tooltipKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        SafeDateConverter.install(picker);
        picker.setPromptText(Messages.get(promptKey));
        picker.setPrefWidth(128);
        picker.setMinWidth(112);
        LazyTooltip.install(picker, () -> Messages.get(tooltipKey.get()) + "\n" + SafeDateConverter.example());
        picker.getEditor().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && picker.getValue() != null) {
                picker.setValue(null);
                picker.getEditor().clear();
                e.consume();
            }
        });
        return picker;
    }

    /** A channel, and "All channels" for the empty choice. */
    private static final class ChannelCell extends ListCell<Channel> {
        @Override
        protected void updateItem(Channel item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? Messages.get("orders.view.filter.allChannels") : OrderFormats.channel(item));
        }
    }
}
