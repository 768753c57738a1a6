package com.merchantdesk.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.InstanceLock;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second start on the same data folder is refused with a clear message; other folders are not affected. */
class InstanceGuardTest {

    @TempDir Path temp;

    @Test
    void secondStartOnTheSameFolderIsRefusedUntilTheFirstCloses() {
        DataDirectory dir = new DataDirectory(temp.resolve("shop"));
        Optional<InstanceLock> first = InstanceGuard.acquire(dir);
        assertThat(first).isPresent();

        assertThat(InstanceGuard.acquire(dir)).isEmpty();
        assertThat(InstanceGuard.acquire(new DataDirectory(temp.resolve("shop/../shop")))).isEmpty();

        first.get().close();
        Optional<InstanceLock> again = InstanceGuard.acquire(dir);
        assertThat(again).isPresent();
        again.get().close();
    }

    @Test
    void anotherFolderCanBeOpenedAtTheSameTime() {
        try (InstanceLock shop = InstanceGuard.acquire(new DataDirectory(temp.resolve("shop"))).orElseThrow();
             InstanceLock other = InstanceGuard.acquire(new DataDirectory(temp.resolve("other"))).orElseThrow()) {
            assertThat(shop).isNotSameAs(other);
        }
    }

    @Test
    void refusalNamesTheFolderAndWhatToDo() {
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Locale.ENGLISH);
            DataDirectory dir = new DataDirectory(temp.resolve("shop"));
            assertThat(InstanceGuard.refusalMessage(dir))
                    .startsWith("Merchant Desk is already open for this data folder (" + dir.root() + ")")
                    .contains("--data-dir");
        } finally {
            Messages.setLocale(before);
        }
    }
}
