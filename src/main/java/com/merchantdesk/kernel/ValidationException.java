package com.merchantdesk.kernel;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; nothing was changed. Carries every reason, not just the first. */
public class ValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(FieldError error) { this(List.of(error)); }

    public List<FieldError> errors() { return errors; }
}
