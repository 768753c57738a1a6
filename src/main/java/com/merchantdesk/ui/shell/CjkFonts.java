package com.merchantdesk.ui.shell;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks a font that can show Korean and Chinese on Linux. JavaFX there leaves OpenType-CFF fonts such as Noto
 * Sans CJK (the usual CJK fonts) out of its fallback list, so without naming one, Hangul and Hanzi show as
 * boxes: in a Korean window, but also in product names or the language list of an English one. Windows and
 * macOS fall back to their CJK fonts by themselves.
 */
final class CjkFonts {

    private static final Map<String, List<String>> BY_LANGUAGE = Map.of(
            "ko", List.of("Noto Sans CJK KR", "Noto Sans KR", "Source Han Sans KR", "NanumGothic", "UnDotum"),
            "zh", List.of("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
                    "WenQuanYi Zen Hei"));

    private CjkFonts() {}

    /**
     * The font family to name on {@code os}: one made for the shown language, else for the system language,
     * else any installed CJK font. Empty off Linux or when no CJK font is installed.
     */
    static Optional<String> familyFor(String os, Locale shown, Locale system, Collection<String> installed) {
        if (!os.toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        for (String language : List.of(shown.getLanguage(), system.getLanguage(), "ko", "zh")) {
            candidates.addAll(BY_LANGUAGE.getOrDefault(language, List.of()));
        }
        return candidates.stream().filter(installed::contains).findFirst();
    }
}
