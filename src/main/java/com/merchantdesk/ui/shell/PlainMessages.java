package com.merchantdesk.ui.shell;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.i18n.StoreFailureText;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.StoreException;
import java.util.stream.Collectors;

/** Turns a failure into words for the seller: the plain reason, never a stack trace or a class name. */
public final class PlainMessages {

    private PlainMessages() {}

    public static String of(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ValidationException invalid) {
            return invalid.errors().stream().map(FieldError::message).collect(Collectors.joining("\n"));
        }
        if (cause instanceof StoreException store && store.getMessage() != null) {
            return StoreFailureText.of(store);
        }
        String detail = cause == null || cause.getMessage() == null || cause.getMessage().isBlank()
                ? Messages.get("error.noDetail") : cause.getMessage();
        return Messages.get("error.unexpected", detail);
    }

    /** Skips the wrappers that executors and futures add around the real failure. */
    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof java.util.concurrent.CompletionException
                || current instanceof java.util.concurrent.ExecutionException
                || current instanceof java.lang.reflect.InvocationTargetException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
