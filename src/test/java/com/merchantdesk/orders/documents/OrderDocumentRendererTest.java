package com.merchantdesk.orders.documents;

import static com.merchantdesk.orders.documents.PdfFixtures.decodeCode128;
import static com.merchantdesk.orders.documents.PdfFixtures.pageTexts;
import static com.merchantdesk.orders.documents.PdfFixtures.picture;
import static com.merchantdesk.orders.documents.PdfFixtures.render;
import static com.merchantdesk.orders.documents.PdfFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OrderDocumentRendererTest {

    private static final Pattern SUBSET_NAME = Pattern.compile("[A-Z]{6}\\+(DejaVuSans|DejaVuSans-Bold|DroidSansFallback)");

    static List<OrderDocument> everySample() {
        List<OrderDocument> invoices = List.of(SampleDocuments.english(), SampleDocuments.korean(), SampleDocuments.chinese());
        return invoices.stream().flatMap(d -> List.of(d, d.as(DocumentKind.PACKING_SLIP)).stream()).toList();
    }

    @Test
    void englishInvoiceHasShopCustomerLinesAndTotals() throws Exception {
        String text = text(render(SampleDocuments.english()));

        assertThat(text).contains("Invoice", "D-2026-000123", "Hana Linen Store", "12 Market Street", "Brighton BN1 1AA",
                "Margaret Wilson", "Tel. +44 7700 900123", "Flat 3, 45 Queen's Road", "Bank transfer · Paid", "Phone",
                "LIN-SHIRT-NAT-M", "Linen shirt", "Natural / M", "린넨 셔츠", "亚麻衬衫",
                "Unit price", "£45.00", "-£5.00", "£85.00", "£37.50",
                "Subtotal", "£172.50", "Discount", "-£15.00", "Shipping", "£4.95", "Total", "£162.45",
                "Note", "Gift wrap the shirts please", "Page 1 of 1");
        assertThat(text).as("an untranslated key shows as its name").doesNotContain("documents.");
    }

    @Test
    void koreanInvoiceIsInKoreanWithWon() throws Exception {
        String text = text(render(SampleDocuments.korean()));

        assertThat(text).contains("거래명세서", "D-2026-000456", "하나 린넨 상점", "서울특별시 마포구 와우산로 94",
                "받는 분", "김민지", "경기도 성남시 분당구 판교역로 235", "주문 번호", "주문 일시", "판매 채널", "결제",
                "계좌이체 · 결제 완료", "린넨 셔츠", "내추럴 / M", "린넨 와이드 팬츠", "단가", "금액",
                "상품 합계", "₩232,000", "배송비", "₩3,000", "합계 금액", "₩220,000", "메모", "선물 포장 부탁드립니다",
                "1쪽 중 1쪽");
        assertThat(text).doesNotContain("documents.", "Invoice", "Subtotal");
    }

    @Test
    void chineseInvoiceIsInChineseWithYuan() throws Exception {
        String text = text(render(SampleDocuments.chinese()));

        assertThat(text).contains("销售单", "D-2026-000789", "花园亚麻小店", "收货人", "王芳", "浙江省杭州市西湖区文三路 398 号",
                "订单号", "下单时间", "批发", "支付宝 · 已付款", "亚麻衬衫", "本色 / M", "亚麻围巾", "单价", "折扣",
                "¥199.00", "¥1,970.00", "商品小计", "¥2,435.00", "优惠", "-¥70.00", "运费", "合计", "¥2,377.00",
                "备注", "请开具增值税普通发票", "第 1 页，共 1 页");
        assertThat(text).doesNotContain("documents.", "Invoice", "Subtotal");
    }

    @Test
    void packingSlipsListWhatToPickWithoutPrices() throws Exception {
        String english = text(render(SampleDocuments.english().as(DocumentKind.PACKING_SLIP)));
        String korean = text(render(SampleDocuments.korean().as(DocumentKind.PACKING_SLIP)));
        String chinese = text(render(SampleDocuments.chinese().as(DocumentKind.PACKING_SLIP)));

        assertThat(english).contains("Packing slip", "D-2026-000123", "Margaret Wilson", "LIN-SHIRT-NAT-M", "Linen shirt",
                "Natural / M", "6 pieces on 3 lines", "Picked by", "Packed by", "Gift wrap the shirts please", "Page 1 of 1")
                .doesNotContain("£", "Unit price", "Subtotal", "Bank transfer");
        assertThat(korean).contains("포장 명세서", "린넨 셔츠", "총 6개 · 3개 품목", "피킹 담당", "포장 담당")
                .doesNotContain("₩", "단가");
        assertThat(chinese).contains("发货单", "亚麻衬衫", "共 15 件，2 种商品", "拣货人", "打包人")
                .doesNotContain("¥", "单价");
    }

    @ParameterizedTest
    @MethodSource("everySample")
    void onlyTheShippedFontsAreUsedEmbeddedAsSubsets(OrderDocument document) throws Exception {
        byte[] pdf = render(document);

        try (PDDocument loaded = PdfFixtures.load(pdf)) {
            List<PDFont> fonts = PdfFixtures.fonts(loaded);
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.getName()).matches(SUBSET_NAME);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.isStandard14()).isFalse();
                assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                        .as(font.getName() + " carries its TrueType program").isNotNull();
            }
            assertThat(loaded.getDocumentCatalog().getLanguage()).isEqualTo(document.locale().toLanguageTag());
        }
        // Subsetting keeps a one-page document small although the CJK font file alone is 3.4 MB.
        assertThat(pdf.length).isLessThan(100_000);
    }

    @ParameterizedTest
    @MethodSource("everySample")
    void theBarcodeScansAsTheOrderNumber(OrderDocument document) throws Exception {
        var result = decodeCode128(picture(render(document), 0, 150));

        assertThat(result.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
        assertThat(result.getText()).isEqualTo(document.orderNumber());
    }

    @Test
    void theLongestOrderNumberStillScansAndLeavesRoomForTheShop() throws Exception {
        OrderDocument d = SampleDocuments.english();
        String number = "WHOLESALE-2026-ABCDEFGHIJ-0001";
        assertThat(number).hasSize(OrderDocument.MAX_ORDER_NUMBER_LENGTH);
        OrderDocument longNumber = new OrderDocument(d.kind(), d.locale(), d.shopName(), d.shopAddress(), number,
                d.orderedAt(), d.zone(), d.channel(), d.customerName(), d.customerPhone(), d.shippingAddress(), d.payment(),
                d.lines(), d.totals(), d.memo());
        byte[] pdf = render(longNumber);

        // Its bars are 0.75 pt: read from a 300 dpi picture, the least an office printer prints.
        assertThat(decodeCode128(picture(pdf, 0, 300)).getText()).isEqualTo(number);
        assertThat(text(pdf)).contains("Hana Linen Store", "12 Market Street");
    }

    @Test
    void sixtyLinesRunOverNumberedPagesWithEveryLineOnce() throws Exception {
        OrderDocument large = SampleDocuments.large(60);
        byte[] pdf = render(large);
        List<String> pages = pageTexts(pdf);

        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("Page " + (i + 1) + " of " + pages.size(), "W-2026-004200");
            if (i > 0) {
                assertThat(pages.get(i)).as("page %d repeats whose it is and the column headers", i + 1)
                        .contains("Invoice W-2026-004200", "(continued)", "Unit price", "Amount");
            }
        }
        String all = String.join("\n", pages);
        for (int line = 1; line <= 60; line++) {
            assertThat(all.split("SKU-%04d\\b".formatted(line), -1)).as("SKU-%04d printed once", line).hasSize(2);
        }
        assertThat(pages.get(pages.size() - 1)).contains("SKU-0060", "Total", "£2,309.00");
        assertThat(decodeCode128(picture(pdf, 0, 150)).getText()).isEqualTo("W-2026-004200");

        List<String> slip = pageTexts(render(large.as(DocumentKind.PACKING_SLIP)));
        assertThat(slip).hasSizeGreaterThanOrEqualTo(2);
        assertThat(slip.get(slip.size() - 1)).contains("Page " + slip.size() + " of " + slip.size(), "SKU-0060", "Picked by");
    }

    @Test
    void theClosingBlocksNeverStandOnAPageOfTheirOwn() throws Exception {
        // Line counts around the page break, with and without a note: the last page always carries the
        // last line or the end of the note next to the totals or signatures.
        for (String memo : List.of("", "Fragile: wrap each mug separately.\nCall before delivery.")) {
            for (int lines = 30; lines <= 48; lines += 2) {
                for (DocumentKind kind : DocumentKind.values()) {
                    OrderDocument d = SampleDocuments.large(lines).as(kind);
                    d = new OrderDocument(d.kind(), d.locale(), d.shopName(), d.shopAddress(), d.orderNumber(), d.orderedAt(),
                            d.zone(), d.channel(), d.customerName(), d.customerPhone(), d.shippingAddress(), d.payment(),
                            d.lines(), d.totals(), memo);
                    List<String> pages = pageTexts(render(d));
                    String last = pages.get(pages.size() - 1);
                    assertThat(last).as("last page of %d lines (%s, note: %s)", lines, kind, !memo.isEmpty())
                            .contains(kind == DocumentKind.INVOICE ? "Total" : "Picked by")
                            .containsAnyOf("SKU-%04d".formatted(lines), "Call before delivery.");
                }
            }
        }
    }

    @Test
    void aLongNoteRunsOntoTheNextPage() throws Exception {
        OrderDocument english = SampleDocuments.english();
        String memo = String.join("\n", java.util.stream.IntStream.rangeClosed(1, 90).mapToObj(i -> "Note line " + i).toList());
        OrderDocument longNote = new OrderDocument(english.kind(), english.locale(), english.shopName(), english.shopAddress(),
                english.orderNumber(), english.orderedAt(), english.zone(), english.channel(), english.customerName(),
                english.customerPhone(), english.shippingAddress(), english.payment(), english.lines(), english.totals(), memo);

        List<String> pages = pageTexts(render(longNote));

        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pages.get(0)).contains("Note line 1\n");
        assertThat(pages.get(pages.size() - 1)).contains("Note line 90", "Page %d of %d".formatted(pages.size(), pages.size()));
        String all = String.join("\n", pages);
        for (int line = 1; line <= 90; line++) {
            assertThat(all.split("Note line " + line + "\n", -1)).as("note line %d printed once", line).hasSize(2);
        }
    }

    @Test
    void charactersNoShippedFontHasPrintAsQuestionMarks() throws Exception {
        OrderDocument english = SampleDocuments.english();
        OrderDocument withEmoji = new OrderDocument(english.kind(), english.locale(), english.shopName(), english.shopAddress(),
                english.orderNumber(), english.orderedAt(), english.zone(), english.channel(), "Maggie \uD83E\uDDD1 Wilson \u0E01",
                english.customerPhone(), english.shippingAddress(), english.payment(), english.lines(), english.totals(), "");

        assertThat(text(render(withEmoji))).contains("Maggie ? Wilson ?");
    }

    @Test
    void anOrderWithoutShopAddressOrNoteStillPrints() throws Exception {
        OrderDocument bare = SampleDocuments.order(DocumentKind.INVOICE, java.util.Locale.US, "USD", "", "", "D-1",
                java.time.ZoneOffset.UTC, "", "", "", List.of(), "",
                List.of(new SampleDocuments.Item("A", "Apron", "", 1, 1000, 0)), 0, 0, 0, "");

        String text = text(render(bare));

        assertThat(text).contains("Invoice", "D-1", "Apron", "$10.00", "Total", "Page 1 of 1");
    }
}
