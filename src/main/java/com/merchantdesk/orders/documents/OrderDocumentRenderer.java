package com.merchantdesk.orders.documents;

import com.merchantdesk.orders.documents.PdfCanvas.Style;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Writes an invoice or a packing slip as an A4 PDF: shop and title, the order number in words and as
 * a Code 128 barcode, who it goes to, the lines, the totals (invoice) or pick count (packing slip), the
 * seller's note, and "page n of m" on every page. Uses only the fonts inside the app and no network.
 */
public final class OrderDocumentRenderer {

    static final float MARGIN = 40;
    static final float TOP = PdfCanvas.PAGE.getHeight() - MARGIN;
    static final float LEFT = MARGIN;
    static final float RIGHT = PdfCanvas.PAGE.getWidth() - MARGIN;
    static final float WIDTH = RIGHT - LEFT;
    /** The footer lives below this line; the body stops above it. */
    static final float FOOTER_RULE = 44;
    static final float BODY_BOTTOM = FOOTER_RULE + 10;
    /**
     * Narrowest bar: 1 pt (0.35 mm) reads comfortably with a hand scanner from a laser or inkjet print;
     * long order numbers go down to 0.75 pt (0.26 mm) rather than push the shop's name aside.
     */
    static final float BARCODE_MODULE = 1.0f;
    static final float BARCODE_MIN_MODULE = 0.75f;
    static final float BARCODE_MAX_WIDTH = 230;
    static final float BARCODE_HEIGHT = 34;

    private static final Style SHOP = Style.bold(15);
    private static final Style ADDRESS = Style.muted(9);
    private static final Style TITLE = Style.bold(20);
    private static final Style NUMBER = Style.regular(10);
    private static final Style HEADING = new Style(8.5f, true, PdfCanvas.MUTED);
    private static final Style CUSTOMER = Style.bold(11);
    private static final Style BODY = Style.regular(9.5f);
    private static final Style LABEL = Style.muted(9);
    private static final Style TOTAL = Style.bold(12);
    private static final Style FOOTER = Style.muted(8);
    private static final Style CONTINUED = Style.bold(10);
    private static final float LINES_GAP = 14;
    private static final float TOTAL_RULE_GAP = 7;
    private static final float TOTALS_AFTER = 18;
    private static final float PICK_AFTER = 14;
    private static final float SIGNATURE_GAP = 30;
    private static final float SIGNATURES = SIGNATURE_GAP + 6;
    private static final float MEMO_AFTER = 12;
    /** A note up to this many lines stays on the page of the totals. */
    private static final int SHORT_MEMO_LINES = 4;

