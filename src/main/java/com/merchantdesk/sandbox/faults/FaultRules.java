package com.merchantdesk.sandbox.faults;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The fault rules in force and how often each has matched. Each request is counted against every rule it
 * matches, in the order the rules were added; the first rule that fires on it decides what happens.
 */
public final class FaultRules {

    /** A rule with its counts, as the admin API lists it. */
    public record State(FaultRule rule, int matched, int fired) {}

    private final Map<String, Counter> rules = new LinkedHashMap<>();
    private int nextId = 1;

    public synchronized FaultRule add(FaultRule rule) {
        FaultRule withId = new FaultRule("fault-" + nextId++, rule.method(), rule.path(), rule.seller(), rule.nth(),
                rule.times(), rule.action(), rule.status(), rule.retryAfter(), rule.delayMs(), rule.clockShiftSeconds(),
                rule.probability(), rule.seed());
        rules.put(withId.id(), new Counter(withId));
        return withId;
    }

    public synchronized void clear() { rules.clear(); }

    public synchronized boolean isEmpty() { return rules.isEmpty(); }

    public synchronized List<State> states() {
        List<State> states = new ArrayList<>();
        rules.values().forEach(c -> states.add(new State(c.rule, c.matched, c.fired)));
        return states;
    }

    /** Counts a request against the rules and answers the rule that fires on it, if any. */
    public synchronized Optional<FaultRule> fire(String method, String path, String seller) {
        FaultRule firing = null;
        for (Counter counter : rules.values()) {
            if (!counter.rule.matches(method, path, seller)) {
                continue;
            }
            counter.matched++;
            if (firing == null && counter.fires()) {
                counter.fired++;
                firing = counter.rule;
            }
        }
        return Optional.ofNullable(firing);
    }

    private static final class Counter {
        final FaultRule rule;
        final Random random;
        int matched;
        int fired;

        Counter(FaultRule rule) {
            this.rule = rule;
            this.random = rule.probability() == null ? null : new Random(rule.seed() == null ? 0 : rule.seed());
        }

        boolean fires() {
            if (random != null) {
                return fired < rule.times() && matched >= rule.nth() && random.nextDouble() < rule.probability();
            }
            return matched >= rule.nth() && matched < rule.nth() + rule.times();
        }
    }
}
