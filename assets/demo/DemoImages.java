import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * Draws the demo shop's product pictures (480x480 PNG: a flat illustration and a label). Run once from the
 * repository root when the set changes, and commit the PNGs:
 *
 *   java -Djava.awt.headless=true assets/demo/DemoImages.java assets/demo/images
 *
 * The app never runs this; it reads the committed PNGs from the jar.
 */
public class DemoImages {

    static final int SIZE = 480;
    static final Color INK = new Color(0x2B2D42);

    record Picture(String label, Color background, Color main, Consumer<Graphics2D> draw) {}

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : "assets/demo/images");
        out.mkdirs();
        for (Map.Entry<String, Picture> e : pictures().entrySet()) {
            BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Picture p = e.getValue();
            g.setPaint(new GradientPaint(0, 0, p.background().brighter(), 0, SIZE, p.background()));
            g.fillRect(0, 0, SIZE, SIZE);
            g.setColor(new Color(0, 0, 0, 28));
            g.fill(new Ellipse2D.Double(90, 350, 300, 40));
            g.setColor(p.main());
            g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            p.draw().accept(g);
            label(g, p.label());
            g.dispose();
            ImageIO.write(img, "png", new File(out, e.getKey() + ".png"));
        }
    }

    static void label(Graphics2D g, String text) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
        FontMetrics fm = g.getFontMetrics();
        int w = fm.stringWidth(text);
        g.setColor(new Color(255, 255, 255, 210));
        g.fill(new RoundRectangle2D.Double((SIZE - w) / 2.0 - 20, 400, w + 40, 52, 26, 26));
        g.setColor(INK);
        g.drawString(text, (SIZE - w) / 2, 438);
    }

    static void outline(Graphics2D g, java.awt.Shape s, Color fill) {
        g.setColor(fill);
        g.fill(s);
        g.setColor(INK);
        g.draw(s);
    }

    static Path2D poly(double... xy) {
        Path2D p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }

    static Map<String, Picture> pictures() {
        Map<String, Picture> m = new LinkedHashMap<>();
        m.put("tshirt", new Picture("T-Shirt", new Color(0xBDE0FE), new Color(0xE63946), g -> {
            outline(g, poly(170, 90, 310, 90, 390, 150, 350, 200, 320, 180, 320, 360, 160, 360, 160, 180, 130, 200, 90, 150), g.getColor());
            g.setColor(INK);
            g.draw(new Arc2D.Double(205, 70, 70, 50, 180, 180, Arc2D.OPEN));
        }));
        m.put("hoodie", new Picture("Hoodie", new Color(0xD8E2DC), new Color(0x6D597A), g -> {
            outline(g, poly(160, 110, 320, 110, 390, 190, 390, 340, 350, 340, 350, 220, 330, 220, 330, 370, 150, 370, 150, 220, 130, 220, 130, 340, 90, 340, 90, 190), g.getColor());
            outline(g, new Ellipse2D.Double(190, 60, 100, 110), new Color(0x8E7DBE));
            outline(g, new RoundRectangle2D.Double(190, 280, 100, 50, 12, 12), new Color(0x8E7DBE));
        }));
        m.put("beanie", new Picture("Beanie", new Color(0xFFE5D9), new Color(0xF4A261), g -> {
            outline(g, new Arc2D.Double(120, 110, 240, 260, 0, 180, Arc2D.CHORD), g.getColor());
            outline(g, new RoundRectangle2D.Double(110, 230, 260, 70, 20, 20), new Color(0xE76F51));
            outline(g, new Ellipse2D.Double(210, 70, 60, 60), new Color(0xFFFFFF));
        }));
        m.put("socks", new Picture("Socks", new Color(0xE9F5DB), new Color(0x52B788), g -> {
            outline(g, poly(150, 80, 220, 80, 220, 270, 260, 320, 230, 360, 150, 310), g.getColor());
            outline(g, poly(260, 100, 330, 100, 330, 280, 370, 330, 340, 370, 260, 320), new Color(0x2D6A4F));
            g.setColor(new Color(0xFFFFFF));
            g.fill(new java.awt.Rectangle(153, 110, 64, 14));
            g.fill(new java.awt.Rectangle(263, 130, 64, 14));
        }));
        m.put("tote", new Picture("Tote Bag", new Color(0xFAEDCD), new Color(0xD4A373), g -> {
            g.setColor(INK);
            g.draw(new Arc2D.Double(185, 70, 110, 140, 0, 180, Arc2D.OPEN));
            outline(g, poly(120, 140, 360, 140, 380, 370, 100, 370), new Color(0xE9D8A6));
            g.setColor(new Color(0xBB3E03));
            g.fill(new Ellipse2D.Double(205, 220, 70, 70));
        }));
        m.put("vase", new Picture("Vase", new Color(0xCDB4DB), new Color(0x3A86FF), g -> {
            Path2D p = new Path2D.Double();
            p.moveTo(210, 80); p.lineTo(270, 80); p.curveTo(270, 150, 360, 190, 330, 300);
            p.curveTo(320, 350, 290, 370, 240, 370); p.curveTo(190, 370, 160, 350, 150, 300);
            p.curveTo(120, 190, 210, 150, 210, 80); p.closePath();
            outline(g, p, g.getColor());
            g.setColor(new Color(0xFFFFFF));
            g.fill(new Ellipse2D.Double(205, 230, 70, 24));
        }));
        m.put("candle", new Picture("Candle", new Color(0xFFF1E6), new Color(0xF8EDEB), g -> {
            outline(g, new RoundRectangle2D.Double(170, 170, 140, 200, 20, 20), new Color(0xE5989B));
            g.setColor(INK);
            g.drawLine(240, 170, 240, 140);
            Path2D flame = new Path2D.Double();
            flame.moveTo(240, 70); flame.curveTo(275, 110, 260, 140, 240, 140); flame.curveTo(220, 140, 205, 110, 240, 70);
            outline(g, flame, new Color(0xFFB703));
        }));
        m.put("cushion", new Picture("Cushion", new Color(0xCCE3DE), new Color(0x588157), g -> {
            Path2D p = new Path2D.Double();
            p.moveTo(110, 110); p.quadTo(240, 140, 370, 110); p.quadTo(340, 240, 370, 370);
            p.quadTo(240, 340, 110, 370); p.quadTo(140, 240, 110, 110); p.closePath();
            outline(g, p, g.getColor());
            g.setColor(new Color(0xA3B18A));
            g.fill(new Ellipse2D.Double(215, 215, 50, 50));
        }));
        m.put("mug", new Picture("Mug", new Color(0xFFD6A5), new Color(0x264653), g -> {
            g.setColor(INK);
            g.setStroke(new BasicStroke(22f));
            g.draw(new Ellipse2D.Double(290, 180, 90, 110));
            g.setStroke(new BasicStroke(6f));
            outline(g, new RoundRectangle2D.Double(130, 130, 190, 240, 30, 30), new Color(0x2A9D8F));
            g.setColor(new Color(0xFFFFFF));
            g.fill(new Ellipse2D.Double(190, 220, 70, 70));
        }));
        m.put("knife", new Picture("Chef's Knife", new Color(0xE5E5E5), new Color(0xADB5BD), g -> {
            outline(g, poly(70, 250, 300, 200, 300, 270, 110, 270), new Color(0xDEE2E6));
            outline(g, new RoundRectangle2D.Double(300, 205, 120, 60, 20, 20), new Color(0x7F5539));
            g.setColor(new Color(0xFFFFFF));
            g.fill(new Ellipse2D.Double(330, 228, 12, 12));
            g.fill(new Ellipse2D.Double(380, 228, 12, 12));
        }));
        m.put("board", new Picture("Cutting Board", new Color(0xEDEDE9), new Color(0xBC8A5F), g -> {
            outline(g, new RoundRectangle2D.Double(100, 120, 280, 240, 40, 40), g.getColor());
            outline(g, new Ellipse2D.Double(225, 135, 30, 30), new Color(0xEDEDE9));
            g.setColor(new Color(0x8B5E34));
            g.drawLine(140, 220, 340, 220);
            g.drawLine(140, 280, 340, 280);
        }));
        m.put("jar", new Picture("Storage Jar", new Color(0xD0F4DE), new Color(0xA9DEF9), g -> {
            outline(g, new RoundRectangle2D.Double(150, 140, 180, 230, 40, 40), new Color(0xE4F1FE));
            outline(g, new RoundRectangle2D.Double(160, 90, 160, 55, 16, 16), new Color(0xC8553D));
            g.setColor(new Color(0xF6BD60));
            for (int i = 0; i < 7; i++) {
                g.fill(new Ellipse2D.Double(170 + (i * 23) % 130, 260 + (i * 37) % 90, 34, 34));
            }
        }));
        m.put("notebook", new Picture("Notebook", new Color(0xFDE2E4), new Color(0x457B9D), g -> {
            outline(g, new RoundRectangle2D.Double(140, 80, 210, 290, 16, 16), g.getColor());
            g.setColor(new Color(0xF1FAEE));
            g.fill(new java.awt.Rectangle(170, 130, 150, 40));
            g.setColor(INK);
            for (int y = 100; y < 360; y += 30) {
                g.fill(new Ellipse2D.Double(130, y, 20, 14));
            }
        }));
        m.put("pens", new Picture("Gel Pens", new Color(0xFFFCF2), new Color(0xE63946), g -> {
            Color[] colours = {new Color(0xE63946), new Color(0x2A9D8F), new Color(0x3A0CA3), new Color(0xF4A261)};
            for (int i = 0; i < 4; i++) {
                double x = 150 + i * 50;
                outline(g, new RoundRectangle2D.Double(x, 100, 34, 220, 14, 14), colours[i]);
                outline(g, poly(x, 320, x + 34, 320, x + 17, 370), new Color(0xF1FAEE));
            }
        }));
        m.put("tape", new Picture("Washi Tape", new Color(0xF1C0E8), new Color(0x90DBF4), g -> {
            outline(g, new Ellipse2D.Double(110, 100, 260, 260), new Color(0x90DBF4));
            outline(g, new Ellipse2D.Double(180, 170, 120, 120), new Color(0xF1C0E8));
            outline(g, poly(340, 290, 420, 330, 405, 370, 320, 330), new Color(0x90DBF4));
        }));
        m.put("cream", new Picture("Hand Cream", new Color(0xE2ECE9), new Color(0xFFCAD4), g -> {
            outline(g, poly(160, 110, 320, 110, 290, 330, 190, 330), g.getColor());
            outline(g, new RoundRectangle2D.Double(200, 330, 80, 40, 10, 10), new Color(0x6B705C));
            g.setColor(INK);
            g.drawLine(160, 130, 320, 130);
        }));
        m.put("balm", new Picture("Lip Balm", new Color(0xFFE5EC), new Color(0xFB6F92), g -> {
            outline(g, new RoundRectangle2D.Double(190, 210, 100, 160, 14, 14), new Color(0xFFB3C6));
            outline(g, new RoundRectangle2D.Double(205, 120, 70, 95, 30, 30), new Color(0xFB6F92));
        }));
        m.put("blocks", new Picture("Wooden Blocks", new Color(0xFFF3B0), new Color(0xE09F3E), g -> {
            outline(g, new java.awt.Rectangle(110, 260, 110, 110), new Color(0xE76F51));
            outline(g, new java.awt.Rectangle(250, 260, 110, 110), new Color(0x2A9D8F));
            outline(g, new java.awt.Rectangle(180, 150, 110, 110), new Color(0xE9C46A));
            outline(g, poly(180, 150, 290, 150, 235, 80), new Color(0x264653));
        }));
        m.put("bear", new Picture("Plush Bear", new Color(0xE8E8E4), new Color(0xB08968), g -> {
            outline(g, new Ellipse2D.Double(140, 80, 70, 70), new Color(0xB08968));
            outline(g, new Ellipse2D.Double(270, 80, 70, 70), new Color(0xB08968));
            outline(g, new Ellipse2D.Double(150, 220, 180, 160), new Color(0xB08968));
            outline(g, new Ellipse2D.Double(160, 100, 160, 150), new Color(0xB08968));
            outline(g, new Ellipse2D.Double(210, 175, 60, 45), new Color(0xE6CCB2));
            g.setColor(INK);
            g.fill(new Ellipse2D.Double(200, 150, 16, 16));
            g.fill(new Ellipse2D.Double(264, 150, 16, 16));
            g.fill(new Ellipse2D.Double(232, 182, 16, 12));
        }));
        m.put("puzzle", new Picture("Puzzle", new Color(0xCAF0F8), new Color(0x0077B6), g -> {
            Path2D p = new Path2D.Double();
            p.moveTo(130, 130); p.lineTo(210, 130); p.curveTo(190, 80, 270, 80, 250, 130); p.lineTo(330, 130);
            p.lineTo(330, 210); p.curveTo(380, 190, 380, 270, 330, 250); p.lineTo(330, 340); p.lineTo(130, 340);
            p.lineTo(130, 250); p.curveTo(180, 270, 180, 190, 130, 210); p.closePath();
            outline(g, p, g.getColor());
        }));
        m.put("cable", new Picture("USB-C Cable", new Color(0xDEE2FF), new Color(0x343A40), g -> {
            g.setColor(INK);
            g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Path2D wire = new Path2D.Double();
            wire.moveTo(150, 130); wire.curveTo(420, 160, 60, 300, 330, 330);
            g.draw(wire);
            g.setStroke(new BasicStroke(6f));
            outline(g, new RoundRectangle2D.Double(100, 100, 60, 50, 14, 14), new Color(0xF8F9FA));
            outline(g, new RoundRectangle2D.Double(320, 310, 60, 50, 14, 14), new Color(0xF8F9FA));
        }));
        m.put("phonecase", new Picture("Phone Case", new Color(0xFEC89A), new Color(0x9D4EDD), g -> {
            outline(g, new RoundRectangle2D.Double(160, 70, 160, 300, 40, 40), g.getColor());
            outline(g, new RoundRectangle2D.Double(180, 90, 60, 70, 20, 20), new Color(0x240046));
            g.setColor(new Color(0xE0AAFF));
            g.fill(new Ellipse2D.Double(210, 230, 60, 60));
        }));
        m.put("charger", new Picture("Wireless Charger", new Color(0xD9ED92), new Color(0x1E6091), g -> {
            outline(g, new Ellipse2D.Double(110, 170, 260, 180), new Color(0xF8F9FA));
            outline(g, new Ellipse2D.Double(150, 195, 180, 125), new Color(0x1E6091));
            g.setColor(new Color(0xFFD60A));
            g.fill(poly(250, 210, 215, 265, 243, 265, 230, 305, 270, 248, 242, 248));
        }));
        m.put("powerbank", new Picture("Power Bank", new Color(0xB8F2E6), new Color(0x22223B), g -> {
            outline(g, new RoundRectangle2D.Double(130, 110, 220, 250, 30, 30), g.getColor());
            g.setColor(new Color(0x80ED99));
            for (int i = 0; i < 4; i++) {
                g.fill(new RoundRectangle2D.Double(170 + i * 38, 300, 28, 14, 6, 6));
            }
            g.fill(poly(255, 150, 200, 235, 240, 235, 225, 285, 285, 200, 245, 200));
        }));
        return m;
    }
}
