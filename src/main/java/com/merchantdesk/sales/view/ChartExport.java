package com.merchantdesk.sales.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.JFreeChart;

/**
 * A chart as a PNG or a one-page PDF. The chart is drawn into an image on the FX thread (JFreeChart objects are not
 * shared across threads); writing the file happens off it. The PDF holds the chart drawn at twice the size (crisp in
 * print) on a landscape A4 page: PDFBox draws no Java2D graphics, and JFreeSVG's licence (GPLv3) does not fit ours.
 */
final class ChartExport {

    static final int WIDTH = 1200;
    static final int HEIGHT = 600;

    private ChartExport() {}

    /** Draws the chart at {@code scale} times the export size; call on the thread that owns the chart. */
    static BufferedImage draw(JFreeChart chart, int scale) {
        return chart.createBufferedImage(WIDTH * scale, HEIGHT * scale);
    }

    static void writePng(BufferedImage image, Path file) throws IOException {
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".export-", ".png");
        try {
            ImageIO.write(image, "png", temp.toFile());
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static void writePdf(BufferedImage image, Path file) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4);
            pdf.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(pdf, image);
            float margin = 36;
            float width = a4.getWidth() - 2 * margin;
            float height = width * image.getHeight() / image.getWidth();
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(picture, margin, a4.getHeight() - margin - height, width, height);
            }
            pdf.save(file.toFile());
        }
    }
}
