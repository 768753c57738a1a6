package com.merchantdesk.catalog.csv;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A product description written in HTML (Shopify's {@code Body (HTML)}, WooCommerce's {@code Description}) as
 * the readable text our catalogue keeps, and back. Parsed with jsoup, which reads HTML the way browsers do
 * (unclosed tags, entities, comments, scripts), rather than with patterns that would miss them. Paragraphs
 * and blocks become blank-line separated, {@code <br>} a line break, list items lines starting "- ";
 * scripts and styles are dropped. {@link #toHtml} writes what {@link #toText} reads back unchanged.
 */
final class HtmlText {

    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "h1", "h2", "h3", "h4", "h5",
            "h6", "ul", "ol", "table", "blockquote", "pre", "section", "article", "header", "footer");

    private HtmlText() {}

    static String toText(String html) {
        if (html.isEmpty() || (html.indexOf('<') < 0 && html.indexOf('&') < 0)) {
            return html.strip();
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.select("script, style, noscript, template").remove();
        StringBuilder out = new StringBuilder();
        walk(doc.body(), out);
        return tidy(out.toString());
    }

    private static void walk(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                String t = text.getWholeText().replaceAll("[ \\t\\r\\n\\u00a0]+", " ").replace('\u00a0', ' ');
                if (!t.isBlank() || (out.length() > 0 && out.charAt(out.length() - 1) != '\n')) {
                    out.append(t.isBlank() ? " " : t);
                }
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    trimTrailingSpace(out);
                    out.append('\n');
                } else if (tag.equals("li")) {
                    newLine(out);
                    out.append("- ");
                    walk(e, out);
                    newLine(out);
                } else if (BLOCKS.contains(tag) || tag.equals("tr")) {
                    paragraph(out);
                    walk(e, out);
                    paragraph(out);
                } else {
                    walk(e, out);
                }
            }
        }
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }

    private static void newLine(StringBuilder out) {
        trimTrailingSpace(out);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void paragraph(StringBuilder out) {
        newLine(out);
        if (out.length() > 0 && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) {
            out.append('\n');
        }
    }

    /** Lines stripped of spaces at either end; at most one blank line in a row. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(l);
            blank = 0;
        }
        return out.toString();
    }

    /** Our description as HTML: paragraphs at blank lines, {@code <br>} within them, text escaped. */
    static String toHtml(String text) {
        if (text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\n\\s*\n")) {
            html.append("<p>");
            String[] lines = paragraph.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>");
                }
                html.append(org.jsoup.nodes.Entities.escape(lines[i]));
            }
            html.append("</p>");
        }
        return html.toString();
    }
}
