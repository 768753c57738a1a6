package com.merchantdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident memory of a process as Linux reports it in {@code /proc/<pid>/status}: {@code VmRSS} (resident now)
 * and {@code VmHWM} (the peak). The start-up probe prints it as one marker line just before the app exits, so
 * the benchmark reads the app's own figures without racing its exit.
 */
public record ProcessMemory(long residentKb, long peakResidentKb) {

    public static final String MARKER = "MERCHANT_DESK_MEMORY";
    private static final Pattern LINE = Pattern.compile(MARKER + " VmRSS=(\\d+) kB VmHWM=(\\d+) kB");

    /** This process's memory; empty where there is no {@code /proc} (macOS, Windows). */
    public static Optional<ProcessMemory> ofThisProcess() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return Optional.empty();
        }
        try {
            return ofStatus(Files.readAllLines(status));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Reads the two fields from the lines of a {@code /proc/<pid>/status} file. */
    static Optional<ProcessMemory> ofStatus(List<String> lines) {
        long rss = -1;
        long hwm = -1;
        for (String line : lines) {
            if (line.startsWith("VmRSS:")) {
                rss = kilobytes(line);
            } else if (line.startsWith("VmHWM:")) {
                hwm = kilobytes(line);
            }
        }
        return rss < 0 || hwm < 0 ? Optional.empty() : Optional.of(new ProcessMemory(rss, hwm));
    }

    private static long kilobytes(String line) {
        String digits = line.replaceAll("[^0-9]", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits);
    }

    public String markerLine() {
        return MARKER + " VmRSS=" + residentKb + " kB VmHWM=" + peakResidentKb + " kB";
    }

    /** The memory a child printed with {@link #markerLine()}, if {@code line} is that line. */
    public static Optional<ProcessMemory> parseMarkerLine(String line) {
        Matcher m = LINE.matcher(line);
        return m.find() ? Optional.of(new ProcessMemory(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))))
                : Optional.empty();
    }

    public double residentMb() { return residentKb / 1024.0; }

    public double peakResidentMb() { return peakResidentKb / 1024.0; }
}
