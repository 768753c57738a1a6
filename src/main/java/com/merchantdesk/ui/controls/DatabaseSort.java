package com.merchantdesk.ui.controls;

import java.util.function.BiConsumer;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table that shows one page of a query: clicking a header asks the list for a new query instead of
 * sorting the page in memory. Each sortable column carries its sort key ({@link TableColumns#sortedBy}).
 */
public final class DatabaseSort {

    private DatabaseSort() {}

    /**
     * @param sortBy      runs the query again sorted by a column's key, descending or not
     * @param unsorted    the order when the seller removes every column from the sort
     */
    @SuppressWarnings("unchecked")
    public static <R, S> void install(TableView<R> table, BiConsumer<S, Boolean> sortBy, S unsorted, boolean unsortedDescending) {
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                sortBy.accept(unsorted, unsortedDescending);
            } else {
                TableColumn<R, ?> first = t.getSortOrder().get(0);
                sortBy.accept((S) first.getUserData(), first.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });
    }
}
