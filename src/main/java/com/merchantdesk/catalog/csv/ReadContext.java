package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.csv.SpreadsheetSafeText;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the readers of every dialect share while a file is read: its problems, its notes, the cells that look
 * like spreadsheet formulas, and where relative image paths start.
 */
final class ReadContext {

    final List<CsvError> errors;
    final List<CsvError> skipped = new ArrayList<>();
    final List<CsvError> adjusted = new ArrayList<>();
    private final CsvWarnings.Collector formulaCells;
    private final Path folder;

    ReadContext(List<CsvError> errors, CsvWarnings.Collector formulaCells, Path folder) {
        this.errors = errors;
        this.formulaCells = formulaCells;
        this.folder = folder;
    }

    /** Notes a cell that a spreadsheet app would run as a formula (it is imported as text all the same). */
    void noteFormula(long line, String column, String raw) {
        if (SpreadsheetSafeText.looksLikeFormula(raw)) {
            formulaCells.add(new CsvError(line, column, Messages.get("csv.warning.formula", leadName(raw.charAt(0)))));
        }
    }

    private static String leadName(char lead) {
        return switch (lead) {
            case '\t' -> "TAB";
            case '\r' -> "CR";
            default -> String.valueOf(lead);
        };
    }

    /**
     * An image as the import keeps it: a web address as given, a path relative to the CSV file's folder made
     * absolute; null (reported) for anything else.
     */
    String imageSource(long line, String column, String given) {
        String lower = given.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return URI.create(given.replace(" ", "%20")).toString();
            } catch (IllegalArgumentException e) {
                errors.add(new CsvError(line, column, Messages.get("csv.image.badAddress", given)));
                return null;
            }
        }
        try {
            Path path = Path.of(lower.startsWith("file:") ? URI.create(given).getPath() : given);
            return (path.isAbsolute() ? path : folder.resolve(path)).normalize().toString();
        } catch (IllegalArgumentException e) {
            errors.add(new CsvError(line, column, Messages.get("csv.image.badAddress", given)));
            return null;
        }
    }
}
