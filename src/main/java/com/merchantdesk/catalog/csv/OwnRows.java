package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.csv.SpreadsheetSafeText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVRecord;

/**
 * Our own format: the header matched to {@link CsvColumn}s. A column we do not know is not read and listed
 * once as "not imported"; a required column missing, a column named twice or half an option pair refuses the
 * file. Each cell is decoded with {@link SpreadsheetSafeText} (our exports' leading {@code '} taken off).
 */
final class OwnRows implements RowSource {

    private final ReadContext context;
    private final UnaryOperator<String> share;
    private final Map<CsvColumn, Integer> header = new EnumMap<>(CsvColumn.class);
    private final Set<String> notImported = new LinkedHashSet<>();
    private final List<CsvRow> rows = new ArrayList<>();

    OwnRows(CSVRecord record, ReadContext context, UnaryOperator<String> share) {
        this.context = context;
        this.share = share;
        readHeader(record, context.errors);
    }

    @Override
    public CsvDialect dialect() { return CsvDialect.OURS; }

    @Override
    public ColumnNames names() { return ColumnNames.OURS; }

    @Override
    public List<String> notImported() { return List.copyOf(notImported); }

    private void readHeader(CSVRecord record, List<CsvError> errors) {
        if (record.size() == 1 && (record.get(0).contains(";") || record.get(0).contains("\t"))) {
            errors.add(new CsvError(1, "", Messages.get("csv.error.delimiter")));
            return;
        }
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            var column = CsvColumn.byHeader(name);
            if (column.isEmpty()) {
                if (!name.isEmpty()) {
                    notImported.add(name);
                }
            } else if (header.putIfAbsent(column.get(), i) != null) {
                errors.add(new CsvError(1, name, Messages.get("csv.error.duplicateColumn", name)));
            }
        }
        for (CsvColumn column : CsvColumn.values()) {
            if (column.required() && !header.containsKey(column)) {
                errors.add(new CsvError(1, column.header(), Messages.get("csv.error.missingColumn", column.header())));
            }
        }
        for (int k = 0; k < CsvColumn.OPTION_NAMES.size(); k++) {
            CsvColumn name = CsvColumn.OPTION_NAMES.get(k);
            CsvColumn value = CsvColumn.OPTION_VALUES.get(k);
            if (header.containsKey(name) != header.containsKey(value)) {
                CsvColumn missing = header.containsKey(name) ? value : name;
                CsvColumn present = header.containsKey(name) ? name : value;
                errors.add(new CsvError(1, missing.header(), Messages.get("csv.error.optionPair", present.header(), missing.header())));
            }
        }
    }

    @Override
    public void add(long line, CSVRecord record) {
        String[] values = new String[CsvColumn.values().length];
        for (Map.Entry<CsvColumn, Integer> e : header.entrySet()) {
            String raw = record.get(e.getValue()).strip();
            context.noteFormula(line, e.getKey().header(), raw);
            values[e.getKey().ordinal()] = share.apply(SpreadsheetSafeText.unescape(raw));
        }
        rows.add(new CsvRow(line, values));
    }

    @Override
    public List<CsvRow> finish() { return rows; }
}
