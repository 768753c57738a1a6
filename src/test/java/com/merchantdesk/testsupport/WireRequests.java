package com.merchantdesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Checks that a body the desk queues is a request docs/platform-api.yaml accepts, as the platform would read it. */
public final class WireRequests {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(Path.of("docs/platform-api.yaml").toAbsolutePath().toUri().toString())
            .build();

    private WireRequests() {}

    /** Fails naming every error when {@code json} is not a valid body of {@code method path}. */
    public static void assertAccepted(String method, String path, String json) {
        SimpleRequest request = new SimpleRequest.Builder(method, path)
                .withHeader("Authorization", "Bearer test-token")
                .withHeader("Idempotency-Key", "01890a5d-ac96-774b-bcce-b302099a8057")
                .withContentType("application/json")
                .withBody(json)
                .build();
        ValidationReport report = VALIDATOR.validateRequest(request);
        assertThat(report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::getMessage).collect(Collectors.toList()))
                .as("%s %s with %s, by docs/platform-api.yaml", method, path, json).isEmpty();
    }

    /** Whether the document accepts it (for tests that show the check can fail). */
    public static boolean accepted(String method, String path, String json) {
        SimpleRequest request = new SimpleRequest.Builder(method, path)
                .withHeader("Authorization", "Bearer test-token")
                .withHeader("Idempotency-Key", "01890a5d-ac96-774b-bcce-b302099a8057")
                .withContentType("application/json")
                .withBody(json)
                .build();
        return !VALIDATOR.validateRequest(request).hasErrors();
    }
}
