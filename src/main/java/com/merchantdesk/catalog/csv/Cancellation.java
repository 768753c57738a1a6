package com.merchantdesk.catalog.csv;

import com.merchantdesk.i18n.Messages;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/** Asked at regular points of a long job whether the seller cancelled it (or the thread was interrupted). */
final class Cancellation {

    private final BooleanSupplier cancelled;
    private final String messageKey;

    Cancellation(BooleanSupplier cancelled, String messageKey) {
        this.cancelled = cancelled == null ? () -> false : cancelled;
        this.messageKey = messageKey;
    }

    /** @throws CancellationException when the job should stop; a surrounding transaction then rolls back */
    void check() {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException(Messages.get(messageKey));
        }
    }
}
