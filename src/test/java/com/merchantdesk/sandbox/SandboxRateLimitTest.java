package com.merchantdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.sandbox.store.Records;
import com.merchantdesk.sandbox.store.Seller;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token bucket per seller: RateLimit-* headers on every answer, 429 with Retry-After when it is empty. */
class SandboxRateLimitTest {

    /**
     * One token back every ten minutes: no test run is that slow, so the fourth request is over the limit however
     * busy the machine (at 0.5 per second a slow machine could earn a token back between requests).
     */
    private static final double REFILL_PER_SECOND = 1.0 / 600;

    @TempDir
    Path folder;

    SandboxFixture sandbox;

    @BeforeEach
    void start() { sandbox = new SandboxFixture(folder, options -> options.withRate(3, REFILL_PER_SECOND)); }

    @AfterEach
    void stop() { sandbox.close(); }

    @Test
    void theFourthQuickRequestIs429WithRetryAfterAndEveryAnswerHasTheHeaders() {
        SandboxClient alpha = sandbox.alpha;
        String productId = Bodies.id();

        Reply ok = alpha.get("/v1/account");
        Reply notFound = alpha.get("/v1/products/" + Bodies.id());
        Reply invalid = alpha.get("/v1/snapshot?kind=product&open_only=true");
        Reply limited = alpha.post("/v1/products", Bodies.product(productId));

        assertThat(List.of(ok, notFound, invalid, limited)).extracting(Reply::status).containsExactly(200, 404, 422, 429);
        assertThat(List.of(ok, notFound, invalid, limited)).extracting(r -> r.header("RateLimit-Limit")).containsOnly("3");
        assertThat(List.of(ok, notFound, invalid, limited)).extracting(r -> r.header("RateLimit-Remaining"))
                .containsExactly("2", "1", "0", "0");
        assertThat(List.of(ok, notFound, invalid, limited)).allSatisfy(r ->
                assertThat(Long.parseLong(r.header("RateLimit-Reset"))).isPositive());
        assertThat(limited.problem()).isEqualTo("rate-limited");
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isPositive().isLessThanOrEqualTo((long) Math.ceil(1 / REFILL_PER_SECOND));
        assertThat(ok.header("Retry-After")).isNull();

        Seller seller = Shop.seller(sandbox, "alpha");
        Optional<?> written = sandbox.db().read(c -> Records.find(c, seller, ChangeKind.PRODUCT, productId));
        assertThat(written).as("a refused write runs nothing").isEmpty();
        assertThat(sandbox.beta.get("/v1/account").status()).as("each seller has a bucket of its own").isEqualTo(200);
    }

    @Test
    void anUnauthorizedAnswerHasTheHeadersToo() {
        Reply unknown = sandbox.alpha.as("nobody-token-0123456789").get("/v1/account");

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.header("RateLimit-Limit")).isEqualTo("3");
        assertThat(unknown.header("RateLimit-Remaining")).isNotNull();
        assertThat(unknown.header("RateLimit-Reset")).isNotNull();
        assertThat(sandbox.alpha.get("/v1/account").header("RateLimit-Remaining"))
                .as("a stranger's requests do not spend the seller's bucket").isEqualTo("2");
    }
}
