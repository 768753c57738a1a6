package com.merchantdesk.ui.shell;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the window lends the settings screen beyond a screen's context: the seller's settings (saved by the
 * shell), the file dialogs, and a restore of a backup (which rebuilds the window).
 */
public record ShellControls(ShellSettings settings, FilePicker files, Consumer<Path> restore) {}
