package com.merchantdesk.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DatabaseDamagedException;
import com.merchantdesk.store.DatabaseTooNewException;
import com.merchantdesk.store.StoreException;
import com.merchantdesk.testsupport.EnglishMessages;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What start-up does when the data folder will not open. */
@ExtendWith(EnglishMessages.class)
class StartupProblemTest {

    @Test
    void damagedDatabaseOffersARestoreWithThePlainMessage() {
        Path file = Path.of("/data/merchant-desk.db");
        StartupProblem problem = StartupProblem.of(new DatabaseDamagedException(file, "database disk image is malformed"));

        assertThat(problem).isInstanceOf(StartupProblem.Damaged.class);
        assertThat(problem.offersRestore()).isTrue();
        assertThat(((StartupProblem.Damaged) problem).file()).isEqualTo(file);
        assertThat(problem.detail()).contains("malformed").doesNotContain("Exception").doesNotContain("at com.");
        assertThat(problem.headline()).isEqualTo("Your data file is damaged");
    }

    @Test
    void damageFoundUnderAWrapperIsStillDamage() {
        RuntimeException wrapped = new RuntimeException(new DatabaseDamagedException(Path.of("x.db"), "not a database"));
        assertThat(StartupProblem.of(wrapped).offersRestore()).isTrue();
    }

    @Test
    void tooNewDatabaseOffersNoRestoreAndSaysWhichVersions() {
        StartupProblem problem = StartupProblem.of(new DatabaseTooNewException(7, 3));

        assertThat(problem).isInstanceOf(StartupProblem.TooNew.class);
        assertThat(problem.offersRestore()).isFalse();
        assertThat(problem.detail()).contains("database version 7").contains("up to 3");
    }

    @Test
    void tooNewIsSaidInTheChosenLanguage() {
        Messages.setLocale(Locale.forLanguageTag("ko"));
        assertThat(StartupProblem.of(new DatabaseTooNewException(7, 3)).detail()).contains("데이터베이스 버전 7");
    }

    @Test
    void anythingElseIsSaidPlainlyWithoutRestore() {
        StartupProblem problem = StartupProblem.of(new StoreException("Cannot create the folder for /readonly/x.db"));

        assertThat(problem).isInstanceOf(StartupProblem.Failed.class);
        assertThat(problem.offersRestore()).isFalse();
        assertThat(problem.detail()).isEqualTo("Cannot create the folder for /readonly/x.db");
    }

    @Test
    void unexpectedFailureNamesNoClass() {
        StartupProblem problem = StartupProblem.of(new IllegalStateException("disk full"));
        assertThat(problem.detail()).isEqualTo("Unexpected problem: disk full");
    }
}
