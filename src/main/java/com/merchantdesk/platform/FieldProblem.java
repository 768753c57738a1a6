package com.merchantdesk.platform;

/** One bad field of a request: where (a JSON path such as {@code lines[2].quantity}) and why. */
public record FieldProblem(String field, String message) {}
