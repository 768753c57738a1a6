package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.WriterInfo;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on the data folder chosen with {@code --data-dir} (or the platform's default). */
abstract class DataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    DataDirectory dataDirectory() {
        return ((RootCommand) spec.root().userObject()).dataDirectory();
    }

    /**
     * Opens, checks and migrates the database; close it with try-with-resources. A write that has to wait for
     * another process (the window, another command) says so on stderr after a second.
     */
    AppContext openApp() {
        return AppContext.open(dataDirectory(), Clock.systemUTC(), WriterInfo.command(commandName()),
                new WaitNotice(spec.commandLine().getErr()));
    }

    /** The command as typed after the program's name, e.g. {@code products import}. */
    String commandName() {
        String root = spec.root().name();
        String qualified = spec.qualifiedName();
        return qualified.startsWith(root + " ") ? qualified.substring(root.length() + 1) : qualified;
    }

    PrintWriter out() { return spec.commandLine().getOut(); }

    /** Refuses one option's value: the message names the option, and the exit code is 2. */
    static ValidationException invalid(String option, String messageKey, Object... args) {
        return new ValidationException(FieldError.of(option, messageKey, args));
    }
}
