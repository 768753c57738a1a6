package com.merchantdesk.cli;

import com.merchantdesk.i18n.Messages;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands: called alone, it says which ones exist (exit code 2). */
abstract class ParentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CliInputException(Messages.get("cli.error.chooseCommand",
                String.join(", ", spec.subcommands().keySet())) + System.lineSeparator()
                + Messages.get("cli.error.tryHelp", spec.qualifiedName()));
    }
}
