package com.merchantdesk.orders.documents;

import com.merchantdesk.orders.documents.PdfCanvas.Style;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The order lines as a table. An invoice shows prices, line discounts (a column only when some line
 * has one) and amounts; a packing slip shows a tick box and the quantity to pick, large, and no prices.
 */
final class LineTable {

    private enum Align { LEFT, RIGHT, CENTER }

    private enum Content { CHECKBOX, NUMBER, SKU, ITEM, QUANTITY, UNIT_PRICE, DISCOUNT, AMOUNT }

    /** A column; width 0 means "what the others leave". */
    private record Column(Content content, String header, float width, Align align) {
        boolean checkbox() { return content == Content.CHECKBOX; }
    }

    /** One line of text in a cell, already wrapped to the column. */
    private record Span(String text, Style style) {}

    /** A prepared row: its cells' lines and its height. */
    record Row(List<List<Span>> cells, float height) {}

    private static final float PAD_X = 4;
    private static final float PAD_Y = 5;
    private static final float CHECKBOX = 10;
    private static final Style HEADER = Style.bold(8.5f);
    private static final Style BODY = Style.regular(9);
    private static final Style TITLE = Style.regular(9.5f);
    private static final Style OPTION = Style.muted(8.5f);
    private static final Style PICK_QUANTITY = Style.bold(12);

    private final PdfCanvas canvas;
    private final DocumentText text;
    private final DocumentKind kind;
    private final List<Column> columns;
    private final float[] widths;
    private final float left;

    private LineTable(PdfCanvas canvas, DocumentText text, DocumentKind kind, List<Column> columns, float left, float width) {
        this.canvas = canvas;
        this.text = text;
        this.kind = kind;
        this.columns = columns;
        this.left = left;
        this.widths = new float[columns.size()];
        float fixed = (float) columns.stream().mapToDouble(Column::width).sum();
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).width() == 0 ? width - fixed : columns.get(i).width();
        }
    }

    static LineTable of(OrderDocument document, DocumentText text, PdfCanvas canvas, float left, float width) {
        List<Column> columns = new ArrayList<>();
        if (document.kind() == DocumentKind.PACKING_SLIP) {
            columns.add(new Column(Content.CHECKBOX, "", 24, Align.CENTER));
            columns.add(new Column(Content.NUMBER, text.label("documents.column.number"), 28, Align.LEFT));
            columns.add(new Column(Content.SKU, text.label("documents.column.sku"), 112, Align.LEFT));
            columns.add(new Column(Content.ITEM, text.label("documents.column.item"), 0, Align.LEFT));
            columns.add(new Column(Content.QUANTITY, text.label("documents.column.quantity"), 60, Align.RIGHT));
        } else {
            columns.add(new Column(Content.NUMBER, text.label("documents.column.number"), 28, Align.LEFT));
            columns.add(new Column(Content.SKU, text.label("documents.column.sku"), 92, Align.LEFT));
            columns.add(new Column(Content.ITEM, text.label("documents.column.item"), 0, Align.LEFT));
            columns.add(new Column(Content.QUANTITY, text.label("documents.column.quantity"), 36, Align.RIGHT));
            columns.add(new Column(Content.UNIT_PRICE, text.label("documents.column.unitPrice"), 70, Align.RIGHT));
            if (document.hasLineDiscounts()) {
                columns.add(new Column(Content.DISCOUNT, text.label("documents.column.discount"), 62, Align.RIGHT));
            }
            columns.add(new Column(Content.AMOUNT, text.label("documents.column.amount"), 78, Align.RIGHT));
        }
        return new LineTable(canvas, text, document.kind(), columns, left, width);
    }

    private float tableWidth() {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }

    /** The header row, prepared (headers wrap in their column like any cell). */
    Row header() {
        List<List<Span>> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.add(wrap(columns.get(i).header(), HEADER, i));
        }
        return measured(cells);
    }

    Row row(int index, DocumentLine line) {
        List<List<Span>> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cells.add(cell(i, index, line));
        }
        return measured(cells);
    }

    private List<Span> cell(int column, int index, DocumentLine line) {
        return switch (columns.get(column).content()) {
            case CHECKBOX -> List.of();
            case NUMBER -> wrap(text.quantity(index + 1L), BODY, column);
            case SKU -> wrap(line.skuCode(), BODY, column);
            case ITEM -> {
                List<Span> spans = new ArrayList<>(wrap(line.title(), TITLE, column));
                spans.addAll(wrap(line.optionLabel(), OPTION, column));
                yield spans;
            }
            case QUANTITY -> wrap(text.quantity(line.quantity()), kind == DocumentKind.PACKING_SLIP ? PICK_QUANTITY : BODY, column);
            case UNIT_PRICE -> wrap(text.money(line.unitPrice()), BODY, column);
            case DISCOUNT -> wrap(line.discount().minorUnits() == 0 ? "" : text.deduction(line.discount()), BODY, column);
            case AMOUNT -> wrap(text.money(line.lineTotal()), BODY, column);
        };
    }

    private List<Span> wrap(String value, Style style, int column) {
        if (value.isEmpty()) {
            return List.of();
        }
        float inner = widths[column] - 2 * PAD_X;
        return TextWrap.lines(value, inner, s -> canvas.width(s, style), text.locale()).stream()
                .map(l -> new Span(l, style)).toList();
    }

    private Row measured(List<List<Span>> cells) {
        float tallest = CHECKBOX;
        for (List<Span> cell : cells) {
            float h = 0;
            for (Span span : cell) {
                h += span.style().leading();
            }
            tallest = Math.max(tallest, h);
        }
        return new Row(cells, tallest + 2 * PAD_Y);
    }

    void drawHeader(Row header, float top) throws IOException {
        canvas.fill(left, top - header.height(), tableWidth(), header.height(), PdfCanvas.SHADE);
        drawCells(header, top, false);
        canvas.hline(left, left + tableWidth(), top - header.height(), PdfCanvas.RULE, 0.8f);
    }

    void drawRow(Row row, float top) throws IOException {
        drawCells(row, top, true);
        canvas.hline(left, left + tableWidth(), top - row.height(), PdfCanvas.RULE, 0.4f);
    }

    private void drawCells(Row row, float top, boolean boxes) throws IOException {
        float x = left;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (column.checkbox() && boxes) {
                canvas.frame(x + (widths[i] - CHECKBOX) / 2, top - PAD_Y - CHECKBOX - 1, CHECKBOX, CHECKBOX, PdfCanvas.INK, 0.8f);
            }
            float y = top - PAD_Y;
            boolean first = true;
            for (Span span : row.cells().get(i)) {
                y -= first ? span.style().ascent() + 1 : span.style().leading();
                first = false;
                switch (column.align()) {
                    case LEFT -> canvas.text(span.text(), x + PAD_X, y, span.style());
                    case RIGHT -> canvas.textRight(span.text(), x + widths[i] - PAD_X, y, span.style());
                    case CENTER -> canvas.textCentered(span.text(), x + widths[i] / 2, y, span.style());
                }
            }
            x += widths[i];
        }
    }
}
