package com.merchantdesk.cli;

import com.merchantdesk.i18n.WriteWaitText;
import com.merchantdesk.store.WriteWait;
import com.merchantdesk.store.WriteWaitListener;
import java.io.PrintWriter;

/**
 * A command's write that waits for another writer of the data folder (the window, another command) says so in
 * one line on stderr, so the seller knows the command is not stuck. Stdout stays for the command's result.
 */
final class WaitNotice implements WriteWaitListener {

    private final PrintWriter err;

    WaitNotice(PrintWriter err) { this.err = err; }

    @Override
    public void waiting(WriteWait wait) {
        err.println(WriteWaitText.line(wait));
        err.flush();
    }
}
