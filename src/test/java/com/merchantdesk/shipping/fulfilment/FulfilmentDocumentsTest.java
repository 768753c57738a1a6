package com.merchantdesk.shipping.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.orders.Order;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.shipping.Shipment;
import com.merchantdesk.shipping.documents.DocumentPrinter;
import com.merchantdesk.shipping.documents.FulfilmentDocuments;
import com.merchantdesk.shipping.documents.FulfilmentPdf;
import com.merchantdesk.shipping.documents.LabelSize;
import com.merchantdesk.shipping.documents.PrintedDocument;
import com.merchantdesk.shipping.pool.PoolEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FulfilmentDocumentsTest {

    @TempDir
    Path dir;
    FulfilmentShop shop;
    String mug;
    String tea;
    String tee;

    @BeforeEach
    void open() {
        shop = new FulfilmentShop(dir);
        mug = shop.sku("Ceramic mug", "MUG-1", "C-03", "691200", 300);
        tea = shop.sku("녹차 Green tea", "TEA-9", "A-10", "090210", 120);
        tee = shop.sku("T-shirt", "TEE-1", "", "", 200);
        shop.pool().add("HANA", FulfilmentShop.hana(300, 10));
        shop.pool().add("EMS", List.of(new PoolEntry("line 1", DemoCarriers.EMS.trackingNumberFor(4000))));
    }

    @AfterEach
    void close() { shop.close(); }

    @Test
    void aBatchIsLabelsThenThePickListThenThePackingSlipsAndEveryLabelScansBack() throws Exception {
        Order home = shop.paidOrder("김민지", "", mug, 2, tea, 1);
        Order other = shop.paidOrder("王芳", "", tea, 3, tee, 1);
        List<Shipment> parcels = shop.batch().ship(List.of(home.number(), other.number()), "HANA", "", "t");
        FulfilmentDocuments.Batch batch = shop.documents().batch(parcels, LabelSize.FOUR_BY_SIX, Locale.ENGLISH,
                FulfilmentDocuments.Progress.NONE);

        assertThat(batch.parts()).extracting(FulfilmentPdf.Part::kind).containsExactly(PrintedDocument.LABEL,
                PrintedDocument.PICK_LIST, PrintedDocument.PACKING_SLIP);
        assertThat(batch.parts().get(0).count()).isEqualTo(2);
        List<String> pages = PdfPages.texts(batch.pdf());
        assertThat(pages).hasSize(batch.pages());
        assertThat(pages.get(0)).contains("김민지", home.number(), "Hana Express", "Standard parcel", "1/1", "0.72 kg",
                "한빛 상점 Hanbit Shop", "Seoul 04001");
        assertThat(pages.get(1)).contains("王芳", other.number());
        for (int page = 0; page < 2; page++) {
            String tracking = parcels.get(page).trackingNumber();
            assertThat(PdfPages.barcodes(batch.pdf(), page)).as("page " + page).containsExactlyInAnyOrder(
                    new PdfPages.Found(BarcodeFormat.CODE_128, tracking), new PdfPages.Found(BarcodeFormat.QR_CODE, tracking));
        }
        String pickList = pages.get(2);
        assertThat(pickList).contains("Pick list", "2 orders · 3 SKUs · 7 units");
        // by bin (A-10 before C-03), SKUs without a bin last; green tea summed over both orders
        assertThat(pickList.indexOf("TEA-9")).isLessThan(pickList.indexOf("MUG-1"));
        assertThat(pickList.indexOf("MUG-1")).isLessThan(pickList.indexOf("TEE-1"));
        assertThat(pickList).containsPattern("TEA-9 .*녹차 Green tea 4");
        assertThat(pickList).containsPattern("MUG-1 Ceramic mug 2");
        assertThat(pages.get(3)).contains("Packing slip", home.number());
        assertThat(pages.get(pages.size() - 1)).contains(other.number());
    }

    @Test
    void anInternationalParcelHasItsCustomsDeclarationAfterItsLabel() throws Exception {
        Order abroad = shop.paidOrder("Tanaka Yuki", "JP", mug, 1, tea, 2);
        List<Shipment> parcels = shop.batch().ship(List.of(abroad.number()), "EMS", "", "t");
        FulfilmentDocuments.Batch batch = shop.documents().batch(parcels, LabelSize.A6, Locale.ENGLISH,
                FulfilmentDocuments.Progress.NONE);
        List<String> pages = PdfPages.texts(batch.pdf());
        assertThat(pages.get(0)).contains("Tanaka Yuki", "Japan (JP)", "Customs form follows");
        assertThat(pages.get(1)).contains("CUSTOMS DECLARATION", "CN 22", "Sale of goods", "1 × Ceramic mug",
                "HS 691200", "2 × 녹차 Green tea", "HS 090210", "Origin KR", "0.54 kg", parcels.get(0).trackingNumber());
        assertThat(batch.parts().get(0)).isEqualTo(new FulfilmentPdf.Part(PrintedDocument.LABEL, 0, 2));
        String tracking = parcels.get(0).trackingNumber();
        assertThat(PdfPages.barcodes(batch.pdf(), 0)).as("an S10 number with letters, on A6").containsExactlyInAnyOrder(
                new PdfPages.Found(BarcodeFormat.CODE_128, tracking), new PdfPages.Found(BarcodeFormat.QR_CODE, tracking));
    }

    @Test
    void koreanAndChineseLabelsRenderTheirOwnWords() throws Exception {
        Order home = shop.paidOrder("김민지", "", mug, 1);
        shop.batch().ship(List.of(home.number()), "HANA", "", "t");
        assertThat(PdfPages.texts(shop.documents().labels(List.of(home.number()), LabelSize.FOUR_BY_SIX, Locale.KOREAN)).get(0))
                .contains("보내는 분", "받는 분", "김민지");
        assertThat(PdfPages.texts(shop.documents().labels(List.of(home.number()), LabelSize.FOUR_BY_SIX,
                Locale.SIMPLIFIED_CHINESE)).get(0)).contains("寄件人", "收件人");
    }

    @Test
    void labelsForAnOrderWithNoShipmentAreRefusedByName() {
        Order waiting = shop.paidOrder("Kim", "", mug, 1);
        assertThatThrownBy(() -> shop.documents().labels(List.of(waiting.number(), "D-1999-000009"), LabelSize.A6,
                Locale.ENGLISH)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                .extracting(err -> err.message()).containsExactly(
                        "Order " + waiting.number() + " has no shipment yet: ship it first (shipments ship or shipments create).",
                        "There is no order D-1999-000009.".equals(e.errors().get(1).message()) ? "There is no order D-1999-000009."
                                : e.errors().get(1).message()));
    }

    @Test
    void thePickListOfOrdersSumsWhatIsLeftToShip() throws Exception {
        Order a = shop.paidOrder("Kim", "", tee, 2, mug, 1);
        Order b = shop.paidOrder("Lee", "", tee, 3);
        String text = PdfPages.texts(shop.documents().pickList(List.of(a.number(), b.number()), Locale.ENGLISH)).get(0);
        assertThat(text).containsPattern("TEE-1 T-shirt 5").containsPattern("MUG-1 Ceramic mug 1").contains("Total 6 units");
        assertThat(text.indexOf("MUG-1")).as("a binned SKU before one without a bin").isLessThan(text.indexOf("TEE-1"));
    }

    @Test
    void theManifestListsTheDaysParcelsOfTheCarrierWithTotals() throws Exception {
        Order a = shop.paidOrder("Kim", "", mug, 2);
        Order b = shop.paidOrder("Lee", "", tee, 1);
        Order c = shop.paidOrder("Park", "", mug, 1);
        shop.sql("UPDATE sku SET weight_grams = NULL WHERE id = ?", mug);
        List<Shipment> parcels = shop.batch().ship(List.of(a.number(), b.number(), c.number()), "HANA", "", "t");
        LocalDate today = shop.shop.clock.instant().atZone(ZoneId.of("Asia/Seoul")).toLocalDate();
        String text = PdfPages.texts(shop.documents().manifest("hana", today, Locale.ENGLISH)).get(0);
        assertThat(text).contains("Handover manifest", "Hana Express (HANA)", parcels.get(0).trackingNumber(),
                parcels.get(1).trackingNumber(), a.number(), "3 parcels · total weight 0.20 kg (2 not weighed)", "Received by");
        assertThat(PdfPages.texts(shop.documents().manifest("HANA", today.minusDays(1), Locale.ENGLISH)).get(0))
                .contains("0 parcels").doesNotContain(parcels.get(0).trackingNumber());
        assertThatThrownBy(() -> shop.documents().manifest("NOPE", today, Locale.ENGLISH))
                .hasMessageContaining("There is no carrier NOPE");
    }

    @Test
    void anUnknownPrinterIsRefusedByName() {
        assertThatThrownBy(() -> new DocumentPrinter().print(new byte[0], "Label printer 9", "test"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("printer");
                    assertThat(e.errors().get(0).message()).startsWith("There is no printer Label printer 9");
                });
    }
}
