package com.merchantdesk.sync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.testsupport.EnglishMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The address rule: HTTPS anywhere, plain HTTP only to this machine's loopback, judged without DNS. */
@ExtendWith(EnglishMessages.class)
class PlatformAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8780", "http://127.5.6.7", "http://localhost:1", "http://LOCALHOST:8780/",
            "http://[::1]:8780", "http://[0:0:0:0:0:0:0:1]"})
    void plainHttpIsAllowedOnLoopback(String text) {
        PlatformAddress address = PlatformAddress.parse(text);
        assertThat(address.loopback()).isTrue();
        assertThat(address.isHttps()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://192.168.1.10:8780", "http://seller-api.example.com", "http://128.0.0.1",
            "http://localhost.example.com", "http://[::2]", "http://0.0.0.0"})
    void plainHttpToAnotherMachineIsRefusedSayingWhy(String text) {
        assertThatThrownBy(() -> PlatformAddress.parse(text)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo(PlatformAddress.FIELD);
                assertThat(error.messageKey()).isEqualTo("platform.address.httpsRequired");
                assertThat(error.message()).contains("https://").contains("127.0.0.1");
            });
        });
    }

    @Test
    void httpsAnywhereIsNormalised() {
        PlatformAddress address = PlatformAddress.parse("  HTTPS://Seller-API.Example.com:8443/api/ ");
        assertThat(address.key()).isEqualTo("https://seller-api.example.com:8443/api");
        assertThat(address.loopback()).isFalse();
        assertThat(address.port()).isEqualTo(8443);
        assertThat(PlatformAddress.parse("https://seller-api.example.com").port()).isEqualTo(443);
    }

    @Test
    void otherSchemesAndNonAddressesAreRefusedWithTheirOwnMessage() {
        assertThat(key("")).isEqualTo("platform.address.required");
        assertThat(key("ftp://example.com")).isEqualTo("platform.address.scheme");
        assertThat(key("seller-api.example.com")).isEqualTo("platform.address.scheme");
        assertThat(key("https://user:pw@example.com")).isEqualTo("platform.address.invalid");
        assertThat(key("https://example.com/?token=x")).isEqualTo("platform.address.invalid");
        assertThat(key("https://exa mple.com")).isEqualTo("platform.address.invalid");
        assertThat(key("http://127.0.0.256")).isEqualTo("platform.address.invalid");
        assertThat(Messages.get("platform.address.scheme", "ftp://example.com")).contains("https://");
    }

    private static String key(String text) {
        try {
            PlatformAddress.parse(text);
            throw new AssertionError(text + " was accepted");
        } catch (ValidationException e) {
            return e.errors().get(0).messageKey();
        }
    }
}
