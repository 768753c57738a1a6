package com.merchantdesk.orders.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.orders.documents.SystemPdfViewer.Status;
import java.awt.print.PrinterException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemPdfViewerTest {

    @TempDir
    Path folder;
    Path pdf;
    final List<String> calls = new ArrayList<>();

    @BeforeEach
    void savePdf() throws IOException {
        pdf = new OrderDocumentFiles().save(SampleDocuments.english(), folder.resolve("invoice.pdf"));
    }

    private SystemPdfViewer.SystemActions system(boolean canOpen, boolean canPrint, IOException failure) {
        return new SystemPdfViewer.SystemActions() {
            @Override public boolean canOpen() { return canOpen; }
            @Override public void open(Path file) throws IOException { calls.add("open " + file.getFileName()); if (failure != null) throw failure; }
            @Override public boolean canPrint() { return canPrint; }
            @Override public void print(Path file) throws IOException { calls.add("print " + file.getFileName()); if (failure != null) throw failure; }
        };
    }

    private SystemPdfViewer.PrintDialog dialog(boolean available, boolean confirmed) {
        return new SystemPdfViewer.PrintDialog() {
            @Override public boolean available() { return available; }
            @Override public boolean print(Path file) throws PrinterException {
                calls.add("dialog " + file.getFileName());
                return confirmed;
            }
        };
    }

    @Test
    void opensWithTheSystemViewer() {
        var result = new SystemPdfViewer(system(true, false, null), dialog(false, false)).open(pdf);

        assertThat(result.status()).isEqualTo(Status.OPENED);
        assertThat(result.succeeded()).isTrue();
        assertThat(calls).containsExactly("open invoice.pdf");
    }

    @Test
    void withoutAViewerSaysWhereTheFileIs() {
        var result = new SystemPdfViewer(system(false, false, null), dialog(false, false)).open(pdf);

        assertThat(result.status()).isEqualTo(Status.UNSUPPORTED);
        assertThat(result.message(Locale.ENGLISH)).contains("no program", pdf.toAbsolutePath().toString());
        assertThat(result.message(Locale.KOREA)).contains("파일 관리자", pdf.toAbsolutePath().toString());
        assertThat(calls).isEmpty();
    }

    @Test
    void printsThroughTheSystemFirstThenTheJavaDialog() {
        assertThat(new SystemPdfViewer(system(false, true, null), dialog(true, true)).print(pdf).status()).isEqualTo(Status.PRINTED);
        assertThat(new SystemPdfViewer(system(false, false, null), dialog(true, true)).print(pdf).status()).isEqualTo(Status.PRINTED);
        assertThat(calls).containsExactly("print invoice.pdf", "dialog invoice.pdf");
    }

    @Test
    void aCancelledDialogAndNoPrinterAtAllAreReported() {
        var cancelled = new SystemPdfViewer(system(false, false, null), dialog(true, false)).print(pdf);
        var none = new SystemPdfViewer(system(false, false, null), dialog(false, false)).print(pdf);

        assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
        assertThat(cancelled.succeeded()).isFalse();
        assertThat(none.status()).isEqualTo(Status.UNSUPPORTED);
        assertThat(none.message(Locale.SIMPLIFIED_CHINESE)).contains("无法在这台电脑上打印", pdf.toAbsolutePath().toString());
    }

    @Test
    void failuresCarryTheReason() {
        var result = new SystemPdfViewer(system(true, true, new IOException("no application is associated")), dialog(false, false));

        assertThat(result.open(pdf).status()).isEqualTo(Status.FAILED);
        assertThat(result.open(pdf).message(Locale.ENGLISH)).contains("Could not open", "no application is associated");
        assertThat(result.print(pdf).message(Locale.ENGLISH)).contains("Could not print", "no application is associated");
    }

    @Test
    void aMissingFileIsNotHandedToTheSystem() throws IOException {
        Files.delete(pdf);

        var result = new SystemPdfViewer(system(true, true, null), dialog(true, true)).open(pdf);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.message(Locale.ENGLISH)).contains("not there any more");
        assertThat(calls).isEmpty();
    }

    @Test
    void onAHeadlessMachineTheRealViewerSaysItCannotRatherThanFailing() {
        // The tests run with java.awt.headless=true, like a server or CI without a desktop.
        SystemPdfViewer real = new SystemPdfViewer();

        assertThat(real.open(pdf).status()).isEqualTo(Status.UNSUPPORTED);
        assertThat(real.print(pdf).status()).isEqualTo(Status.UNSUPPORTED);
    }
}