    /** Writes the PDF to the stream and leaves it open. */
    public void render(OrderDocument document, OutputStream out) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            describe(pdf, document);
            try (PdfCanvas canvas = new PdfCanvas(pdf, DocumentFonts.embedIn(pdf))) {
                new Layout(document, new DocumentText(document.locale()), canvas).draw();
                numberPages(pdf, canvas, document, new DocumentText(document.locale()));
            }
            pdf.save(out);
        }
    }

    private static void describe(PDDocument pdf, OrderDocument document) {
        DocumentText text = new DocumentText(document.locale());
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(text.label(document.kind().titleKey()) + " " + document.orderNumber());
        info.setAuthor(document.shopName());
        info.setCreator("Merchant Desk");
        // Screen readers and text extraction pick the right language rules from this.
        pdf.getDocumentCatalog().setLanguage(document.locale().toLanguageTag());
    }

    private static void numberPages(PDDocument pdf, PdfCanvas canvas, OrderDocument document, DocumentText text)
            throws IOException {
        int count = pdf.getNumberOfPages();
        String left = (document.shopName().isEmpty() ? "" : document.shopName() + "  ·  ")
                + text.label(document.kind().titleKey()) + " " + document.orderNumber();
        for (int i = 0; i < count; i++) {
            PDPage page = pdf.getPage(i);
            canvas.reopen(page);
            canvas.hline(LEFT, RIGHT, FOOTER_RULE, PdfCanvas.RULE, 0.5f);
            String pageLabel = text.label("documents.page", i + 1, count);
            float baseline = FOOTER_RULE - 14;
            canvas.textRight(pageLabel, RIGHT, baseline, FOOTER);
            float room = WIDTH - canvas.width(pageLabel, FOOTER) - 24;
            List<String> fitted = TextWrap.lines(left, room, s -> canvas.width(s, FOOTER), text.locale());
            canvas.text(fitted.get(0), LEFT, baseline, FOOTER);
        }
    }

    /** One document's drawing, top to bottom, starting new pages as the body fills them. */
    private static final class Layout {
        private final OrderDocument document;
        private final DocumentText text;
        private final PdfCanvas canvas;
        private final LineTable table;
        private float y;

        Layout(OrderDocument document, DocumentText text, PdfCanvas canvas) {
            this.document = document;
            this.text = text;
            this.canvas = canvas;
            this.table = LineTable.of(document, text, canvas, LEFT, WIDTH);
        }

        void draw() throws IOException {
            canvas.newPage();
            y = TOP;
            header();
            parties();
            lines();
            if (document.kind() == DocumentKind.INVOICE) {
                invoiceTotals();
                memo(0);
                thanks();
            } else {
                pickCount();
                memo(afterMemo());
                signatures();
            }
        }

        private String title() { return text.label(document.kind().titleKey()); }

        private List<String> wrap(String value, float width, Style style) {
            return TextWrap.lines(value, width, s -> canvas.width(s, style), text.locale());
        }

        /** Shop on the left; title, barcode and number on the right. */
        private void header() throws IOException {
            Code128Bars bars = new Code128Bars(document.orderNumber());
            float module = Math.max(BARCODE_MIN_MODULE, Math.min(BARCODE_MODULE, BARCODE_MAX_WIDTH / bars.moduleCount()));
            float barsWidth = bars.width(module);
            float quiet = Code128Bars.QUIET_ZONE_MODULES * module;
            float rightBlock = Math.max(canvas.width(title(), TITLE), barsWidth + quiet);

            float right = y - TITLE.ascent();
            canvas.textRight(title(), RIGHT, right, TITLE);
            float barsTop = right - 12;
            float barsLeft = RIGHT - barsWidth;
            bars.draw(canvas, barsLeft, barsTop - BARCODE_HEIGHT, module, BARCODE_HEIGHT);
            float numberBaseline = barsTop - BARCODE_HEIGHT - NUMBER.leading();
            canvas.textCentered(document.orderNumber(), barsLeft + barsWidth / 2, numberBaseline, NUMBER);
            float rightBottom = numberBaseline - 6;

            float shopWidth = WIDTH - rightBlock - 16;
            float left = y;
            boolean first = true;
            for (String line : wrap(document.shopName(), shopWidth, SHOP)) {
                left -= first ? SHOP.ascent() : SHOP.leading();
                first = false;
                canvas.text(line, LEFT, left, SHOP);
            }
            if (!document.shopAddress().isEmpty()) {
                left -= 6;
                for (String line : wrap(document.shopAddress(), shopWidth, ADDRESS)) {
                    left -= ADDRESS.leading();
                    canvas.text(line, LEFT, left, ADDRESS);
                }
            }
            y = Math.min(left, rightBottom) - 8;
            canvas.hline(LEFT, RIGHT, y, PdfCanvas.INK, 1.2f);
            y -= 16;
        }

        /** Who receives the parcel (left) and the order's facts (right). */
        private void parties() throws IOException {
            float gap = 24;
            float half = (WIDTH - gap) / 2;

            float left = y - HEADING.ascent();
            canvas.text(text.label("documents.shipTo"), LEFT, left, HEADING);
            left -= 4;
            for (String line : wrap(document.customerName(), half, CUSTOMER)) {
                left -= CUSTOMER.leading();
                canvas.text(line, LEFT, left, CUSTOMER);
            }
            for (String address : document.shippingAddress()) {
                for (String line : wrap(address, half, BODY)) {
                    left -= BODY.leading();
                    canvas.text(line, LEFT, left, BODY);
                }
            }
            if (!document.customerPhone().isEmpty()) {
                left -= BODY.leading();
                canvas.text(text.label("documents.phone", document.customerPhone()), LEFT, left, BODY);
            }

            List<String[]> facts = new ArrayList<>();
            facts.add(new String[] {text.label("documents.orderNumber"), document.orderNumber()});
            facts.add(new String[] {text.label("documents.orderDate"), text.dateTime(document.orderedAt(), document.zone())});
            if (!document.channel().isEmpty()) {
                facts.add(new String[] {text.label("documents.channel"), document.channel()});
            }
            if (document.kind() == DocumentKind.INVOICE && !document.payment().isEmpty()) {
                facts.add(new String[] {text.label("documents.payment"), document.payment()});
            }
            float factsLeft = LEFT + half + gap;
            float labelWidth = 0;
            for (String[] fact : facts) {
                labelWidth = Math.max(labelWidth, canvas.width(fact[0], LABEL));
            }
            labelWidth = Math.min(labelWidth + 12, half / 2);
            float right = y - HEADING.ascent();
            canvas.text(text.label("documents.orderDetails"), factsLeft, right, HEADING);
            right -= 4;
            for (String[] fact : facts) {
                List<String> labelLines = wrap(fact[0], labelWidth - 8, LABEL);
                List<String> valueLines = wrap(fact[1], half - labelWidth, BODY);
                float rowTop = right;
                for (int i = 0; i < labelLines.size(); i++) {
                    canvas.text(labelLines.get(i), factsLeft, rowTop - BODY.leading() * (i + 1), LABEL);
                }
                for (int i = 0; i < valueLines.size(); i++) {
                    canvas.text(valueLines.get(i), factsLeft + labelWidth, rowTop - BODY.leading() * (i + 1), BODY);
                }
                right -= BODY.leading() * Math.max(labelLines.size(), valueLines.size());
            }
            y = Math.min(left, right) - 18;
        }

        private void lines() throws IOException {
            LineTable.Row header = table.header();
            table.drawHeader(header, y);
            y -= header.height();
            List<DocumentLine> lines = document.lines();
            for (int i = 0; i < lines.size(); i++) {
                LineTable.Row row = table.row(i, lines.get(i));
                // The last line goes with the totals, so a page of totals alone never happens.
                float needed = row.height() + (i == lines.size() - 1 ? LINES_GAP + closingHeight() : 0);
                if (y - needed < BODY_BOTTOM) {
                    continuationPage();
                    table.drawHeader(header, y);
                    y -= header.height();
                }
                table.drawRow(row, y);
                y -= row.height();
            }
            y -= LINES_GAP;
        }

        /**
         * Height of what follows the lines and must start on the same page: the invoice's totals or the
         * packing slip's count, and a short note with the signatures after it. A long note runs on by itself.
         */
        private float closingHeight() {
            float block = document.kind() == DocumentKind.PACKING_SLIP
                    ? TOTAL.leading() + PICK_AFTER
                    : totalRows().size() * BODY.leading() + TOTAL_RULE_GAP + TOTAL.leading() + TOTALS_AFTER;
            List<String> memo = memoLines();
            return memo.size() > SHORT_MEMO_LINES ? block : block + memoHeight(memo.size()) + afterMemo();
        }

        private List<String> memoLines() {
            return document.memo().isEmpty() ? List.of() : wrap(document.memo(), WIDTH, BODY);
        }

        private float memoHeight(int lines) {
            return lines == 0 ? 0 : HEADING.leading() + 2 + lines * BODY.leading() + MEMO_AFTER;
        }

        /** What comes after the note and must not stand alone: the packing slip's signatures. */
        private float afterMemo() {
            return document.kind() == DocumentKind.PACKING_SLIP ? SIGNATURES : 0;
        }

        private List<String[]> totalRows() {
            DocumentTotals totals = document.totals();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {text.label("documents.subtotal"), text.money(totals.subtotal())});
            if (totals.discount().minorUnits() != 0) {
                rows.add(new String[] {text.label("documents.discount"), text.deduction(totals.discount())});
            }
            rows.add(new String[] {text.label("documents.shipping"), text.money(totals.shipping())});
            if (totals.tax().minorUnits() != 0) {
                rows.add(new String[] {text.label("documents.tax"), text.money(totals.tax())});
            }
            return rows;
        }

        /** A new page that says whose it is at the top, for when pages get separated. */
        private void continuationPage() throws IOException {
            canvas.newPage();
            y = TOP - CONTINUED.ascent();
            String heading = title() + "  " + document.orderNumber();
            canvas.text(heading, LEFT, y, CONTINUED);
            canvas.text(text.label("documents.continued"), LEFT + canvas.width(heading, CONTINUED) + 10, y, LABEL);
            y -= 16;
        }

        private void ensureRoom(float height) throws IOException {
            if (y - height < BODY_BOTTOM) {
                continuationPage();
            }
        }

        private void invoiceTotals() throws IOException {
            float blockWidth = 240;
            float blockLeft = RIGHT - blockWidth;
            ensureRoom(closingHeight());
            for (String[] row : totalRows()) {
                y -= BODY.leading();
                canvas.text(row[0], blockLeft, y, LABEL);
                canvas.textRight(row[1], RIGHT - 4, y, BODY);
            }
            y -= TOTAL_RULE_GAP;
            canvas.hline(blockLeft, RIGHT, y, PdfCanvas.INK, 0.8f);
            y -= TOTAL.leading();
            canvas.text(text.label("documents.total"), blockLeft, y, TOTAL);
            canvas.textRight(text.money(document.totals().total()), RIGHT - 4, y, TOTAL);
            y -= TOTALS_AFTER;
        }

        /** How many pieces the packer should have in hand. */
        private void pickCount() throws IOException {
            ensureRoom(closingHeight());
            y -= TOTAL.leading();
            canvas.textRight(text.label("documents.totalQuantity", document.totalQuantity(), document.lines().size()),
                    RIGHT - 4, y, TOTAL);
            y -= PICK_AFTER;
        }

        /** Where picker and packer sign, after the note they may need to follow. */
        private void signatures() throws IOException {
            ensureRoom(SIGNATURES);
            y -= SIGNATURE_GAP;
            float slot = WIDTH / 2;
            String[] signatures = {text.label("documents.pickedBy"), text.label("documents.packedBy")};
            for (int i = 0; i < signatures.length; i++) {
                float x = LEFT + i * slot;
                canvas.text(signatures[i], x, y, LABEL);
                float lineStart = x + canvas.width(signatures[i], LABEL) + 8;
                canvas.hline(lineStart, x + slot - 24, y - 2, PdfCanvas.MUTED, 0.5f);
            }
        }

        /**
         * The seller's note, line by line so a long one runs onto the next page. The heading keeps at
         * least its first lines, and the last line keeps {@code following} (what must not stand alone).
         */
        private void memo(float following) throws IOException {
            List<String> lines = memoLines();
            if (lines.isEmpty()) {
                return;
            }
            int kept = Math.min(lines.size(), 2);
            ensureRoom(HEADING.leading() + 2 + BODY.leading() * kept + (kept == lines.size() ? following + MEMO_AFTER : 0));
            y -= HEADING.leading();
            canvas.text(text.label("documents.memo"), LEFT, y, HEADING);
            y -= 2;
            for (int i = 0; i < lines.size(); i++) {
                float needed = BODY.leading() + (i == lines.size() - 1 ? following + MEMO_AFTER : 0);
                if (y - needed < BODY_BOTTOM) {
                    continuationPage();
                }
                y -= BODY.leading();
                canvas.text(lines.get(i), LEFT, y, BODY);
            }
            y -= MEMO_AFTER;
        }

        /** A courtesy line, left out rather than given a page of its own. */
        private void thanks() throws IOException {
            if (y - BODY.leading() - 8 < BODY_BOTTOM) {
                return;
            }
            y -= BODY.leading() + 8;
            canvas.textCentered(text.label("documents.thanks"), LEFT + WIDTH / 2, y, LABEL);
        }
    }
}
