package com.merchantdesk.sync.connection;

import com.merchantdesk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What "Test connection" found at the platform.
 *
 * @param address   the address asked
 * @param seller    the account's id
 * @param name      the account's name
 * @param deskCode  this desk's code, when the platform lists this desk among the account's desks
 * @param desks     how many desks the account has
 * @param rateLimit the {@code RateLimit-*} headers of the account's answer
 */
public record ConnectionReport(String address, String seller, String name, Optional<String> deskCode, int desks,
                               RateLimit rateLimit) {

    /** Requests at once, left now, seconds until full again; each empty when the platform did not say. */
    public record RateLimit(OptionalLong limit, OptionalLong remaining, OptionalLong resetSeconds) {}

    /** The report in the seller's words, one fact a line. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("platform.test.account", name, seller));
        lines.add(deskCode.map(code -> Messages.get("platform.test.desk", code))
                .orElseGet(() -> Messages.get("platform.test.deskNotRegistered", desks)));
        if (rateLimit.limit().isPresent() && rateLimit.remaining().isPresent()) {
            lines.add(Messages.get("platform.test.rateLimit", rateLimit.remaining().getAsLong(), rateLimit.limit().getAsLong(),
                    rateLimit.resetSeconds().orElse(0)));
        } else {
            lines.add(Messages.get("platform.test.rateLimitUnknown"));
        }
        return lines;
    }

    public String summary() { return String.join("\n", lines()); }
}
