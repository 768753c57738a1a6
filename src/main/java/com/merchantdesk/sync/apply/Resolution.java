package com.merchantdesk.sync.apply;

/**
 * How the seller settles a conflict: keep the desk's value (it is sent to the platform), take the platform's (set on
 * the desk, nothing sent), or a new value (set on the desk and sent). {@code value} is what the seller typed, only
 * for an edit.
 */
public record Resolution(Choice choice, String value) {

    public enum Choice { KEEP_MINE, TAKE_THEIRS, EDIT }

    public static Resolution keepMine() { return new Resolution(Choice.KEEP_MINE, null); }

    public static Resolution takeTheirs() { return new Resolution(Choice.TAKE_THEIRS, null); }

    public static Resolution edit(String value) { return new Resolution(Choice.EDIT, value == null ? "" : value); }
}
