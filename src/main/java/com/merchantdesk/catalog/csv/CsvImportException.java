package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;
import java.util.Comparator;
import java.util.List;

/** An import was refused and nothing was changed. Carries every problem found, sorted by line. */
public class CsvImportException extends RuntimeException {

    /** The exception message lists at most this many problems; {@link #errors()} has all of them. */
    static final int MESSAGE_LIMIT = 100;

    private final List<CsvError> errors;

    public CsvImportException(List<CsvError> errors) {
        super(summary(sorted(errors)));
        this.errors = sorted(errors);
    }

    public List<CsvError> errors() { return errors; }

    private static List<CsvError> sorted(List<CsvError> errors) {
        return errors.stream().sorted(Comparator.comparingLong(CsvError::line)).toList();
    }

    private static String summary(List<CsvError> errors) {
        StringBuilder text = new StringBuilder(Messages.get("csv.error.summary", errors.size()));
        errors.stream().limit(MESSAGE_LIMIT).forEach(e -> text.append(System.lineSeparator()).append(e.describe()));
        if (errors.size() > MESSAGE_LIMIT) {
            text.append(System.lineSeparator()).append(Messages.get("csv.error.more", errors.size() - MESSAGE_LIMIT));
        }
        return text.toString();
    }
}
