package com.merchantdesk.sandbox.http;

import com.merchantdesk.platform.FieldProblem;
import com.merchantdesk.platform.Problem;
import com.merchantdesk.platform.ProblemType;
import java.util.List;
import java.util.Map;

/** An error answer, thrown from anywhere in a request: rolls back its transaction, becomes a problem body. */
public final class ApiFailure extends RuntimeException {

    private final transient Problem problem;
    private final Map<String, String> headers;

    public ApiFailure(Problem problem) { this(problem, Map.of()); }

    public ApiFailure(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public static ApiFailure of(ProblemType type, String detail) { return new ApiFailure(Problem.of(type, detail)); }

    public static ApiFailure invalid(String field, String message) {
        return new ApiFailure(Problem.invalid(List.of(new FieldProblem(field, message))));
    }

    public static ApiFailure notFound(String what, String id) {
        return of(ProblemType.NOT_FOUND, "No " + what + " " + id);
    }

    public Problem problem() { return problem; }

    public Map<String, String> headers() { return headers; }
}
