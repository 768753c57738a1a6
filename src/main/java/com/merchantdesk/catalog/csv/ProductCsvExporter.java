package com.merchantdesk.catalog.csv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Money;
import com.merchantdesk.kernel.csv.SpreadsheetSafeText;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.StoreException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every product (all statuses) with its SKUs and on-hand stock as CSV in the import's format, UTF-8
 * with a BOM so spreadsheet apps read it as UTF-8, and text that a spreadsheet app would run as a formula
 * written with a leading {@code '} ({@link SpreadsheetSafeText}). Reads the catalogue a page at a time and streams rows
 * out, so memory stays flat however large the catalogue. The file appears only when complete: it is
 * written beside the target and moved into place. Blocking: call from a background thread.
 */
public final class ProductCsvExporter {

    /** Products per read; each read holds a pooled connection only briefly. */
    static final int PAGE_SIZE = 500;

    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

    private final Database db;

    public ProductCsvExporter(Database db) { this.db = db; }

    /** Exports without progress or cancellation. */
    public ExportResult exportFile(Path file) {
        return exportFile(file, CsvProgress.NONE, () -> false);
    }

    /** Exports in {@code format} without progress or cancellation. */
    public ExportResult exportFile(Path file, ExportFormat format) {
        return exportFile(file, format, CsvProgress.NONE, () -> false);
    }

    /** {@link #exportFile(Path, ExportFormat, CsvProgress, BooleanSupplier)} in our own format. */
    public ExportResult exportFile(Path file, CsvProgress progress, BooleanSupplier cancelled) {
        return exportFile(file, ExportFormat.OURS, progress, cancelled);
    }

    /**
     * Exports to {@code file}, replacing it when complete.
     *
     * @param progress  told rows written of rows in the catalogue
     * @param cancelled asked between pages; when true the export stops and {@code file} is left untouched
     * @throws CancellationException when cancelled
     * @throws UncheckedIOException  when the file cannot be written (message for the seller)
     */
    public ExportResult exportFile(Path file, ExportFormat format, CsvProgress progress, BooleanSupplier cancelled) {
        Cancellation cancellation = new Cancellation(cancelled, "csv.export.cancelled");
        CsvProgress listener = progress == null ? CsvProgress.NONE : progress;
        Path target = file.toAbsolutePath();
        Path partial;
        try {
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        } catch (IOException e) {
            throw failed(target, e);
        }
        boolean done = false;
        try {
            ExportResult result;
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 16)) {
                out.write(CsvFileReader.BOM);
                result = write(out, PlatformExportRows.of(format), listener, cancellation);
            }
            move(partial, target);
            done = true;
            return result;
        } catch (IOException e) {
            throw failed(target, e);
        } finally {
            if (!done) {
                deleteQuietly(partial);
            }
        }
    }

    private ExportResult write(Writer out, PlatformExportRows format, CsvProgress progress, Cancellation cancellation)
            throws IOException {
        long total = db.read(ProductCsvExporter::skuCount);
        CSVPrinter printer = new CSVPrinter(out, CsvFileReader.FORMAT);
        printer.printRecord(format.header());
        int products = 0;
        int rows = 0;
        long after = 0;
        progress.update(0, Math.max(total, 1));
        while (true) {
            cancellation.check();
            long from = after;
            Page page = db.read(c -> page(c, from));
            if (page.lastRowid() < 0) {
                break;
            }
            for (ExportedProduct p : page.products()) {
                for (Object[] line : format.lines(p)) {
                    printer.printRecord(line);
                }
                rows += p.skus().size();
                products++;
            }
            after = page.lastRowid();
            total = Math.max(total, rows);
            progress.update(rows, Math.max(total, 1));
        }
        printer.flush();
        progress.update(Math.max(total, 1), Math.max(total, 1));
        return new ExportResult(products, rows);
    }

    private static long skuCount(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM sku")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Products after a rowid; {@code lastRowid} is -1 past the end. */
    private record Page(long lastRowid, List<ExportedProduct> products) {}

    /** One product as exported; {@code skus} holds each SKU's option values (JSON) and its cells from {@code sku} on. */
    record ExportedProduct(String title, String description, String category, String status,
                           List<String> optionNames, List<String[]> skus) {

        /** The option values of SKU {@code index}. */
        List<String> optionValues(int index) { return fromJson(skus.get(index)[0]); }

        String[] row(int index) {
            String[] cells = new String[CsvColumn.values().length];
            Arrays.fill(cells, "");
            String[] sku = skus.get(index);
            List<String> values = fromJson(sku[0]);
            cells[CsvColumn.HANDLE.ordinal()] = skus.get(0)[1];
            if (index == 0) {
                cells[CsvColumn.TITLE.ordinal()] = title;
                cells[CsvColumn.DESCRIPTION.ordinal()] = description;
                cells[CsvColumn.CATEGORY.ordinal()] = category;
                cells[CsvColumn.STATUS.ordinal()] = status.toLowerCase(Locale.ROOT);
                for (int k = 0; k < optionNames.size() && k < CsvColumn.OPTION_NAMES.size(); k++) {
                    cells[CsvColumn.OPTION_NAMES.get(k).ordinal()] = optionNames.get(k);
                }
            }
            for (int k = 0; k < values.size() && k < CsvColumn.OPTION_VALUES.size(); k++) {
                cells[CsvColumn.OPTION_VALUES.get(k).ordinal()] = values.get(k);
            }
            int first = CsvColumn.SKU.ordinal();
            System.arraycopy(sku, 1, cells, first, sku.length - 1);
            return cells;
        }
    }

    private static Page page(Connection c, long afterRowid) throws SQLException {
        Map<String, ExportedProduct> products = new LinkedHashMap<>();
        long lastRowid = -1;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT rowid, id, title, description, category, status, option_names FROM product "
                        + "WHERE rowid > ? ORDER BY rowid LIMIT ?")) {
            ps.setLong(1, afterRowid);
            ps.setInt(2, PAGE_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lastRowid = rs.getLong(1);
                    products.put(rs.getString(2), new ExportedProduct(rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), fromJson(rs.getString(7)), new ArrayList<>()));
                }
            }
        }
        if (products.isEmpty()) {
            return new Page(-1, List.of());
        }
        String marks = String.join(",", Collections.nCopies(products.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT s.product_id, s.option_values, s.code, s.barcode, s.price_minor, s.compare_at_minor, s.cost_minor, "
                        + "s.currency, s.weight_grams, s.reorder_point, l.on_hand, s.bin_location, s.hs_code, "
                        + "s.origin_country FROM sku s "
                        + "LEFT JOIN stock_level l ON l.sku_id = s.id WHERE s.product_id IN (" + marks + ") "
                        + "ORDER BY s.product_id, s.position")) {
            int i = 1;
            for (String id : products.keySet()) {
                ps.setString(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String currency = rs.getString(8);
                    products.get(rs.getString(1)).skus().add(new String[] {
                            rs.getString(2), rs.getString(3), nz(rs.getString(4)), money(rs, 5, currency),
                            money(rs, 6, currency), money(rs, 7, currency), currency, number(rs, 9), number(rs, 10),
                            number(rs, 11), rs.getString(12), rs.getString(13), rs.getString(14)});
                }
            }
        }
        // A product deleted between the two reads has no SKUs left and nothing to export.
        List<ExportedProduct> result = new ArrayList<>(products.values());
        result.removeIf(p -> p.skus().isEmpty());
        return new Page(lastRowid, result);
    }

    private static String money(ResultSet rs, int column, String currency) throws SQLException {
        long minor = rs.getLong(column);
        return rs.wasNull() ? "" : Money.ofMinor(minor, currency).toPlainString();
    }

    private static String number(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? "" : Long.toString(value);
    }

    private static String nz(String s) { return s == null ? "" : s; }

    private static List<String> fromJson(String json) {
        try {
            return Json.mapper().readValue(json, STRING_LIST);
        } catch (JsonProcessingException e) {
            throw new StoreException("Damaged list in the database: " + json, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // the partial file is hidden and harmless; the export's own error matters more
        }
    }

    private static UncheckedIOException failed(Path file, IOException e) {
        return new UncheckedIOException(Messages.get("csv.export.failed", file, e.getMessage()), e);
    }
}
