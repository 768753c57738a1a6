package com.merchantdesk.ui.controls;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/** The keys of a list's search field: Esc clears the search, the down arrow moves into the list. */
public final class SearchKeys {

    private SearchKeys() {}

    public static void install(TextField search, Runnable focusList) {
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                focusList.run();
                e.consume();
            }
        });
    }
}
