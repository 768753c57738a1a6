package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.csv.SpreadsheetSafeText;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a products CSV file into rows: strict UTF-8 (a leading BOM is skipped; bytes that are not UTF-8 are
 * refused rather than turned into '?'), header matched to {@link CsvColumn}s, and each record's physical
 * starting line kept for error messages. Problems with the header or a record's shape are collected, not
 * thrown, so the seller sees all of them at once. Each cell is decoded with {@link SpreadsheetSafeText} (our
 * exports' leading {@code '} taken off), and cells a spreadsheet app would run as formulas are noted as warnings.
 */
final class CsvFileReader {

    static final char BOM = '\uFEFF';
    private static final int CHECK_EVERY = 1_000;

    /** Empty lines are kept so line numbers stay right; they are skipped here instead. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    record Result(List<CsvRow> rows, List<CsvError> errors, CsvWarnings formulaCells) {

        Result(List<CsvRow> rows, List<CsvError> errors) { this(rows, errors, CsvWarnings.NONE); }
    }

    private static final int SHARED_MAX_LENGTH = 12;
    private static final int SHARED_MAX_COUNT = 50_000;

    private final StagedProgress progress;
    private final Cancellation cancellation;
    private final Map<String, String> sharedValues = new java.util.HashMap<>();
    private final CsvWarnings.Collector formulaCells = new CsvWarnings.Collector();

    CsvFileReader(StagedProgress progress, Cancellation cancellation) {
        this.progress = progress;
        this.cancellation = cancellation;
    }

    Result read(Path file) {
        List<CsvError> errors = new ArrayList<>();
        List<CsvRow> rows = new ArrayList<>();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return unreadable(file, e);
        }
        long lastEnd = 0;
        try (CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
             Reader reader = withoutBom(new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16));
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            var records = parser.iterator();
            Map<CsvColumn, Integer> header = null;
            int width = 0;
            while (true) {
                long line = lastEnd + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    errors.add(readFailure(file, line, e.getCause()));
                    break;
                }
                lastEnd = parser.getCurrentLineNumber();
                if (header == null) {
                    if (isEmpty(record)) {
                        errors.add(new CsvError(1, "", Messages.get("csv.error.empty")));
                        break;
                    }
                    width = record.size();
                    header = header(record, errors);
                    if (!errors.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (isEmpty(record)) {
                    continue;
                }
                if (record.size() != width) {
                    errors.add(new CsvError(line, "", Messages.get("csv.error.fieldCount", record.size(), width)));
                    continue;
                }
                rows.add(row(line, record, header));
                if (rows.size() % CHECK_EVERY == 0) {
                    cancellation.check();
                    progress.update(bytes.count(), size);
                }
            }
            if (header == null && errors.isEmpty()) {
                errors.add(new CsvError(1, "", Messages.get("csv.error.empty")));
            }
        } catch (IOException e) {
            errors.add(readFailure(file, lastEnd + 1, e));
        }
        progress.update(size, size);
        return new Result(rows, errors, formulaCells.result());
    }

    private static Result unreadable(Path file, IOException e) {
        return new Result(List.of(), List.of(new CsvError(0, "", Messages.get("csv.error.unreadable", file.getFileName(),
                e.getClass().getSimpleName() + ": " + e.getMessage()))));
    }

    private static CsvError readFailure(Path file, long line, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return new CsvError(firstNonUtf8Line(file, line), "", Messages.get("csv.error.encoding"));
            }
        }
        return new CsvError(line, "", Messages.get("csv.error.malformed"));
    }

    /**
     * The decoder reads ahead, so it fails a little after the line at fault; find that line by decoding the
     * file again one line at a time. Only runs when the file has already been refused.
     */
    static long firstNonUtf8Line(Path file, long fallback) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long number = 1;
            int b;
            do {
                b = in.read();
                if (b == '\n' || b < 0) {
                    try {
                        decoder.reset().decode(ByteBuffer.wrap(line.toByteArray()));
                    } catch (CharacterCodingException e) {
                        return number;
                    }
                    line.reset();
                    number++;
                } else {
                    line.write(b);
                }
            } while (b >= 0);
        } catch (IOException e) {
            return fallback;
        }
        return fallback;
    }

    /** Skips a UTF-8 byte order mark, which spreadsheet apps write and CSV readers would take as text. */
    static Reader withoutBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        return reader;
    }

    private static Map<CsvColumn, Integer> header(CSVRecord record, List<CsvError> errors) {
        Map<CsvColumn, Integer> index = new EnumMap<>(CsvColumn.class);
        if (record.size() == 1 && (record.get(0).contains(";") || record.get(0).contains("\t"))) {
            errors.add(new CsvError(1, "", Messages.get("csv.error.delimiter")));
            return index;
        }
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip();
            var column = CsvColumn.byHeader(name);
            if (column.isEmpty()) {
                errors.add(new CsvError(1, name, Messages.get("csv.error.unknownColumn", name, CsvColumn.allHeaders())));
            } else if (index.putIfAbsent(column.get(), i) != null) {
                errors.add(new CsvError(1, name, Messages.get("csv.error.duplicateColumn", name)));
            }
        }
        for (CsvColumn column : CsvColumn.values()) {
            if (column.required() && !index.containsKey(column)) {
                errors.add(new CsvError(1, column.header(), Messages.get("csv.error.missingColumn", column.header())));
            }
        }
        for (int k = 0; k < CsvColumn.OPTION_NAMES.size(); k++) {
            CsvColumn name = CsvColumn.OPTION_NAMES.get(k);
            CsvColumn value = CsvColumn.OPTION_VALUES.get(k);
            if (index.containsKey(name) != index.containsKey(value)) {
                CsvColumn missing = index.containsKey(name) ? value : name;
                CsvColumn present = index.containsKey(name) ? name : value;
                errors.add(new CsvError(1, missing.header(), Messages.get("csv.error.optionPair", present.header(), missing.header())));
            }
        }
        return index;
    }

    private static boolean isEmpty(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private CsvRow row(long line, CSVRecord record, Map<CsvColumn, Integer> header) {
        String[] values = new String[CsvColumn.values().length];
        for (Map.Entry<CsvColumn, Integer> e : header.entrySet()) {
            values[e.getKey().ordinal()] = shared(cell(line, e.getKey(), record.get(e.getValue()).strip()));
        }
        return new CsvRow(line, values);
    }

    /** The text a cell stands for; a cell a spreadsheet app would run as a formula is noted (and kept as text). */
    private String cell(long line, CsvColumn column, String raw) {
        if (SpreadsheetSafeText.looksLikeFormula(raw)) {
            formulaCells.add(new CsvError(line, column.header(), Messages.get("csv.warning.formula", leadName(raw.charAt(0)))));
        }
        return SpreadsheetSafeText.unescape(raw);
    }

    private static String leadName(char lead) {
        return switch (lead) {
            case '\t' -> "TAB";
            case '\r' -> "CR";
            default -> String.valueOf(lead);
        };
    }

    /**
     * One instance per distinct short value ("USD", "Red", "M", "0"): a large file repeats them on every row,
     * and the whole file is held in memory until it is checked.
     */
    private String shared(String value) {
        if (value.isEmpty()) {
            return "";
        }
        if (value.length() > SHARED_MAX_LENGTH || sharedValues.size() >= SHARED_MAX_COUNT) {
            return value;
        }
        return sharedValues.computeIfAbsent(value, v -> v);
    }

    /** Counts the bytes read, for a progress bar over the file size. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) { super(in); }

        long count() { return count; }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
