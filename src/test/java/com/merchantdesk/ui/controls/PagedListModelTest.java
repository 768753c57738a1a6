package com.merchantdesk.ui.controls;

import static com.merchantdesk.ui.testsupport.FxThread.onFx;
import static com.merchantdesk.ui.testsupport.FxThread.runFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.Page;
import com.merchantdesk.testsupport.EnglishMessages;
import com.merchantdesk.ui.testsupport.ManualExecutor;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;

/**
 * The paged list every list screen shares, over a list of words filtered by their first letters. The background
 * work runs only when the test says so, so answers can be made to arrive in any order.
 */
@ExtendWith(EnglishMessages.class)
class PagedListModelTest {

    private static final List<String> WORDS = IntStream.rangeClosed(1, 25)
            .mapToObj(i -> (i % 2 == 0 ? "apple-" : "berry-") + String.format("%02d", i)).toList();

    private final ManualExecutor executor = new ManualExecutor();
    private final StatusBarModel status = new StatusBarModel();
    private Words list;

    /** Rows are the words starting with {@link #filter}, five to a page. */
    static final class Words extends PagedListModel<String> {
        String filter = "";
        RuntimeException failWith;

        Words(BackgroundRunner work) { super(work, 5, "customers.view.error.load", "customers.view.page.none"); }

        void search(String text) {
            filter = text;
            reloadFromStart();
        }

        @Override
        protected Callable<Page<String>> fetch(int offset, int limit) {
            String prefix = filter;
            RuntimeException failure = failWith;
            return () -> {
                if (failure != null) {
                    throw failure;
                }
                List<String> all = WORDS.stream().filter(w -> w.startsWith(prefix)).toList();
                return new Page<>(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())),
                        all.size(), offset, limit);
            };
        }

        @Override
        protected String idOf(String row) { return row; }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        list = onFx(() -> new Words(new BackgroundRunner(executor, status)));
    }

    @Test
    void anOlderAnswerArrivingAfterANewerOneIsNotShown() {
        runFx(() -> list.search("berry"));
        runFx(() -> list.search("apple"));
        assertThat(executor.queued()).isEqualTo(2);

        executor.runNewest();
        assertThat(rows()).containsExactly("apple-02", "apple-04", "apple-06", "apple-08", "apple-10");
        assertThat(onFx(() -> list.totalProperty().get())).isEqualTo(12);

        executor.runOldest(); // the "berry" answer comes in late
        assertThat(rows()).containsExactly("apple-02", "apple-04", "apple-06", "apple-08", "apple-10");
        assertThat(onFx(() -> list.totalProperty().get())).isEqualTo(12);
        assertThat(onFx(() -> list.loadingProperty().get())).isFalse();
    }

    @Test
    void anOlderAnswerArrivingFirstIsNotShownEither() {
        runFx(() -> list.search("berry"));
        runFx(() -> list.search("apple"));

        executor.runOldest();
        assertThat(rows()).isEmpty();
        assertThat(onFx(() -> list.loadingProperty().get())).as("still waiting for the newer answer").isTrue();
        assertThat(onFx(() -> list.loadedProperty().get())).isFalse();

        executor.runOldest();
        assertThat(rows()).hasSize(5).allMatch(w -> w.startsWith("apple"));
        assertThat(onFx(() -> list.loadedProperty().get())).isTrue();
    }

    @Test
    void anOlderFailureIsNotReportedButTheCurrentOneIs() {
        runFx(() -> {
            list.failWith = new IllegalStateException("The old query broke");
            list.search("berry");
            list.failWith = null;
            list.search("apple");
        });
        executor.runNewest();
        executor.runOldest();
        assertThat(onFx(() -> status.messageProperty().get())).isEmpty();
        assertThat(rows()).hasSize(5);

        runFx(() -> {
            list.failWith = new IllegalStateException("The database is locked");
            list.refresh();
        });
        executor.runAll();
        assertThat(onFx(() -> status.messageProperty().get()))
                .isEqualTo(Messages.get("customers.view.error.load", "The database is locked"));
        assertThat(onFx(() -> list.loadingProperty().get())).isFalse();
        assertThat(rows()).as("the rows on screen stay").hasSize(5);
    }

    @Test
    void pagesMoveForwardAndBackAndSayWhereTheyAre() {
        runFx(() -> list.search(""));
        executor.runAll();
        assertThat(onFx(() -> list.pageLabel().get())).isEqualTo(Messages.get("controls.page.range", "1", "5", "25"));
        assertThat(onFx(list::hasPreviousPage)).isFalse();
        assertThat(onFx(list::hasNextPage)).isTrue();

        runFx(list::nextPage);
        executor.runAll();
        assertThat(rows()).first().isEqualTo(WORDS.get(5));
        assertThat(onFx(() -> list.pageLabel().get())).isEqualTo(Messages.get("controls.page.range", "6", "10", "25"));

        runFx(list::lastPage);
        executor.runAll();
        assertThat(rows()).containsExactlyElementsOf(WORDS.subList(20, 25));
        assertThat(onFx(list::hasNextPage)).isFalse();
        runFx(list::nextPage);
        assertThat(executor.queued()).as("no page after the last").isZero();

        runFx(list::previousPage);
        executor.runAll();
        assertThat(onFx(() -> list.offsetProperty().get())).isEqualTo(15);
        runFx(list::firstPage);
        executor.runAll();
        assertThat(rows()).containsExactlyElementsOf(WORDS.subList(0, 5));

        runFx(() -> list.search("cherry"));
        executor.runAll();
        assertThat(rows()).isEmpty();
        assertThat(onFx(() -> list.pageLabel().get())).isEqualTo(Messages.get("customers.view.page.none"));
    }

    @Test
    void theSelectionIsKeptAcrossReloadsByIdAndCanBeMovedToANewRow() {
        runFx(() -> list.search("apple"));
        executor.runAll();
        runFx(() -> list.selectedProperty().set(list.rows().get(2)));

        runFx(list::refresh);
        executor.runAll();
        assertThat(onFx(() -> list.selectedProperty().get())).isEqualTo("apple-06");

        runFx(() -> list.refreshSelecting("apple-10"));
        executor.runAll();
        assertThat(onFx(() -> list.selectedProperty().get())).isEqualTo("apple-10");

        runFx(() -> list.search("berry"));
        executor.runAll();
        assertThat(onFx(() -> list.selectedProperty().get())).as("a row no longer listed is not selected").isNull();
    }

    @Test
    void aPageThatFellPastTheEndMovesToTheLastPage() {
        runFx(() -> list.search(""));
        executor.runAll();
        runFx(list::lastPage);
        executor.runAll();
        assertThat(onFx(() -> list.offsetProperty().get())).isEqualTo(20);

        // The filter now matches fewer rows: page 5 of the old list is past the end of the new one.
        runFx(() -> {
            list.filter = "apple";
            list.refresh();
        });
        executor.runAll();
        assertThat(onFx(() -> list.offsetProperty().get())).isEqualTo(10);
        assertThat(rows()).containsExactly("apple-22", "apple-24");
    }

    private List<String> rows() { return onFx(() -> List.copyOf(list.rows())); }
}
