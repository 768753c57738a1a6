package com.merchantdesk.cli;

import com.merchantdesk.AppContext;
import com.merchantdesk.sync.connection.ConnectionProblem;
import com.merchantdesk.sync.connection.ConnectionReport;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/**
 * {@code platform test}: asks the platform whom the token belongs to and which desks the account has, like Settings →
 * Test connection. Exit code 3 when the platform could not be reached or refused (the reason on stderr).
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Tests the connection: account, this desk's code, rate limit. The token comes from",
                "$MERCHANT_DESK_TOKEN when set, else from the store."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the platform answered", "1:the store failed", "2:no address or a refused one",
                "3:the platform could not be reached, or refused the token or the certificate"})
final class PlatformTestCommand extends DataCommand {

    static final int PLATFORM_FAILED = 3;

    @Override
    public Integer call() {
        try (AppContext app = openApp()) {
            ConnectionReport report = PlatformCli.setup(dataDirectory(), app.database()).test(step -> { });
            PrintWriter out = out();
            report.lines().forEach(out::println);
            out.flush();
            return 0;
        } catch (ConnectionProblem problem) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(problem.getMessage());
            err.flush();
            return problem.kind() == ConnectionProblem.Kind.ADDRESS ? 2 : PLATFORM_FAILED;
        }
    }
}
