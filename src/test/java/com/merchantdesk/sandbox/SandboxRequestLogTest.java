package com.merchantdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One log line per request: method, path, status, time and idempotency key; never a token. */
class SandboxRequestLogTest {

    private static final Pattern LINE = Pattern.compile(
            "(\\S+) (GET|POST|PATCH|DELETE|PUT) (/\\S*) (\\d{3}) ([0-9.]+)ms key=(\\S+) seller=(\\S+)");

    @TempDir
    Path folder;

    SandboxFixture sandbox;

    @BeforeEach
    void start() { sandbox = new SandboxFixture(folder); }

    @AfterEach
    void stop() { sandbox.close(); }

    @Test
    void eachRequestIsOneLineWithItsMethodPathStatusAndKeyButNoToken() {
        String key = Bodies.id();
        String productId = Bodies.id();
        String stranger = "stranger-token-0123456789";

        // A request's line is written after its answer is sent: wait for each before the next request, so the
        // lines are in the order of the requests.
        sandbox.alpha.get("/v1/account");
        sandbox.awaitLog(1);
        sandbox.alpha.post("/v1/products", key, Bodies.product(productId));
        sandbox.awaitLog(2);
        sandbox.alpha.post("/v1/products", key, Bodies.product(productId));
        sandbox.awaitLog(3);
        sandbox.alpha.as(stranger).get("/v1/changes?limit=5");
        sandbox.awaitLog(4);
        sandbox.beta.get("/v1/orders/" + productId);

        List<String> lines = sandbox.awaitLog(5);
        assertThat(lines).hasSize(5);
        assertThat(lines).extracting(line -> parse(line).group(2) + " " + parse(line).group(3) + " " + parse(line).group(4))
                .containsExactly("GET /v1/account 200", "POST /v1/products 201", "POST /v1/products 201",
                        "GET /v1/changes 401", "GET /v1/orders/" + productId + " 404");
        assertThat(lines).extracting(line -> parse(line).group(6)).containsExactly("-", key, key, "-", "-");
        assertThat(lines).extracting(line -> parse(line).group(7)).containsExactly("alpha", "alpha", "alpha", "-", "beta");
        assertThat(lines).allSatisfy(line -> assertThat(line)
                .doesNotContain(SandboxFixture.ALPHA_TOKEN, SandboxFixture.BETA_TOKEN, stranger, "Bearer"));
        assertThat(parse(lines.get(0)).group(1)).isEqualTo(SandboxFixture.START.toString());
    }

    private static Matcher parse(String line) {
        Matcher m = LINE.matcher(line);
        assertThat(m.matches()).as("a request log line: %s", line).isTrue();
        return m;
    }
}
