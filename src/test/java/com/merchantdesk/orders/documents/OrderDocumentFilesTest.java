package com.merchantdesk.orders.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.merchantdesk.testsupport.PosixModes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderDocumentFilesTest {

    @TempDir
    Path folder;

    @Test
    void savesACompletePdfAndReplacesAnOldOne() throws Exception {
        Path target = folder.resolve("out/invoice.pdf");
        OrderDocumentFiles files = new OrderDocumentFiles();

        files.save(SampleDocuments.korean(), target);
        long first = Files.size(target);
        files.save(SampleDocuments.english(), target);

        assertThat(first).isPositive();
        assertThat(new String(Files.readAllBytes(target), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(PdfFixtures.text(Files.readAllBytes(target))).contains("D-2026-000123");
        assertThat(listing(target.getParent())).containsExactly("invoice.pdf");
    }

    @Test
    void theSavedFileIsOwnerOnlyForItCarriesTheCustomersAddress() throws Exception {
        PosixModes.assumePosixWithOpenUmask(folder);
        Path existing = Files.writeString(folder.resolve("invoice.pdf"), "an older invoice");
        PosixModes.setMode(existing, "rw-r--r--");

        Path saved = new OrderDocumentFiles().save(SampleDocuments.english(), existing);
        Path inNewFolder = new OrderDocumentFiles().save(SampleDocuments.english(), folder.resolve("march/invoice.pdf"));

        assertThat(PosixModes.mode(saved)).isEqualTo(PosixModes.OWNER_FILE);
        assertThat(PosixModes.mode(inNewFolder)).isEqualTo(PosixModes.OWNER_FILE);
        assertThat(PosixModes.mode(inNewFolder.getParent())).isEqualTo(PosixModes.OWNER_FOLDER);
    }

    @Test
    void aFailedRenderLeavesTheOldFileAndNoPartialOne() throws Exception {
        Path target = folder.resolve("invoice.pdf");
        Files.writeString(target, "the old invoice");
        OrderDocumentFiles failing = new OrderDocumentFiles((document, out) -> {
            out.write("%PDF-1.7 half".getBytes(StandardCharsets.US_ASCII));
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> failing.save(SampleDocuments.english(), target)).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("the old invoice");
        assertThat(listing(folder)).containsExactly("invoice.pdf");
    }

    @Test
    void aCopyForViewingGetsTheSuggestedName() throws Exception {
        Path file = new OrderDocumentFiles().saveForViewing(SampleDocuments.chinese().as(DocumentKind.PACKING_SLIP));
        try {
            assertThat(file.getFileName().toString()).isEqualTo("packing-slip-D-2026-000789.pdf");
            assertThat(PdfFixtures.text(Files.readAllBytes(file))).contains("发货单");
        } finally {
            Files.delete(file);
            Files.delete(file.getParent());
        }
    }

    private static java.util.List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
