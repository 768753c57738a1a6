package com.merchantdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine a benchmark ran on, for the report: cores, CPU model, memory, operating system, Java, and the
 * load average (other work on a shared 2-core machine changes every figure, so the report says how busy it was).
 */
public record MachineInfo(int cores, String cpuModel, long memoryMb, String os, String java, String loadAverage) {

    public static MachineInfo current() {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), readCpuModel(), readMemoryMb(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch") + osRelease().map(r -> " (" + r + ")").orElse(""),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                currentLoadAverage());
    }

    /** The 1, 5 and 15 minute load averages, or "unknown" where there is no {@code /proc/loadavg}. */
    public static String currentLoadAverage() {
        return firstLine(Path.of("/proc/loadavg"))
                .map(line -> String.join(" ", List.of(line.split("\\s+")).subList(0, 3)))
                .orElse("unknown");
    }

    private static String readCpuModel() {
        return lines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .findFirst()
                .orElse(System.getProperty("os.arch"));
    }

    private static long readMemoryMb() {
        return lines(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal:"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024)
                .findFirst()
                .orElse(-1L);
    }

    private static Optional<String> osRelease() {
        return lines(Path.of("/etc/os-release")).stream()
                .filter(l -> l.startsWith("PRETTY_NAME="))
                .map(l -> l.substring("PRETTY_NAME=".length()).replace("\"", ""))
                .findFirst();
    }

    private static Optional<String> firstLine(Path file) {
        return lines(file).stream().findFirst();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.isReadable(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
