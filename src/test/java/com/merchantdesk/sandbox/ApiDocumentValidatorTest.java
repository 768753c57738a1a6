package com.merchantdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The check every sandbox test relies on can fail: hand-made answers and requests that break
 * docs/platform-api.yaml are reported as errors by {@link SandboxClient#VALIDATOR}, and a correct one is not.
 */
class ApiDocumentValidatorTest {

    @Test
    void aCorrectAnswerPasses() {
        assertThat(errors(account("{\"seller\": \"alpha\", \"name\": \"Alpha\"}"))).isFalse();
    }

    @Test
    void anAnswerWithAFieldTheDocumentLacksFails() {
        assertThat(errors(account("{\"seller\": \"alpha\", \"name\": \"Alpha\", \"token\": \"secret\"}"))).isTrue();
    }

    @Test
    void anAnswerWithoutARequiredFieldFails() {
        assertThat(errors(account("{\"seller\": \"alpha\"}"))).isTrue();
    }

    @Test
    void anAnswerWithAFieldOfTheWrongTypeFails() {
        assertThat(errors(account("{\"seller\": 7, \"name\": \"Alpha\"}"))).isTrue();
    }

    @Test
    void aStatusTheOperationDoesNotAnswerFails() {
        SimpleResponse teapot = SimpleResponse.Builder.status(418).withContentType("application/json").withBody("{}").build();
        assertThat(SandboxClient.VALIDATOR.validateResponse("/v1/account", Request.Method.GET, teapot).hasErrors()).isTrue();
    }

    @Test
    void aProblemWithoutItsTypeFails() {
        SimpleResponse problem = SimpleResponse.Builder.status(404).withContentType("application/problem+json")
                .withBody("{\"title\": \"No such resource\", \"status\": 404}").build();
        assertThat(SandboxClient.VALIDATOR.validateResponse("/v1/orders/x", Request.Method.GET, problem).hasErrors()).isTrue();
    }

    @Test
    void aRequestWithAnUnknownFieldFails() {
        SimpleRequest request = SimpleRequest.Builder.post("/v1/products")
                .withHeader("Authorization", "Bearer " + SandboxFixture.ALPHA_TOKEN)
                .withHeader("Idempotency-Key", Bodies.id())
                .withContentType("application/json")
                .withBody(SandboxClient.json(java.util.Map.of("id", Bodies.id(), "title", "Shirt", "status", "active", "colour", "red")))
                .build();
        ValidationReport report = SandboxClient.VALIDATOR.validateRequest(request);
        assertThat(report.hasErrors()).isTrue();
    }

    private static boolean errors(String body) {
        SimpleResponse response = SimpleResponse.Builder.status(200).withContentType("application/json").withBody(body).build();
        return SandboxClient.VALIDATOR.validateResponse("/v1/account", Request.Method.GET, response).hasErrors();
    }

    private static String account(String body) { return body; }
}
