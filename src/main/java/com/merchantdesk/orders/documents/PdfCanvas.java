package com.merchantdesk.orders.documents;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Drawing on PDF pages (A4 unless a page size is given) with the shipped fonts, in points from the bottom-left corner (PDF's own
 * coordinates). Holds one page's content stream at a time.
 */
public final class PdfCanvas implements Closeable {

    public static final PDRectangle PAGE = PDRectangle.A4;
    public static final Color INK = new Color(0x1F, 0x23, 0x28);
    public static final Color MUTED = new Color(0x5F, 0x66, 0x6D);
    public static final Color RULE = new Color(0xC4, 0xC9, 0xCE);
    public static final Color SHADE = new Color(0xEE, 0xF0, 0xF2);

    /** How text is drawn: size in points, weight and colour. */
    public record Style(float size, boolean bold, Color color) {
        public static Style regular(float size) { return new Style(size, false, INK); }
        public static Style bold(float size) { return new Style(size, true, INK); }
        public static Style muted(float size) { return new Style(size, false, MUTED); }

        /** Distance between baselines of consecutive lines. */
        public float leading() { return size * 1.3f; }

        /** Height above the baseline that capitals and ideographs reach (for placing the first line). */
        public float ascent() { return size * 0.8f; }
    }

    private final PDDocument pdf;
    private final DocumentFonts fonts;
    private PDPageContentStream stream;

    public PdfCanvas(PDDocument pdf, DocumentFonts fonts) {
        this.pdf = pdf;
        this.fonts = fonts;
    }

    public DocumentFonts fonts() { return fonts; }

    public void newPage() throws IOException { newPage(PAGE); }

    /** A new page of the given size (labels are 4 x 6 in or A6). */
    public void newPage(PDRectangle size) throws IOException {
        close();
        PDPage page = new PDPage(size);
        pdf.addPage(page);
        stream = new PDPageContentStream(pdf, page);
    }

    /** Draws over a page already finished (page numbers once the count is known). */
    public void reopen(PDPage page) throws IOException {
        close();
        stream = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true);
    }

    public float width(String text, Style style) { return fonts.width(text, style.size(), style.bold()); }

    public void text(String text, float x, float baseline, Style style) throws IOException {
        float cursor = x;
        for (DocumentFonts.Run run : fonts.runs(text, style.bold())) {
            stream.beginText();
            stream.setFont(run.font(), style.size());
            stream.setNonStrokingColor(style.color());
            if (run.syntheticBold()) {
                stream.setStrokingColor(style.color());
                stream.setLineWidth(style.size() * 0.035f);
            }
            // The rendering mode outlasts the text object, so every run sets its own.
            stream.setRenderingMode(run.syntheticBold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            stream.newLineAtOffset(cursor, baseline);
            stream.showText(run.text());
            stream.endText();
            cursor += run.font().getStringWidth(run.text()) / 1000f * style.size();
        }
    }

    public void textRight(String text, float right, float baseline, Style style) throws IOException {
        text(text, right - width(text, style), baseline, style);
    }

    public void textCentered(String text, float centre, float baseline, Style style) throws IOException {
        text(text, centre - width(text, style) / 2, baseline, style);
    }

    public void fill(float x, float y, float width, float height, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    public void frame(float x, float y, float width, float height, Color color, float lineWidth) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.addRect(x, y, width, height);
        stream.stroke();
    }

    public void hline(float x1, float x2, float y, Color color, float lineWidth) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y);
        stream.lineTo(x2, y);
        stream.stroke();
    }

    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
