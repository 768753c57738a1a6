package com.merchantdesk.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An error answer ({@code application/problem+json}). {@code errors} names each bad field; a 412 also carries
 * the record as it is now ({@code current}) and the fields that changed since the version sent
 * ({@code conflictingFields}).
 */
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors,
                      JsonNode current, List<String> conflictingFields) {

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null);
    }

    public static Problem invalid(List<FieldProblem> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are not valid; the first is " + errors.get(0).field() + ": " + errors.get(0).message();
        return new Problem(ProblemType.VALIDATION.uri(), ProblemType.VALIDATION.title(), 422, detail, List.copyOf(errors), null, null);
    }

    public static Problem stale(JsonNode current, List<String> fields) {
        return new Problem(ProblemType.STALE_VERSION.uri(), ProblemType.STALE_VERSION.title(), 412,
                "Changed since the version sent: " + String.join(", ", fields), null, current, List.copyOf(fields));
    }
}
