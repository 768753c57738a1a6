package com.merchantdesk.catalog.demo;

/** A word of the demo data in English, Korean and Simplified Chinese, with a short code for SKU codes. */
record Term(String en, String ko, String zh, String code) {

    static Term of(String en, String ko, String zh, String code) { return new Term(en, ko, zh, code); }

    static Term of(String en, String ko, String zh) { return new Term(en, ko, zh, ""); }

    /** The same text in every language (sizes, models, capacities). */
    static Term same(String text, String code) { return new Term(text, text, text, code); }

    String in(Language language) {
        return switch (language) {
            case EN -> en;
            case KO -> ko;
            case ZH -> zh;
        };
    }

    enum Language { EN, KO, ZH }
}
