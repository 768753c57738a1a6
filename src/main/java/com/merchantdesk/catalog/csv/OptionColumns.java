package com.merchantdesk.catalog.csv;

import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.Sku;
import com.merchantdesk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A product's options as a handle gives them: the names, and the columns each option's name and values
 * come from. A file without option columns keeps the options (and each SKU's values) the product has.
 *
 * @param inFile whether the file has option columns at all
 */
record OptionColumns(boolean inFile, List<String> names, List<CsvColumn> nameColumns, List<CsvColumn> valueColumns) {

    /** Reads the option names of {@code g}, reporting a gap (option 2 named but option 1 not). */
    static OptionColumns of(HandleGroup g, Product before, ErrorList errors) {
        boolean inFile = CsvColumn.OPTION_NAMES.stream().anyMatch(g::has);
        if (!inFile) {
            List<String> names = before == null ? List.of() : before.optionNames();
            return new OptionColumns(false, names, CsvColumn.OPTION_NAMES.subList(0, names.size()),
                    CsvColumn.OPTION_VALUES.subList(0, names.size()));
        }
        List<String> names = new ArrayList<>();
        List<CsvColumn> nameColumns = new ArrayList<>();
        List<CsvColumn> valueColumns = new ArrayList<>();
        for (int k = 0; k < CsvColumn.OPTION_NAMES.size(); k++) {
            CsvColumn nameColumn = CsvColumn.OPTION_NAMES.get(k);
            String name = g.value(nameColumn);
            if (!name.isEmpty()) {
                names.add(name);
                nameColumns.add(nameColumn);
                valueColumns.add(CsvColumn.OPTION_VALUES.get(k));
            } else if (CsvColumn.OPTION_NAMES.subList(k + 1, CsvColumn.OPTION_NAMES.size()).stream()
                    .anyMatch(later -> !g.value(later).isEmpty())) {
                errors.add(g.firstLine(), nameColumn, Messages.get("validation.option.nameMissing"));
            }
        }
        return new OptionColumns(true, names, nameColumns, valueColumns);
    }

    /**
     * The row's value for each option, reporting by cell a named option left empty and a value given for an
     * option without a name.
     *
     * @param old the SKU the row updates, or null
     */
    List<String> values(CsvRow row, Sku old, ErrorList errors) {
        if (!inFile) {
            return old == null ? List.of() : old.optionValues();
        }
        List<String> values = new ArrayList<>();
        for (int k = 0; k < CsvColumn.OPTION_VALUES.size(); k++) {
            CsvColumn valueColumn = CsvColumn.OPTION_VALUES.get(k);
            String value = row.get(valueColumn);
            if (valueColumns.contains(valueColumn)) {
                if (value.isEmpty()) {
                    errors.add(row.line(), valueColumn, Messages.get("validation.option.valueMissing"));
                }
                values.add(value);
            } else if (!value.isEmpty()) {
                errors.add(row.line(), valueColumn,
                        Messages.get("csv.option.noName", errors.name(row.line(), CsvColumn.OPTION_NAMES.get(k))));
            }
        }
        return values;
    }
}
