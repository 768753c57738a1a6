package com.merchantdesk.sync.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.sync.SyncOutcome;
import com.merchantdesk.sync.view.SyncStateText.State;
import com.merchantdesk.testsupport.EnglishMessages;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kordamp.ikonli.feather.Feather;

/**
 * The status bar's sync state in words: each state's text and icon, which state wins when several hold, and the
 * count a first sync has received, grouped the way the window's language writes numbers (not the machine's).
 */
@ExtendWith(EnglishMessages.class)
class SyncStateTextTest {

    private final Locale machineLocale = Locale.getDefault();

    @AfterEach
    void machineLocaleBack() {
        Locale.setDefault(machineLocale);
    }

    /** A configured desk online-unknown (no run has ended yet) and not running: the window just opened. */
    private static SyncStateText justOpened() {
        return new SyncStateText(false, true, false, false, null, null, false, 0);
    }

    private static SyncStateText receiving(int records) {
        return new SyncStateText(false, true, false, false, null, null, true, records);
    }

    @Test
    void aFirstSyncSaysConnectingUntilRecordsComeThenHowManyHaveCome() {
        assertThat(justOpened().text()).isEqualTo("Connecting…");
        assertThat(justOpened().icon()).isEqualTo(Feather.CLOUD);
        SyncStateText startedNothingYet = receiving(0);
        assertThat(startedNothingYet.state()).isEqualTo(State.CONNECTING);
        assertThat(startedNothingYet.text()).isEqualTo("Connecting…");

        assertThat(receiving(1_000).state()).isEqualTo(State.RECEIVING);
        assertThat(receiving(1_000).icon()).isEqualTo(Feather.DOWNLOAD_CLOUD);
        // A new desk's first page is its own desk record: one.
        assertThat(receiving(1).text()).isEqualTo("Receiving: 1 record");
        assertThat(receiving(320).text()).isEqualTo("Receiving: 320 records");
        assertThat(receiving(269_651).text()).isEqualTo("Receiving: 269,651 records");
        assertThat(receiving(1_000_000).text()).isEqualTo("Receiving: 1,000,000 records");
    }

    @Test
    void aRunThatEndedSaysHowItEnded() {
        SyncStateText converged = new SyncStateText(false, true, false, false, true, SyncOutcome.CONVERGED, false, 0);
        assertThat(converged.text()).isEqualTo("Online");
        assertThat(converged.icon()).isEqualTo(Feather.CLOUD);
        // The runner's progress goes back to none after a run; a later run with records still says online.
        assertThat(new SyncStateText(false, true, false, false, true, SyncOutcome.CONVERGED, true, 5_000).text())
                .isEqualTo("Online");

        SyncStateText unreachable = new SyncStateText(false, true, false, false, false, SyncOutcome.INCOMPLETE, false, 0);
        assertThat(unreachable.text()).isEqualTo("Offline");
        assertThat(unreachable.icon()).isEqualTo(Feather.CLOUD_OFF);
        // A run retried after one that failed: what the last one found stands until this one ends.
        assertThat(new SyncStateText(false, true, false, false, false, SyncOutcome.INCOMPLETE, true, 3_000).text())
                .isEqualTo("Offline");

        SyncStateText refused = new SyncStateText(false, true, false, false, false, SyncOutcome.TOKEN_REFUSED, false, 0);
        assertThat(refused.text()).isEqualTo("Token refused");
        assertThat(refused.icon()).isEqualTo(Feather.ALERT_TRIANGLE);

        SyncStateText elsewhere = new SyncStateText(false, true, false, true, null, SyncOutcome.ANOTHER_RUNNING, false, 0);
        assertThat(elsewhere.text()).isEqualTo("Sync runs elsewhere");
    }

    @Test
    void whatKeepsTheDeskFromSyncingComesBeforeWhereARunStands() {
        assertThat(new SyncStateText(true, true, false, false, true, SyncOutcome.CONVERGED, true, 9_000).text())
                .isEqualTo("Local only — this demo shop is never synced");
        assertThat(new SyncStateText(false, false, false, false, null, null, true, 9_000).text()).isEqualTo("Not connected");
        SyncStateText offline = new SyncStateText(false, true, true, false, true, SyncOutcome.CONVERGED, true, 9_000);
        assertThat(offline.text()).isEqualTo("Working offline");
        assertThat(offline.icon()).isEqualTo(Feather.CLOUD_OFF);
    }

    /** Each bundle has its own words, and the count is grouped as that language writes it, whatever the machine's. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            en    | de-DE | 269651 | Receiving: 269,651 records
            en    | fr-FR | 269651 | Receiving: 269,651 records
            en    | fr-FR | 1      | Receiving: 1 record
            ko    | de-DE | 269651 | 받는 중: 269,651건
            ko    | fr-FR | 269651 | 받는 중: 269,651건
            ko    | fr-FR | 1      | 받는 중: 1건
            zh-CN | de-DE | 269651 | 接收中：269,651 项
            zh-CN | fr-FR | 269651 | 接收中：269,651 项
            zh-CN | fr-FR | 1      | 接收中：1 项
            """)
    void theCountIsGroupedInTheWindowsLanguage(String language, String machine, int count, String expected) {
        Locale.setDefault(Locale.forLanguageTag(machine));
        Messages.setLocale(Locale.forLanguageTag(language));
        assertThat(receiving(count).text()).isEqualTo(expected);
        // The other states of a first sync have their own words in that language too, not the English ones.
        String connecting = justOpened().text();
        Messages.setLocale(Locale.ENGLISH);
        if (!language.equals("en")) {
            assertThat(connecting).isNotEqualTo(justOpened().text());
        }
    }
}
