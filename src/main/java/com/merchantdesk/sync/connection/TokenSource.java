package com.merchantdesk.sync.connection;

import java.util.Map;
import java.util.Optional;

/**
 * Where a request's token comes from: {@value #ENVIRONMENT} when the command line was given one there (it wins, and
 * is never stored), else the token store. Read at every call, so a token saved meanwhile is used at once.
 */
public final class TokenSource {

    public static final String ENVIRONMENT = "MERCHANT_DESK_TOKEN";

    private final TokenStore store;
    private final Map<String, String> environment;

    private TokenSource(TokenStore store, Map<String, String> environment) {
        this.store = store;
        this.environment = environment;
    }

    /** The store alone (the window). */
    public static TokenSource of(TokenStore store) { return new TokenSource(store, Map.of()); }

    /** The environment's token first, then the store (the command line). */
    public static TokenSource withEnvironment(TokenStore store, Map<String, String> environment) {
        return new TokenSource(store, environment);
    }

    public TokenStore store() { return store; }

    public boolean fromEnvironment() { return environmentToken().isPresent(); }

    public Optional<String> current() {
        Optional<String> given = environmentToken();
        return given.isPresent() ? given : store.read();
    }

    private Optional<String> environmentToken() {
        return Optional.ofNullable(environment.get(ENVIRONMENT)).map(String::strip).filter(t -> !t.isEmpty());
    }
}
