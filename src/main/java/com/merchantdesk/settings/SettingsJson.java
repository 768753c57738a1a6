package com.merchantdesk.settings;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code settings.json} read and written with Jackson's streaming parser and generator rather than data
 * binding: the settings are read on the way to the first window, and binding a record costs a few hundred
 * milliseconds of CPU the first time (introspection of the record and its creator), the parser a tenth of it.
 * Fields this version does not know are skipped, so a newer version's file still opens.
 */
final class SettingsJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private SettingsJson() {}

    /** The settings in {@code in}; a file holding just {@code null} gives the defaults. */
    static Settings read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.VALUE_NULL) {
                return Settings.defaults();
            }
            expect(p, first, JsonToken.START_OBJECT);
            String languageTag = null;
            String theme = null;
            String currency = null;
            String shopName = null;
            String shopAddress = null;
            String lastScreen = null;
            Settings.WindowBounds window = null;
            PlatformPreferences platform = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "languageTag" -> languageTag = text(p, value);
                    case "theme" -> theme = text(p, value);
                    case "currency" -> currency = text(p, value);
                    case "shopName" -> shopName = text(p, value);
                    case "shopAddress" -> shopAddress = text(p, value);
                    case "lastScreen" -> lastScreen = text(p, value);
                    case "window" -> window = value == JsonToken.VALUE_NULL ? null : window(p, value);
                    case "platform" -> platform = value == JsonToken.VALUE_NULL ? null : platform(p, value);
                    default -> p.skipChildren();
                }
            }
            expect(p, p.currentToken(), JsonToken.END_OBJECT);
            return new Settings(languageTag, theme, currency, shopName, shopAddress, window, lastScreen, platform);
        }
    }

    /** The settings as pretty-printed UTF-8 JSON. */
    static byte[] write(Settings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("languageTag", settings.languageTag());
            g.writeStringField("theme", settings.theme());
            g.writeStringField("currency", settings.currency());
            g.writeStringField("shopName", settings.shopName());
            g.writeStringField("shopAddress", settings.shopAddress());
            Settings.WindowBounds w = settings.window();
            if (w == null) {
                g.writeNullField("window");
            } else {
                g.writeObjectFieldStart("window");
                g.writeNumberField("x", w.x());
                g.writeNumberField("y", w.y());
                g.writeNumberField("width", w.width());
                g.writeNumberField("height", w.height());
                g.writeBooleanField("maximized", w.maximized());
                g.writeEndObject();
            }
            g.writeStringField("lastScreen", settings.lastScreen());
            g.writeObjectFieldStart("platform");
            g.writeStringField("address", settings.platform().address());
            g.writeObjectFieldStart("trustedCertificates");
            for (java.util.Map.Entry<String, String> trusted : settings.platform().trustedCertificates().entrySet()) {
                g.writeStringField(trusted.getKey(), trusted.getValue());
            }
            g.writeEndObject();
            g.writeBooleanField("workOffline", settings.platform().workOffline());
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static Settings.WindowBounds window(JsonParser p, JsonToken start) throws IOException {
        expect(p, start, JsonToken.START_OBJECT);
        double x = 0;
        double y = 0;
        double width = 0;
        double height = 0;
        boolean maximized = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "x" -> x = number(p, value);
                case "y" -> y = number(p, value);
                case "width" -> width = number(p, value);
                case "height" -> height = number(p, value);
                case "maximized" -> {
                    if (!value.isBoolean()) {
                        throw wrong(p, "true or false");
                    }
                    maximized = p.getBooleanValue();
                }
                default -> p.skipChildren();
            }
        }
        return new Settings.WindowBounds(x, y, width, height, maximized);
    }

    private static PlatformPreferences platform(JsonParser p, JsonToken start) throws IOException {
        expect(p, start, JsonToken.START_OBJECT);
        String address = null;
        boolean workOffline = false;
        java.util.Map<String, String> trusted = new java.util.LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "address" -> address = text(p, value);
                case "trustedCertificates" -> {
                    expect(p, value, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String forAddress = p.currentName();
                        String fingerprint = text(p, p.nextToken());
                        if (fingerprint != null) {
                            trusted.put(forAddress, fingerprint);
                        }
                    }
                }
                case "workOffline" -> {
                    if (!value.isBoolean()) {
                        throw wrong(p, "true or false");
                    }
                    workOffline = p.getBooleanValue();
                }
                default -> p.skipChildren();
            }
        }
        return new PlatformPreferences(address, trusted, workOffline);
    }

    private static String text(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return null;
        }
        if (value != JsonToken.VALUE_STRING) {
            throw wrong(p, "text");
        }
        return p.getText();
    }

    private static double number(JsonParser p, JsonToken value) throws IOException {
        if (!value.isNumeric()) {
            throw wrong(p, "a number");
        }
        return p.getDoubleValue();
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new JsonParseException(p, "expected " + expected + " but found " + actual);
        }
    }

    private static IOException wrong(JsonParser p, String expected) throws IOException {
        return new JsonParseException(p, "\"" + p.currentName() + "\" should be " + expected);
    }
}
