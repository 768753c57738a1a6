package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sync.apply.Conflicts;
import com.merchantdesk.sync.apply.Resolution;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code resolve ID --keep-mine|--take-theirs|--value V}: settles one conflict. Keep mine sends the desk's value to
 * the platform; take theirs sets the platform's value here and sends nothing; a value is set here and sent. An
 * unknown ID or a value the field cannot take changes nothing (exit 2). (Registered under {@code sync} by the root
 * command's list.)
 */
@Command(name = "resolve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Settles one conflict (see 'conflicts' for the IDs).",
                "Lists take JSON or commas (--value \"Colour, Size\"); prices are amounts in the SKU's currency;"
                        + " an address is JSON with recipient, line1, city and country."})
final class SyncResolveCommand extends DataCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The conflict, as 'conflicts' lists it (e.g. product:<id>:title).")
    String id;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    static final class Choice {
        @Option(names = "--keep-mine", required = true, description = "Keep this desk's value and send it to the platform.")
        boolean keepMine;

        @Option(names = "--take-theirs", required = true, description = "Take the platform's value; nothing is sent.")
        boolean takeTheirs;

        @Option(names = "--value", required = true, paramLabel = "V", description = "Set this value here and send it.")
        String value;
    }

    @Override
    public Integer call() {
        Resolution resolution = choice.keepMine ? Resolution.keepMine()
                : choice.takeTheirs ? Resolution.takeTheirs() : Resolution.edit(choice.value);
        Conflicts.Resolved done;
        try (AppContext app = openApp()) {
            done = new Conflicts(app.database(), app.clock()).resolve(id, resolution);
        }
        String key = done.recordGone() ? "cli.sync.resolve.gone" : switch (done.choice()) {
            case KEEP_MINE -> done.queued().isPresent() ? "cli.sync.resolve.keptMine" : "cli.sync.resolve.keptSame";
            case TAKE_THEIRS -> "cli.sync.resolve.tookTheirs";
            case EDIT -> done.queued().isPresent() ? "cli.sync.resolve.edited" : "cli.sync.resolve.editedSame";
        };
        out().println(Messages.get(key, done.conflictId()));
        out().flush();
        return 0;
    }
}
