package com.merchantdesk.shipping.pool;

import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A file of waybill numbers as carriers send them: one number a line, or a CSV whose first column is the number
 * (a header line such as {@code tracking} is skipped). Blank lines are ignored; each number is named by its line.
 */
public final class PoolFile {

    private PoolFile() {}

    public static List<PoolEntry> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ValidationException(FieldError.of("file", "shipping.pool.fileMissing", file));
        } catch (IOException e) {
            throw new ValidationException(FieldError.of("file", "shipping.pool.fileUnreadable", file, e.getMessage()));
        }
        return entries(lines);
    }

    static List<PoolEntry> entries(List<String> lines) {
        List<PoolEntry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(0).replace("\uFEFF", "") : lines.get(i);
            String first = firstField(line);
            if (first.isEmpty() || (entries.isEmpty() && isHeader(first))) {
                continue;
            }
            entries.add(new PoolEntry("line " + (i + 1), first));
        }
        return entries;
    }

    private static String firstField(String line) {
        int comma = line.indexOf(',');
        int semicolon = line.indexOf(';');
        int tab = line.indexOf('\t');
        int end = line.length();
        for (int at : new int[] {comma, semicolon, tab}) {
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return line.substring(0, end).replace("\"", "").strip();
    }

    private static boolean isHeader(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return f.equals("tracking") || f.equals("tracking_number") || f.equals("number") || f.equals("waybill");
    }
}
