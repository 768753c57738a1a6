package com.merchantdesk.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.merchantdesk.platform.PlatformJson;
import com.merchantdesk.platform.Problem;
import com.merchantdesk.platform.ProblemType;
import com.merchantdesk.sandbox.faults.FaultAction;
import com.merchantdesk.sandbox.faults.FaultRule;
import com.merchantdesk.sandbox.faults.FaultRules;
import com.merchantdesk.sandbox.store.Feed;
import com.merchantdesk.sandbox.store.IdempotencyKeys;
import com.merchantdesk.sandbox.store.Seller;
import com.merchantdesk.sandbox.store.Tokens;
import com.merchantdesk.store.Database;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every API request goes through: the bearer token (401), the seller's rate limit (429, and the
 * {@code RateLimit-*} headers on every answer), the body's type, size and syntax (415, 413, 400), and for a
 * write its Idempotency-Key: a replay answers the stored response, the same key with another body 422, the same
 * key still running 409; otherwise the route runs in one transaction with the storing of its answer.
 * One log line per request.
 */
public final class ApiHandler {

    private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());
    static final int MAX_KEY_LENGTH = 255;
    private static final ObjectReader READER = PlatformJson.mapper().reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private final Database db;
    private final RateLimiter limiter;
    private final RequestLog log;
    private final Clock clock;
    private final long maxBodyBytes;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final FaultRules faults;

    /**
     * {@code maxBodyBytes} is checked here, not as Undertow's entity limit: that one refuses a body whose
     * Content-Length is over it with a bare 400 before any handler runs, where the API answers 413 with a problem
     * body (and logs the request).
     */
    public ApiHandler(Database db, RateLimiter limiter, RequestLog log, Clock clock, long maxBodyBytes) {
        this(db, limiter, log, clock, maxBodyBytes, new FaultRules());
    }

    /** With fault rules (tests only, set through the admin API): see {@link #serve}. */
    public ApiHandler(Database db, RateLimiter limiter, RequestLog log, Clock clock, long maxBodyBytes, FaultRules faults) {
        this.db = db;
        this.limiter = limiter;
        this.log = log;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
        this.faults = faults;
    }

    public HttpHandler read(ReadRoute route) { return exchange -> serve(exchange, route, null); }

    public HttpHandler write(WriteRoute route) { return exchange -> serve(exchange, null, route); }

    /** An answer that is the same for every request it is used for (404, 405), after the token and the limit. */
    public HttpHandler failure(ProblemType type, String detail) {
        return exchange -> serve(exchange, call -> { throw ApiFailure.of(type, detail); }, null);
    }

    private void serve(HttpServerExchange exchange, ReadRoute read, WriteRoute write) {
        long started = System.nanoTime();
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        Seller seller = null;
        Map<String, String> rate = new LinkedHashMap<>();
        FaultRule fault = null;
        Answer answer;
        try {
            Tokens.Found found = authenticate(exchange);
            seller = found.seller();
            fault = faults.isEmpty() ? null
                    : faults.fire(exchange.getRequestMethod().toString(), exchange.getRequestPath(), seller.code()).orElse(null);
            if (fault != null && before(exchange, fault, found)) {
                log(exchange, started, "dropped", key, seller);
                return;
            }
            limit(seller, rate);
            byte[] raw = write == null ? null : readBody(exchange);
            answer = write == null ? runRead(exchange, seller, read) : runWrite(exchange, seller, key, write, raw);
            if (fault != null && fault.action() == FaultAction.APPLY_TWICE) {
                answer = write == null ? runRead(exchange, seller, read) : runWrite(exchange, seller, key, write, raw);
            }
        } catch (ApiFailure failure) {
            answer = Answer.of(failure);
        } catch (IOException e) {
            answer = Answer.of(ApiFailure.of(ProblemType.MALFORMED_REQUEST, "The body could not be read: " + e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Request failed: " + exchange.getRequestMethod() + " " + exchange.getRequestPath(), e);
            answer = Answer.of(ApiFailure.of(ProblemType.INTERNAL, "The platform failed to answer; retry later"));
        }
        if (rate.isEmpty()) {
            rateHeaders(rate, limiter.take(clientOf(exchange)), false);
        }
        answer.headers.putAll(rate);
        if (fault != null && fault.action() == FaultAction.DROP_AFTER_COMMIT) {
            drop(exchange);
            log(exchange, started, answer.status + " dropped", key, seller);
            return;
        }
        if (fault != null && fault.action() == FaultAction.CUT_BODY) {
            sendHalf(exchange, answer);
            log(exchange, started, answer.status + " cut", key, seller);
            return;
        }
        send(exchange, answer);
        log(exchange, started, Integer.toString(answer.status), key, seller);
    }

    private void log(HttpServerExchange exchange, long started, String status, String key, Seller seller) {
        long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started);
        log.line(String.format(Locale.ROOT, "%s %s %s %s %.1fms key=%s seller=%s", Instant.now(clock),
                exchange.getRequestMethod(), exchange.getRequestPath(), status, micros / 1000.0,
                key == null ? "-" : key, seller == null ? "-" : seller.code()));
    }

    /**
     * What a fault rule does before the request is handled: true when the connection was dropped (nothing more to
     * do); throws the answer of a rule that answers instead of the route.
     */
    private boolean before(HttpServerExchange exchange, FaultRule fault, Tokens.Found found) {
        switch (fault.action()) {
            case DROP_BEFORE_COMMIT -> {
                drop(exchange);
                return true;
            }
            case DELAY -> {
                try {
                    Thread.sleep(fault.delayMs() == null ? 1000 : fault.delayMs());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            case ERROR -> {
                int status = fault.status() == null ? 500 : fault.status();
                throw new ApiFailure(new Problem(status == 500 ? ProblemType.INTERNAL.uri() : ProblemType.UNAVAILABLE.uri(),
                        status == 500 ? ProblemType.INTERNAL.title() : ProblemType.UNAVAILABLE.title(), status,
                        "Failed on purpose by " + fault.id(), null, null, null));
            }
            case RATE_LIMIT -> {
                long after = fault.retryAfter() == null ? 1 : fault.retryAfter();
                throw new ApiFailure(Problem.of(ProblemType.RATE_LIMITED, "Over the rate limit (" + fault.id() + "); retry after " + after + " s"),
                        Map.of("Retry-After", Long.toString(after)));
            }
            case SHIFT_CLOCK -> {
                if (clock instanceof com.merchantdesk.sandbox.http.ShiftableClock shiftable) {
                    shiftable.shift(java.time.Duration.ofSeconds(fault.clockShiftSeconds() == null ? 3600 : fault.clockShiftSeconds()));
                }
            }
            case EXPIRE_CURSORS -> db.write(c -> {
                Feed.expireCursors(c, found.seller());
                return null;
            });
            case REVOKE_TOKEN -> {
                db.write(c -> Tokens.revoke(c, found.seller(), found.token().tokenId(), now()));
                throw unauthorized("This token was revoked (" + found.token().tokenId() + ")");
            }
            default -> {
                // DROP_AFTER_COMMIT, CUT_BODY and APPLY_TWICE act after the route
            }
        }
        return false;
    }

    private static void drop(HttpServerExchange exchange) {
        try {
            exchange.getConnection().close();
        } catch (IOException e) {
            // the connection is gone either way, which is the point
        }
    }

    /** Sends the headers with the whole body's length, then half the body, then closes: a response cut mid-way. */
    private static void sendHalf(HttpServerExchange exchange, Answer answer) {
        exchange.setStatusCode(answer.status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, answer.contentType);
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, answer.body.length);
        answer.headers.forEach((name, value) -> exchange.getResponseHeaders().put(HttpString.tryFromString(name), value));
        try {
            var out = exchange.getOutputStream();
            out.write(answer.body, 0, answer.body.length / 2);
            out.flush();
        } catch (IOException e) {
            // the client went away first
        }
        drop(exchange);
    }

    /** The server's time for a request, to the millisecond (as stored and sent everywhere). */
    private Instant now() { return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS); }

    private Tokens.Found authenticate(HttpServerExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw unauthorized("Send the seller's token as Authorization: Bearer <token>");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            throw unauthorized("The Authorization header must be Bearer <token>");
        }
        String token = header.substring(7).strip();
        Optional<Tokens.Found> found = db.read(c -> Tokens.find(c, token));
        if (found.isEmpty()) {
            throw unauthorized("Unknown token");
        }
        if (found.get().token().revoked()) {
            throw unauthorized("This token was revoked (" + found.get().token().tokenId() + ")");
        }
        return found.get();
    }

    private Answer runRead(HttpServerExchange exchange, Seller seller, ReadRoute route) {
        return Answer.of(route.handle(new Call(seller, exchange.getQueryParameters(), null, now())));
    }

    private Answer runWrite(HttpServerExchange exchange, Seller seller, String key, WriteRoute route, byte[] raw) {
        if (key == null || key.isBlank()) {
            throw ApiFailure.of(ProblemType.IDEMPOTENCY_KEY_MISSING, "Send an Idempotency-Key header (a UUID is a good one) with every write");
        }
        if (key.length() > MAX_KEY_LENGTH || key.chars().anyMatch(ch -> ch < '!' || ch > '~')) {
            throw ApiFailure.invalid("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " printable ASCII characters");
        }
        JsonNode body = parse(exchange, raw);
        byte[] hash = requestHash(exchange, raw);
        String slot = seller.no() + " " + key;
        if (!running.add(slot)) {
            throw ApiFailure.of(ProblemType.REQUEST_IN_PROGRESS, "A request with Idempotency-Key " + key + " is still running; retry later");
        }
        try {
            Call call = new Call(seller, exchange.getQueryParameters(), body, now());
            return db.write(c -> {
                Optional<IdempotencyKeys.Stored> stored = IdempotencyKeys.find(c, seller, key);
                if (stored.isPresent()) {
                    if (!stored.get().sameRequest(hash)) {
                        throw ApiFailure.of(ProblemType.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key " + key
                                + " was used for a different request; use a new key for a new request");
                    }
                    Answer replay = new Answer(stored.get().status(), stored.get().body(), "application/json", new LinkedHashMap<>());
                    replay.headers.put("Idempotent-Replayed", "true");
                    if (stored.get().location() != null) {
                        replay.headers.put("Location", stored.get().location());
                    }
                    return replay;
                }
                ApiResponse response = route.apply(c, call);
                Answer fresh = Answer.of(response);
                IdempotencyKeys.store(c, seller, key, new IdempotencyKeys.Stored(hash, fresh.status, fresh.body, response.location()), call.now());
                return fresh;
            });
        } finally {
            running.remove(slot);
        }
    }

    /** The body, up to {@code maxBodyBytes}; 413 for a longer one, whether its length was declared or chunked. */
    private byte[] readBody(HttpServerExchange exchange) throws IOException {
        if (exchange.getRequestContentLength() > maxBodyBytes) {
            throw tooLarge(exchange);
        }
        byte[] raw = exchange.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        if (raw.length > maxBodyBytes) {
            throw tooLarge(exchange);
        }
        return raw;
    }

    private ApiFailure tooLarge(HttpServerExchange exchange) {
        // The rest of the body stays unread: the connection closes after the answer instead of parsing it as a request.
        exchange.setPersistent(false);
        return ApiFailure.of(ProblemType.PAYLOAD_TOO_LARGE, "The body is over the limit of " + maxBodyBytes + " bytes");
    }

    /** Takes one request from the seller's bucket and puts its headers in {@code headers}; 429 when empty. */
    private void limit(Seller seller, Map<String, String> headers) {
        RateLimiter.Verdict verdict = limiter.take("seller:" + seller.no());
        rateHeaders(headers, verdict, true);
        if (!verdict.allowed()) {
            throw ApiFailure.of(ProblemType.RATE_LIMITED, "Over the rate limit of " + verdict.limit()
                    + " requests; retry after " + verdict.retryAfterSeconds() + " s");
        }
    }

    private static void rateHeaders(Map<String, String> headers, RateLimiter.Verdict verdict, boolean retryAfter) {
        headers.put("RateLimit-Limit", Long.toString(verdict.limit()));
        headers.put("RateLimit-Remaining", Long.toString(verdict.remaining()));
        headers.put("RateLimit-Reset", Long.toString(verdict.resetSeconds()));
        if (retryAfter && !verdict.allowed()) {
            headers.put("Retry-After", Long.toString(verdict.retryAfterSeconds()));
        }
    }

    private static JsonNode parse(HttpServerExchange exchange, byte[] raw) {
        boolean delete = exchange.getRequestMethod().equalToString("DELETE");
        if (raw.length == 0) {
            if (delete) {
                return PlatformJson.mapper().createObjectNode();
            }
            throw ApiFailure.of(ProblemType.MALFORMED_REQUEST, "The body is empty; send a JSON object");
        }
        String type = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw ApiFailure.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as application/json (Content-Type was " + (type == null ? "missing" : type) + ")");
        }
        try {
            JsonNode node = READER.readTree(raw);
            if (node == null || node.isMissingNode()) {
                throw ApiFailure.of(ProblemType.MALFORMED_REQUEST, "The body is empty; send a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiFailure.of(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw ApiFailure.of(ProblemType.MALFORMED_REQUEST, "The body could not be read: " + e.getMessage());
        }
    }

    private static byte[] requestHash(HttpServerExchange exchange, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((exchange.getRequestMethod() + " " + exchange.getRequestPath() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiFailure unauthorized(String detail) {
        return new ApiFailure(Problem.of(ProblemType.UNAUTHORIZED, detail), Map.of("WWW-Authenticate", "Bearer realm=\"merchant-desk-sandbox\""));
    }

    private static String clientOf(HttpServerExchange exchange) {
        InetSocketAddress peer = exchange.getSourceAddress();
        return "client:" + (peer == null ? "?" : peer.getAddress().getHostAddress());
    }

    private static void send(HttpServerExchange exchange, Answer answer) {
        exchange.setStatusCode(answer.status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, answer.contentType);
        answer.headers.forEach((name, value) -> exchange.getResponseHeaders().put(HttpString.tryFromString(name), value));
        exchange.getResponseSender().send(ByteBuffer.wrap(answer.body));
    }

    /** A response on its way out: status, JSON bytes, their type and the extra headers. */
    private record Answer(int status, byte[] body, String contentType, Map<String, String> headers) {

        static Answer of(ApiResponse response) {
            Answer answer = new Answer(response.status(), json(response.body()), "application/json", new LinkedHashMap<>());
            if (response.location() != null) {
                answer.headers.put("Location", response.location());
            }
            return answer;
        }

        static Answer of(ApiFailure failure) {
            Answer answer = new Answer(failure.problem().status(), json(failure.problem()), "application/problem+json",
                    new LinkedHashMap<>());
            answer.headers.putAll(failure.headers());
            return answer;
        }

        private static byte[] json(Object body) {
            if (body instanceof RawJson raw) {
                return raw.bytes();
            }
            try {
                return PlatformJson.mapper().writeValueAsBytes(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot encode an answer: " + e.getOriginalMessage(), e);
            }
        }
    }
}
