package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells that a spreadsheet app commonly garbles and that would otherwise pass as valid: a barcode turned
 * into scientific notation (4.00638E+12 is printable, so it would be taken as a Code 128 value) and an
 * amount with a decimal comma (12,50 would be read as 1250, because commas group thousands).
 */
final class SpreadsheetPitfalls {

    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+");
    private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]*)?");
    private static final List<CsvColumn> AMOUNTS =
            List.of(CsvColumn.PRICE, CsvColumn.COMPARE_AT_PRICE, CsvColumn.COST);

    private SpreadsheetPitfalls() {}

    static void check(CsvRow row, ErrorList errors) {
        if (SCIENTIFIC.matcher(row.get(CsvColumn.BARCODE)).matches()) {
            errors.add(row.line(), CsvColumn.BARCODE, Messages.get("csv.barcode.scientific"));
        }
        for (CsvColumn column : AMOUNTS) {
            String amount = row.get(column);
            if (amount.contains(",") && !GROUPED.matcher(amount).matches()) {
                errors.add(row.line(), column, Messages.get("csv.money.decimalComma"));
            }
        }
    }
}
