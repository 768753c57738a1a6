package com.merchantdesk.orders.documents;

import com.merchantdesk.kernel.Money;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Orders as the lead's mapping will hand them over, in English, Korean and Chinese. */
final class SampleDocuments {

    static final Locale KOREAN = Locale.KOREA;
    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Instant ORDERED = Instant.parse("2026-03-14T05:05:00Z");

    private SampleDocuments() {}

    /** A line: quantity × unit price less its discount. */
    record Item(String sku, String title, String option, int quantity, long unitMinor, long discountMinor) {}

    static OrderDocument english() {
        return order(DocumentKind.INVOICE, Locale.UK, "GBP", "Hana Linen Store",
                "12 Market Street\nBrighton BN1 1AA\nUnited Kingdom", "D-2026-000123", ZoneId.of("Europe/London"),
                "Phone", "Margaret Wilson", "+44 7700 900123",
                List.of("Flat 3, 45 Queen's Road", "Brighton BN1 3XE", "United Kingdom"), "Bank transfer · Paid",
                List.of(new Item("LIN-SHIRT-NAT-M", "Linen shirt", "Natural / M", 2, 4500, 500),
                        new Item("LIN-SHIRT-NAT-L", "린넨 셔츠 (Korean label)", "Natural / L", 1, 4500, 0),
                        new Item("TEA-TOWEL-3", "亚麻衬衫 tea towel set of three, stonewashed, with a hanging loop", "", 3, 1250, 0)),
                1000, 495, 0, "Gift wrap the shirts please; leave the parcel with the neighbour at no. 47 if nobody is in.");
    }

    static OrderDocument korean() {
        return order(DocumentKind.INVOICE, KOREAN, "KRW", "하나 린넨 상점", "서울특별시 마포구 와우산로 94\n우편번호 04066",
                "D-2026-000456", ZoneId.of("Asia/Seoul"), "전화 주문", "김민지", "010-1234-5678",
                List.of("경기도 성남시 분당구 판교역로 235", "에이치스퀘어 N동 8층"), "계좌이체 · 결제 완료",
                List.of(new Item("LIN-SHIRT-NAT-M", "린넨 셔츠", "내추럴 / M", 2, 59000, 5000),
                        new Item("LIN-PANTS-BEI-L", "린넨 와이드 팬츠", "베이지 / L", 1, 69000, 0),
                        new Item("CANDLE-SOY", "소이 캔들 (라벤더 향)", "", 3, 15000, 0)),
                10000, 3000, 0, "선물 포장 부탁드립니다. 부재 시 문 앞에 놓아 주세요.");
    }

    static OrderDocument chinese() {
        return order(DocumentKind.INVOICE, CHINESE, "CNY", "花园亚麻小店", "上海市徐汇区漕溪北路 88 号\n邮编 200030",
                "D-2026-000789", ZoneId.of("Asia/Shanghai"), "批发", "王芳", "138 0013 8000",
                List.of("浙江省杭州市西湖区文三路 398 号", "东信大厦 5 楼"), "支付宝 · 已付款",
                List.of(new Item("LIN-SHIRT-NAT-M", "亚麻衬衫", "本色 / M", 10, 19900, 2000),
                        new Item("LIN-SCARF-GRY", "亚麻围巾", "灰色", 5, 8900, 0)),
                5000, 1200, 0, "请开具增值税普通发票，随货寄出。");
    }

    /** An order with many lines, to run over several pages. */
    static OrderDocument large(int lineCount) {
        List<Item> items = new ArrayList<>();
        for (int i = 1; i <= lineCount; i++) {
            items.add(new Item("SKU-%04d".formatted(i), "Stoneware mug no. " + i + (i % 7 == 0 ? ", hand-glazed in small batches by a potter in Devon" : ""),
                    i % 3 == 0 ? "Blue" : "", 1 + i % 4, 1200 + i * 10L, i % 5 == 0 ? 100 : 0));
        }
        return order(DocumentKind.INVOICE, Locale.UK, "GBP", "Hana Linen Store", "12 Market Street, Brighton",
                "W-2026-004200", ZoneId.of("Europe/London"), "Wholesale", "Corner Café Ltd", "+44 1273 000000",
                List.of("1 Pavilion Buildings", "Brighton BN1 1EE"), "Invoice · 30 days", items, 0, 2500, 4000, "");
    }

    static OrderDocument order(DocumentKind kind, Locale locale, String currency, String shop, String address,
                               String number, ZoneId zone, String channel, String customer, String phone,
                               List<String> shipTo, String payment, List<Item> items, long orderDiscount,
                               long shipping, long tax, String memo) {
        List<DocumentLine> lines = new ArrayList<>();
        long subtotal = 0;
        long discount = orderDiscount;
        for (Item item : items) {
            long gross = item.unitMinor() * item.quantity();
            subtotal += gross;
            discount += item.discountMinor();
            lines.add(new DocumentLine(item.sku(), item.title(), item.option(), item.quantity(),
                    Money.ofMinor(item.unitMinor(), currency), Money.ofMinor(item.discountMinor(), currency),
                    Money.ofMinor(gross - item.discountMinor(), currency)));
        }
        long total = subtotal - discount + shipping + tax;
        DocumentTotals totals = new DocumentTotals(Money.ofMinor(subtotal, currency), Money.ofMinor(discount, currency),
                Money.ofMinor(shipping, currency), Money.ofMinor(tax, currency), Money.ofMinor(total, currency));
        return new OrderDocument(kind, locale, shop, address, number, ORDERED, zone, channel, customer, phone, shipTo,
                payment, lines, totals, memo);
    }
}
