package com.merchantdesk.sandbox.api;

import com.merchantdesk.sandbox.http.ApiFailure;
import com.merchantdesk.sandbox.http.Call;

/** Query parameters shared by the list routes. */
final class Parameters {

    private Parameters() {}

    static int limit(Call call, int defaultLimit, int max) {
        String text = call.parameter("limit");
        if (text == null || text.isEmpty()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiFailure.invalid("limit", "must be a whole number from 1 to " + max + " (was \"" + text + "\")");
    }

    static boolean flag(Call call, String name) {
        String text = call.parameter(name);
        if (text == null || text.isEmpty() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw ApiFailure.invalid(name, "must be true or false (was \"" + text + "\")");
    }

    static Integer positive(Call call, String name, int max) {
        String text = call.parameter(name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiFailure.invalid(name, "must be a whole number from 1 to " + max + " (was \"" + text + "\")");
    }
}
