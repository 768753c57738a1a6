package com.merchantdesk.kernel;

import com.merchantdesk.i18n.Messages;
import java.util.List;

/**
 * One reason an input was refused: which field, and why (a message key with its arguments, so each
 * interface can say it in the seller's language).
 */
public record FieldError(String field, String messageKey, List<Object> args) {

    public FieldError {
        args = List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args));
    }

    /** The reason in the current language. */
    public String message() { return Messages.get(messageKey, args.toArray()); }

    /** The same error for a field nested under {@code prefix}, e.g. {@code skus[2].price}. */
    public FieldError under(String prefix) { return new FieldError(prefix + "." + field, messageKey, args); }
}
