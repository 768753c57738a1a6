package com.merchantdesk.bench;

import com.merchantdesk.kernel.Money;
import com.merchantdesk.platform.carriers.DemoCarriers;
import com.merchantdesk.shipping.documents.CustomsDeclaration;
import com.merchantdesk.shipping.documents.FulfilmentPdf;
import com.merchantdesk.shipping.documents.LabelSize;
import com.merchantdesk.shipping.documents.ShippingLabel;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Issue 16's budget: 500 shipping labels in one PDF in at most 10 s. Each run renders 500 labels (4 x 6 in, every
 * tenth going abroad with its CN22 page; Korean, Chinese and Latin names) into one PDF with the embedded fonts and
 * writes it to memory: font embedding, text, Code 128 and QR drawing, subsetting and saving included; reading the
 * orders from the database is not (the labels are made in memory, the same every run).
 */
public final class LabelsBench {

    public static final int LABELS = 500;
    public static final double BUDGET_SECONDS = 10;

    /** Times of each run in milliseconds, the PDF's size and pages of the last. */
    public record Result(double[] runsMs, long pdfBytes, int pages) {

        public double medianMs() {
            double[] sorted = runsMs.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        public double maxMs() { return Arrays.stream(runsMs).max().orElse(0); }
    }

    private LabelsBench() {}

    /** One untimed warm-up, then {@code runs} timed runs. */
    public static Result run(int runs) throws IOException {
        List<ShippingLabel> labels = labels();
        render(labels);
        double[] times = new double[runs];
        byte[] last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = render(labels);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        int pages = LABELS + LABELS / 10;
        return new Result(times, last == null ? 0 : last.length, pages);
    }

    private static byte[] render(List<ShippingLabel> labels) throws IOException {
        try (FulfilmentPdf pdf = new FulfilmentPdf(Locale.ENGLISH, ZoneId.of("Asia/Seoul"))) {
            pdf.labels(labels, LabelSize.FOUR_BY_SIX);
            return pdf.bytes();
        }
    }

    static List<ShippingLabel> labels() {
        String[] names = {"김민지", "Lee Seojun", "王芳", "Park Jiwoo", "陈伟", "Emily Carter", "최유나", "Tanaka Yui"};
        Instant shipped = Instant.parse("2026-12-04T09:00:00Z");
        List<ShippingLabel> labels = new ArrayList<>(LABELS);
        for (int i = 0; i < LABELS; i++) {
            boolean abroad = i % 10 == 9;
            String tracking = abroad ? DemoCarriers.EMS.trackingNumberFor(10_000 + i) : DemoCarriers.HANA.trackingNumberFor(10_000 + i);
            CustomsDeclaration customs = abroad ? new CustomsDeclaration(List.of(
                    new CustomsDeclaration.Item("Linen shirt / M", 2, Money.ofMinor(7800, "USD"), 640L, "KR", "620520"),
                    new CustomsDeclaration.Item("녹차 Green tea", 1, Money.ofMinor(1250, "USD"), 120L, "KR", "090210")),
                    "Hanbit Shop") : null;
            labels.add(new ShippingLabel("한빛 상점 Hanbit Shop", List.of("서울 마포구 월드컵로 12", "Seoul 04001"),
                    List.of(names[i % names.length], (100 + i) + " Teheran-ro, Apt " + (i % 30 + 1), "Seoul 06234"),
                    "010-1234-" + String.format(Locale.ROOT, "%04d", i), String.format(Locale.ROOT, "D-2026-%06d", i + 1),
                    abroad ? "EMS International" : "Hana Express", abroad ? "EMS" : "Standard parcel", tracking,
                    250L + i % 7 * 150, 1, 1, shipped, customs));
        }
        return labels;
    }
}
