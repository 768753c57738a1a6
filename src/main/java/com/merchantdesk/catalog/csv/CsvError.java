package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;

/**
 * One reason a CSV file was refused, or one thing an import noted without refusing it (a warning): the
 * physical line of the file (1 is the header line; 0 means the file as a whole), the column (its header name,
 * or empty), and the reason in the seller's language.
 */
public record CsvError(long line, String column, String message) {

    public CsvError {
        column = column == null ? "" : column;
    }

    /** "Line 7, price: Too many decimal places; this currency has 2." in the current language. */
    public String describe() {
        if (line <= 0) {
            return message;
        }
        return column.isEmpty() ? Messages.get("csv.error.line", line, message)
                : Messages.get("csv.error.location", line, column, message);
    }
}
