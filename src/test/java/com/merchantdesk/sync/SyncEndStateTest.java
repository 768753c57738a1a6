package com.merchantdesk.sync;

import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.Address;
import com.merchantdesk.sandbox.market.Marketplace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The end-state comparison the sync scenarios rely on tells runs apart that differ, and names where. */
class SyncEndStateTest {

    @TempDir
    Path first;
    @TempDir
    Path second;

    private static final Address SEOUL = new Address("Lee Jiwoo", "010-5555-0101", "1 Test-ro", "", "Seoul", "", "04524", "KR");

    /** A desk order and an online order synced; {@code extra} adds what the other run lacks. */
    private static void script(ScenarioRun run, boolean extra) {
        Shop desk = run.desk();
        String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
        assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        Order order = desk.orders().create(Shop.paid(Shop.draft(mug, 1)));
        run.platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", SEOUL, List.of(new Marketplace.Wanted(mug, 1)));
        if (extra) {
            run.platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", SEOUL, List.of(new Marketplace.Wanted(mug, 2)));
            desk.orders().cancel(order.id(), "changed their mind");
        }
        assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
    }

    @Test
    void theSameScriptEndsTheSameThoughEveryIdDiffers() throws Exception {
        SyncEndState one = ScenarioRun.endOf(first, true, run -> script(run, false));
        SyncEndState other = ScenarioRun.endOf(second, false, run -> script(run, false));

        one.assertSameAs(other);
        assertThat(one.toString()).contains("platform · order online, bought by Lee Jiwoo: v1 paid, payment paid, 1 units",
                "desk 1 · stock MUG-1: 8", "platform · stock MUG-1: 8");
    }

    @Test
    void aSecondOrderOfOneBuyerAnotherVersionAndOtherStockAreEachNamed() throws Exception {
        SyncEndState one = ScenarioRun.endOf(first, true, run -> script(run, true));
        SyncEndState other = ScenarioRun.endOf(second, false, run -> script(run, false));

        assertThatThrownBy(() -> one.assertSameAs(other))
                .hasMessageContaining("platform · order online, bought by Lee Jiwoo: with the fault [v1 paid, payment paid, 1 units")
                .hasMessageContaining("v1 paid, payment paid, 2 units")
                .hasMessageContaining("desk 1 · order AA-2026-000001: with the fault [v2 CANCELLED")
                .hasMessageContaining("platform · stock MUG-1: with the fault [")
                .hasMessageContaining("desk 1 · stock MUG-1: with the fault [");
    }
}
