package com.merchantdesk.catalog.csv;

import com.merchantdesk.catalog.Sku;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the domain's field errors for one product ({@code title}, {@code skus[2].price}) into CSV errors at
 * the right line and column. SKU {@code i} is the handle's i-th row; SKUs after the file's rows are ones the
 * catalogue keeps although the file does not list them, reported at the handle's first line.
 */
final class FieldErrorMapper {

    private static final Pattern SKU_FIELD = Pattern.compile("skus\\[(\\d+)]\\.(\\w+)");

    private final HandleGroup group;
    private final List<CsvColumn> optionNameColumns;
    private final List<CsvColumn> optionValueColumns;
    private final List<Sku> keptSkus;
    private final ErrorList names;

    /**
     * @param optionNameColumns  the name column of each of the product's options, in order
     * @param optionValueColumns the value column of each of the product's options, in order
     * @param keptSkus           catalogue SKUs of the product that the file does not list, after the file's rows
     */
    FieldErrorMapper(HandleGroup group, List<CsvColumn> optionNameColumns, List<CsvColumn> optionValueColumns,
                     List<Sku> keptSkus, ErrorList names) {
        this.group = group;
        this.names = names;
        this.optionNameColumns = optionNameColumns;
        this.optionValueColumns = optionValueColumns;
        this.keptSkus = keptSkus;
    }

    /** Whether the error is about a SKU the file lists (rather than the product or a kept SKU). */
    boolean isFileRow(FieldError error) {
        Matcher m = SKU_FIELD.matcher(error.field());
        return m.matches() && Integer.parseInt(m.group(1)) < group.rows().size();
    }

    CsvError map(FieldError error) {
        Matcher m = SKU_FIELD.matcher(error.field());
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            CsvColumn column = skuColumn(m.group(2));
            if (index < group.rows().size()) {
                long line = group.rows().get(index).line();
                return new CsvError(line, names.name(line, column), error.message());
            }
            String code = keptSkus.get(index - group.rows().size()).code();
            return new CsvError(group.firstLine(), names.name(group.firstLine(), column),
                    Messages.get("csv.keptSku", code, error.message()));
        }
        CsvColumn column = switch (error.field()) {
            case "title" -> CsvColumn.TITLE;
            case "status" -> CsvColumn.STATUS;
            case "options" -> optionNameColumn(error);
            default -> CsvColumn.SKU;
        };
        long line = group.lineOf(column);
        return new CsvError(line, names.name(line, column), error.message());
    }

    private CsvColumn skuColumn(String field) {
        return switch (field) {
            case "barcode" -> CsvColumn.BARCODE;
            case "price" -> CsvColumn.PRICE;
            case "compareAtPrice" -> CsvColumn.COMPARE_AT_PRICE;
            case "cost" -> CsvColumn.COST;
            case "weight" -> CsvColumn.WEIGHT_GRAMS;
            case "reorderPoint" -> CsvColumn.REORDER_POINT;
            case "binLocation" -> CsvColumn.BIN_LOCATION;
            case "hsCode" -> CsvColumn.HS_CODE;
            case "originCountry" -> CsvColumn.ORIGIN_COUNTRY;
            case "optionValues" -> optionValueColumns.isEmpty() ? CsvColumn.OPTION1_VALUE : optionValueColumns.get(0);
            default -> CsvColumn.SKU;
        };
    }

    /** For "option Colour is named twice", the column of the second Colour. */
    private CsvColumn optionNameColumn(FieldError error) {
        if (!error.args().isEmpty() && "validation.option.duplicateName".equals(error.messageKey())) {
            String name = String.valueOf(error.args().get(0)).toLowerCase(Locale.ROOT);
            for (int k = optionNameColumns.size() - 1; k >= 0; k--) {
                if (group.value(optionNameColumns.get(k)).toLowerCase(Locale.ROOT).equals(name)) {
                    return optionNameColumns.get(k);
                }
            }
        }
        return optionNameColumns.isEmpty() ? CsvColumn.OPTION1_NAME : optionNameColumns.get(0);
    }
}
