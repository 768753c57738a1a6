package com.merchantdesk.cli;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.i18n.StoreFailureText;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.StoreException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns every expected failure into a plain message on stderr and an exit code: 2 for bad arguments or bad
 * input (nothing was changed), 1 for a failure of the store (damaged or too new database, disk, lock). Only a
 * bug still prints a stack trace.
 */
final class CliErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println(Messages.get("cli.error.tryHelp", cmd.getCommandSpec().qualifiedName()));
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int exit;
        if (ex instanceof CliInputException) {
            err.println(ex.getMessage());
            exit = ExitCode.USAGE;
        } else if (ex instanceof ValidationException invalid) {
            for (FieldError error : invalid.errors()) {
                err.println(error.field() + ": " + error.message());
            }
            exit = ExitCode.USAGE;
        } else if (ex instanceof StoreException failure) {
            err.println(StoreFailureText.of(failure));
            exit = ExitCode.SOFTWARE;
        } else if (ex instanceof UncheckedIOException) {
            err.println(ex.getMessage());
            exit = ExitCode.SOFTWARE;
        } else {
            err.println(Messages.get("cli.error.unexpected", String.valueOf(ex)));
            ex.printStackTrace(err);
            exit = ExitCode.SOFTWARE;
        }
        err.flush();
        return exit;
    }
}
