package com.merchantdesk.store;

import java.util.Objects;

/**
 * How a process that writes to a data folder names itself, so that another process waiting for its write can
 * say what it waits for: the window, or a command by its name ({@code products import}).
 */
public record WriterInfo(Kind kind, String name) {

    public enum Kind { WINDOW, COMMAND, OTHER }

    /** A process that did not name itself (tests, tools). */
    public static final WriterInfo UNNAMED = new WriterInfo(Kind.OTHER, "");

    public WriterInfo {
        Objects.requireNonNull(kind, "kind");
        // One line each: the name goes into a small text file read by other processes.
        name = name == null ? "" : name.replaceAll("\\s+", " ").strip();
    }

    public static WriterInfo window() { return new WriterInfo(Kind.WINDOW, ""); }

    public static WriterInfo command(String name) { return new WriterInfo(Kind.COMMAND, name); }
}
