package com.merchantdesk.ui.controls;

import javafx.beans.Observable;
import javafx.beans.value.ObservableStringValue;

/** A list shown one page at a time, as a {@link PageBar} moves through it. */
public interface Paging {

    boolean hasPreviousPage();

    boolean hasNextPage();

    void firstPage();

    void previousPage();

    void nextPage();

    void lastPage();

    /** Where the page is, e.g. "1–100 of 12,345". */
    ObservableStringValue pageLabel();

    /** What {@link #hasPreviousPage()} and {@link #hasNextPage()} depend on, so buttons can follow them. */
    Observable[] pagePosition();
}
