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

    record Result(List<CsvRow> rows, List<CsvError> errors, CsvWarnings formulaCells, ImportNotes notes,
                  ColumnNames names) {

        Result(List<CsvRow> rows, List<CsvError> errors) {
            this(rows, errors, CsvWarnings.NONE, ImportNotes.NONE, ColumnNames.OURS);
        }
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
        List<CsvRow> rows = List.of();
        RowSource source = null;
        Path folder = file.toAbsolutePath().getParent();
        ReadContext context = new ReadContext(errors, formulaCells, folder);
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
            int width = 0;
            int read = 0;
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
                if (source == null) {
                    if (isEmpty(record)) {
                        errors.add(new CsvError(1, "", Messages.get("csv.error.empty")));
                        break;
                    }
                    width = record.size();
                    source = RowSource.forHeader(record, context, this::shared);
                    if (!errors.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (isEmpty(record)) {
                    continue;
                }
                if (record.size() != width && !(record.size() < width && source.dialect() != CsvDialect.OURS)) {
                    errors.add(new CsvError(line, "", Messages.get("csv.error.fieldCount", record.size(), width)));
                    continue;
                }
                source.add(line, record);
                if (++read % CHECK_EVERY == 0) {
                    cancellation.check();
                    progress.update(bytes.count(), size);
                }
            }
            if (source == null && errors.isEmpty()) {
                errors.add(new CsvError(1, "", Messages.get("csv.error.empty")));
            }
            if (source != null && errors.isEmpty()) {
                rows = source.finish();
            }
        } catch (IOException e) {
            errors.add(readFailure(file, lastEnd + 1, e));
        }
        progress.update(size, size);
        if (source == null) {
            return new Result(rows, errors, formulaCells.result(), ImportNotes.NONE, ColumnNames.OURS);
        }
        return new Result(rows, errors, formulaCells.result(), notes(source, rows, context),
                source.names());
    }

    private static ImportNotes notes(RowSource source, List<CsvRow> rows, ReadContext context) {
        java.util.Set<String> handles = new java.util.HashSet<>();
        int variants = 0;
        for (CsvRow row : rows) {
            if (!row.productOnly()) {
                variants++;
                handles.add(row.get(CsvColumn.HANDLE).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return new ImportNotes(source.dialect(), handles.size(), variants, source.notImported(), context.skipped,
                context.adjusted);
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

    private static boolean isEmpty(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
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
