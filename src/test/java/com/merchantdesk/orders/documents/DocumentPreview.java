package com.merchantdesk.orders.documents;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the sample documents to a folder, to look at them: {@code DocumentPreview <folder>}. */
public final class DocumentPreview {

    private DocumentPreview() {}

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/documents"));
        OrderDocumentFiles files = new OrderDocumentFiles();
        long start = System.nanoTime();
        for (var entry : java.util.Map.of(
                "en", SampleDocuments.english(),
                "ko", SampleDocuments.korean(),
                "zh", SampleDocuments.chinese(),
                "large", SampleDocuments.large(60)).entrySet()) {
            for (DocumentKind kind : DocumentKind.values()) {
                Path file = files.save(entry.getValue().as(kind), folder.resolve(entry.getKey() + "-" + kind.fileNamePrefix() + ".pdf"));
                System.out.printf("%-40s %,8d bytes%n", file.getFileName(), Files.size(file));
            }
        }
        System.out.printf("%.0f ms%n", (System.nanoTime() - start) / 1e6);
    }
}
