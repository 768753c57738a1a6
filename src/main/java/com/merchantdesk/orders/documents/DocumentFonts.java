package com.merchantdesk.orders.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The shipped fonts embedded in one PDF, and the choice of font for each character: the Latin font
 * when it has the glyph, else the CJK one. Only the glyphs a document uses are embedded (subset).
 */
public final class DocumentFonts {

    /** A piece of text that one font draws. */
    record Run(PDType0Font font, String text, boolean syntheticBold) {}

    private static final int REPLACEMENT = '?';

    private final Face regular;
    private final Face bold;
    private final Face cjk;

    private DocumentFonts(Face regular, Face bold, Face cjk) {
        this.regular = regular;
        this.bold = bold;
        this.cjk = cjk;
    }

    public static DocumentFonts embedIn(PDDocument pdf) throws IOException {
        return new DocumentFonts(Face.load(pdf, ShippedFonts.LATIN), Face.load(pdf, ShippedFonts.LATIN_BOLD),
                Face.load(pdf, ShippedFonts.CJK));
    }

    /**
     * Splits text into runs of one font each. Characters no shipped font has become '?', so a stray
     * emoji in a customer's name cannot stop an invoice from printing. The CJK font has no bold, so
     * bold Hangul and Hanzi are drawn outlined ({@code syntheticBold}).
     */
    List<Run> runs(String text, boolean wantBold) {
        Face latin = wantBold ? bold : regular;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                cp = Character.isWhitespace(cp) ? ' ' : -1;
                if (cp < 0) {
                    continue;
                }
            }
            Face face = latin.has(cp) ? latin : cjk.has(cp) ? cjk : latin;
            if (!face.has(cp)) {
                cp = REPLACEMENT;
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(currentFace.font, current.toString(), wantBold && currentFace == cjk));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFace.font, current.toString(), wantBold && currentFace == cjk));
        }
        return runs;
    }

    /** Width in points of text at a size. */
    public float width(String text, float size, boolean wantBold) {
        float width = 0;
        for (Run run : runs(text, wantBold)) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000f * size;
            } catch (IOException e) {
                throw new IllegalStateException("Cannot measure '" + run.text() + "'", e);
            }
        }
        return width;
    }

    private record Face(PDType0Font font, CmapLookup cmap) {
        static Face load(PDDocument pdf, ShippedFonts file) throws IOException {
            // embedSubset = true: only the used glyphs go into the file, so a page stays a few dozen KB.
            PDType0Font font = PDType0Font.load(pdf, new RandomAccessReadBuffer(file.bytes()), true, false);
            return new Face(font, font.getCmapLookup());
        }

        boolean has(int codePoint) { return cmap.getGlyphId(codePoint) > 0; }
    }
}
