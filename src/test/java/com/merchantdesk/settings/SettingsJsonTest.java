package com.merchantdesk.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.merchantdesk.store.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming reader and writer of {@code settings.json} keep the file exactly as Jackson's data binding
 * wrote it before (the 0.1.0 format), both ways: older files load, and an older app reads what this one saves.
 */
class SettingsJsonTest {

    private static final ObjectMapper BINDING = Json.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static Settings[] samples() {
        return new Settings[] {
                Settings.defaults(),
                new Settings("ko", Settings.DARK, "KRW", "김씨네 가게", "서울시 \"1번지\"\n2층",
                        new Settings.WindowBounds(10.5, -20, 1280, 800, true), "orders"),
                new Settings("zh-CN", Settings.LIGHT, "CNY", "", "", new Settings.WindowBounds(0, 0, 640.25, 480, false), ""),
                Settings.defaults().withPlatform(new PlatformPreferences("https://platform.example",
                        java.util.Map.of("https://platform.example", "AB:CD"), true)),
        };
    }

    @ParameterizedTest
    @MethodSource("samples")
    void aFileWrittenByDataBindingReadsTheSame(Settings settings) throws Exception {
        byte[] old = BINDING.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings);
        assertThat(SettingsJson.read(new ByteArrayInputStream(old))).isEqualTo(settings);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void whatItWritesIsWhatDataBindingWroteAndReads(Settings settings) throws Exception {
        byte[] written = SettingsJson.write(settings);
        assertThat(new String(written, StandardCharsets.UTF_8))
                .isEqualTo(new String(BINDING.writerWithDefaultPrettyPrinter().writeValueAsBytes(settings), StandardCharsets.UTF_8));
        assertThat(BINDING.readValue(written, Settings.class)).isEqualTo(settings);
    }
}
