package com.merchantdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the real command line in this JVM with captured output, as {@code Main} would. */
record CliRun(int exit, String out, String err) {

    static CliRun run(String... args) {
        CommandLine cl = RootCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** {@code --data-dir dir} followed by {@code args}. */
    static CliRun in(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Override
    public String toString() { return "exit " + exit + "\n--- out:\n" + out + "--- err:\n" + err; }
}
