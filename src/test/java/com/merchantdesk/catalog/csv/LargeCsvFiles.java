package com.merchantdesk.catalog.csv;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Barcode;
import com.merchantdesk.store.DataDirectory;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic products CSV files of any size, for tests and for timing an import by hand:
 * {@code java -cp target/classes:target/test-classes:<deps> com.merchantdesk.catalog.csv.LargeCsvFiles 100000}.
 */
public final class LargeCsvFiles {

    private static final String[] WORDS = {"Linen", "Cotton", "Wool", "Classic", "Slim", "Shirt", "Dress", "Mug",
            "Lamp", "Wallet", "Scarf", "Cap", "Tote", "Notebook", "Candle", "면", "셔츠", "가방", "茶杯", "围巾", "台灯"};
    private static final String[] CATEGORIES = {"Apparel", "Home", "Accessories", "Stationery", "주방", "家居"};
    private static final String[] COLOURS = {"Red", "Blue", "Black", "White"};
    private static final String[] SIZES = {"S", "M", "L", "XL"};

    private LargeCsvFiles() {}

    /** A valid file of exactly {@code rows} SKU rows, products of 1 to 4 variants, with BOM. */
    public static Path write(Path file, int rows, long seed) {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            out.write(String.join(",", java.util.Arrays.stream(CsvColumn.values()).map(CsvColumn::header).toList()));
            out.write("\r\n");
            int written = 0;
            for (int product = 0; written < rows; product++) {
                int variants = Math.min(rows - written, 1 + random.nextInt(4));
                String handle = "p-" + product;
                String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)] + " " + product;
                for (int v = 0; v < variants; v++) {
                    boolean first = v == 0;
                    String code = "SKU-" + product + "-" + v;
                    String barcode = random.nextInt(3) == 0 ? "" : ean(200_000_000_000L + (long) product * 4 + v);
                    long cents = 100 + random.nextInt(20_000);
                    List<String> cells = List.of(handle, first ? title : "",
                            first ? "\"Made by hand, " + product + ".\nSecond line.\"" : "",
                            first ? CATEGORIES[random.nextInt(CATEGORIES.length)] : "",
                            first ? "active" : "",
                            variants > 1 && first ? "Colour" : "", variants > 1 ? COLOURS[v] : "",
                            variants > 1 && first ? "Size" : "", variants > 1 ? SIZES[random.nextInt(SIZES.length)] : "",
                            "", "",
                            code, barcode, cents / 100 + "." + String.format("%02d", cents % 100),
                            random.nextBoolean() ? "" : (cents / 100 + 5) + ".00", (cents / 200) + ".00", "USD",
                            Integer.toString(50 + random.nextInt(900)), Integer.toString(random.nextInt(10)),
                            Integer.toString(random.nextInt(200)),
                            // Bin, HS code and origin from the positions alone, so the seed gives the same file as before.
                            "AB".charAt(product % 2) + "-" + String.format("%02d", product % 12) + "-" + (v + 1),
                            product % 3 == 0 ? "" : "6109.10", product % 2 == 0 ? "KR" : "");
                    out.write(String.join(",", cells));
                    out.write("\r\n");
                    written++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String ean(long twelveDigits) {
        String payload = String.format("%012d", twelveDigits);
        return payload + Barcode.checkDigit(payload);
    }

    /**
     * Generates a file of {@code args[0]} rows (default 100,000) in a fresh temporary data folder, times one
     * import of it, an export, and a re-import of the export (all unchanged), then deletes the folder.
     */
    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("csv-bench");
        try {
            run(dir, rows);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static void run(Path dir, int rows) throws IOException {
        Path file = write(dir.resolve("products.csv"), rows, 42);
        System.out.printf("file: %s, %,d bytes%n", file, Files.size(file));
        try (AppContext app = AppContext.open(new DataDirectory(dir.resolve("data")), Clock.systemUTC())) {
            long start = System.nanoTime();
            long[] lastReport = {0};
            ImportResult result = new ProductCsvImporter(app.catalog(), app.clock()).importFile(file,
                    Currency.getInstance("USD"), (done, total) -> {
                        long now = System.nanoTime();
                        if (now - lastReport[0] > 2_000_000_000L || done == total) {
                            lastReport[0] = now;
                            System.out.printf("  %5.1f%% at %.1f s%n", 100.0 * done / total, (now - start) / 1e9);
                        }
                    }, () -> false);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("import: %s in %.1f s%n", result, seconds);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used after: %,d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
            long exportStart = System.nanoTime();
            ExportResult exported = new ProductCsvExporter(app.database()).exportFile(dir.resolve("export.csv"));
            System.out.printf("export: %s in %.1f s%n", exported, (System.nanoTime() - exportStart) / 1e9);
            long againStart = System.nanoTime();
            ImportResult again = new ProductCsvImporter(app.catalog(), app.clock())
                    .importFile(dir.resolve("export.csv"), Currency.getInstance("USD"));
            System.out.printf("re-import of the export: %s in %.1f s%n", again, (System.nanoTime() - againStart) / 1e9);
        }
    }
}
