package com.merchantdesk.sync;

import com.merchantdesk.orders.Order;
import com.merchantdesk.orders.Shop;
import com.merchantdesk.platform.Address;
import com.merchantdesk.orders.AfterSaleService;
import com.merchantdesk.platform.AfterSaleKind;
import com.merchantdesk.platform.Money;
import com.merchantdesk.platform.RefundLine;
import com.merchantdesk.platform.TrackingStatus;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.sandbox.market.Marketplace;
import com.merchantdesk.shipping.ShipmentDraft;
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

    /** An online order shipped on the desk, delivered, and a refund-only request answered; {@code extra}: one more carrier step and the request accepted. */
    private static void parcelScript(ScenarioRun run, boolean extra) {
        Shop desk = run.desk();
        String mug = desk.sku("Mug", "MUG-1", "12.50", 10);
        assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        var online = run.platform.server.marketplace().placeOnlineOrder("alpha", "Lee Jiwoo", SEOUL, List.of(new Marketplace.Wanted(mug, 1)));
        assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        var parcel = desk.app.shipping().create(new ShipmentDraft(online.id(), "EMS", "", DemoCarriers.EMS.trackingNumberFor(9),
                List.of(), null, null), "seller");
        assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        if (extra) {
            run.platform.server.marketplace().carrierReports("alpha", parcel.id(), TrackingStatus.IN_TRANSIT, "Hub");
        }
        run.platform.server.marketplace().carrierReports("alpha", parcel.id(), TrackingStatus.DELIVERED, "Doorstep");
        var request = run.platform.server.marketplace().openAfterSale("alpha", online.id(), AfterSaleKind.REFUND_ONLY, "Arrived damaged",
                List.of(new RefundLine(online.lines().get(0).id(), 1)), new Money("USD", 1250));
        assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
        AfterSaleService requests = new AfterSaleService(desk.app.database(), desk.clock, desk.app.salesLedger());
        if (extra) {
            requests.accept(request.id(), "", false, false);
        } else {
            requests.refuse(request.id(), "");
        }
        assertThat(run.sync().outcome()).isEqualTo(SyncOutcome.CONVERGED);
    }

    @Test
    void parcelsWithTheirEventsAfterSaleRequestsAndRefundsAreComparedAndEachDifferenceNamed() throws Exception {
        SyncEndState one = ScenarioRun.endOf(first, true, run -> parcelScript(run, true));
        SyncEndState other = ScenarioRun.endOf(second, false, run -> parcelScript(run, false));
        String parcel = "parcel EMS " + DemoCarriers.EMS.trackingNumberFor(9);

        assertThat(one.toString()).contains("platform · " + parcel + ": v3 of order online, bought by Lee Jiwoo, 1 units, delivered,"
                        + " events [in_transit, delivered]",
                "platform · refund of order online, bought by Lee Jiwoo: 1250 for 1 units, answering a request",
                "desk 1 · refund of order online, bought by Lee Jiwoo: 1250 for 1 units, made here");
        assertThatThrownBy(() -> one.assertSameAs(other))
                .hasMessageContaining("platform · " + parcel + ": with the fault [v3")
                .hasMessageContaining("desk 1 · " + parcel + ": with the fault [v3")
                .hasMessageContaining("platform · after-sale refund_only on order online, bought by Lee Jiwoo (Arrived damaged):"
                        + " with the fault [v3 ACCEPTED, refunded], fault-free [v2 REJECTED]")
                .hasMessageContaining("desk 1 · after-sale refund_only on order online, bought by Lee Jiwoo (Arrived damaged):")
                .hasMessageContaining("platform · refund of order online, bought by Lee Jiwoo: with the fault [1250 for 1 units,"
                        + " answering a request], fault-free (nothing)")
                .hasMessageContaining("desk 1 · refund of order online, bought by Lee Jiwoo: with the fault [");
        // An expected state built from the other run plus what is missing there is still told apart when it is not all.
        assertThatThrownBy(() -> one.assertSameAs(other.plus("desk 1", "outbox refund create FAILED", "1")))
                .hasMessageContaining("desk 1 · outbox refund create FAILED: with the fault (nothing), fault-free [1]");
    }
}
