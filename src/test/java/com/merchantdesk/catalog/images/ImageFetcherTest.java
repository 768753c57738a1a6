package com.merchantdesk.catalog.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.merchantdesk.AppContext;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.csv.ImportResult;
import com.merchantdesk.catalog.csv.ProductCsvImporter;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.testsupport.EnglishMessages;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Images an import names, fetched after it has committed from a local web server (one of them failing). */
@ExtendWith(EnglishMessages.class)
class ImageFetcherTest {

    private static final Currency USD = Currency.getInstance("USD");

    @TempDir Path temp;
    private AppContext app;
    private HttpServer server;
    private final AtomicBoolean backServes = new AtomicBoolean(false);
    private final List<String> requests = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        app = AppContext.open(new DataDirectory(temp.resolve("data")), Clock.systemUTC());
        byte[] png = png();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            synchronized (requests) {
                requests.add(path);
            }
            boolean serve = path.equals("/front.png") || (path.equals("/back.png") && backServes.get());
            byte[] body = serve ? png : "gone".getBytes();
            exchange.sendResponseHeaders(serve ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void close() {
        server.stop(0);
        app.close();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private String url(String name) { return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + name; }

    private Path shopifyFile() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("csv"));
        Files.createDirectories(folder.resolve("pictures"));
        Files.write(folder.resolve("pictures/side.png"), png());
        Path file = folder.resolve("products.csv");
        Files.writeString(file, String.join("\n",
                "Handle,Title,Body (HTML),Option1 Name,Option1 Value,Variant SKU,Variant Price,Image Src,Variant Image",
                "shirt,Shirt,<p>Soft</p>,Size,M,SH-M,10.00," + url("front.png") + ",pictures/side.png",
                "shirt,,,,L,SH-L,10.00,,",
                "shirt,,,,,,," + url("back.png") + ",") + "\n");
        return file;
    }

    private ImageFetcher fetcher() {
        return new ImageFetcher(app.database(), app.catalog(), app.images(), app.clock(), com.merchantdesk.testsupport.TestTimeouts.SAFETY);
    }

    private Product shirt() {
        return app.catalog().find(app.catalog().findByScan("SH-M").orElseThrow().productId()).orElseThrow();
    }

    @Test
    void theImportQueuesImagesWithoutFetchingThem() throws IOException {
        ImportResult result = new ProductCsvImporter(app.catalog(), app.clock()).importFile(shopifyFile(), USD);

        assertThat(result.imagesQueued()).isEqualTo(3);
        assertThat(requests).as("the import never waits on the network").isEmpty();
        assertThat(shirt().images()).isEmpty();
        assertThat(fetcher().pending()).isEqualTo(3);
    }

    @Test
    void fetchingAddsTheImagesThatCameAndListsTheOneThatFailedUntilARetryGetsIt() throws IOException {
        new ProductCsvImporter(app.catalog(), app.clock()).importFile(shopifyFile(), USD);
        List<int[]> progress = new ArrayList<>();

        ImageFetcher.Outcome first = fetcher().fetchWaiting(false, (done, total) -> progress.add(new int[] {done, total}),
                () -> false);

        assertThat(first.fetched()).isEqualTo(2);
        assertThat(first.failed()).extracting(ImageFetcher.Failure::source).containsExactly(url("back.png"));
        assertThat(first.failed().get(0).reason()).isEqualTo("The server answered HTTP 404.");
        assertThat(first.failed().get(0).productTitle()).isEqualTo("Shirt");
        assertThat(progress.get(progress.size() - 1)).containsExactly(3, 3);
        assertThat(shirt().images()).hasSize(2);
        for (var image : shirt().images()) {
            assertThat(app.images().imagePath(image)).exists();
        }
        assertThat(fetcher().failures()).hasSize(1);
        assertThat(fetcher().pending()).isZero();
        // A round that only takes new images leaves the failed one alone.
        assertThat(fetcher().fetchWaiting(false, ImageFetcher.Progress.NONE, () -> false).fetched()).isZero();

        backServes.set(true); // the network is back
        ImageFetcher.Outcome retry = fetcher().fetchWaiting(true, ImageFetcher.Progress.NONE, () -> false);

        assertThat(retry.fetched()).isEqualTo(1);
        assertThat(retry.failed()).isEmpty();
        assertThat(shirt().images()).hasSize(3);
        assertThat(fetcher().failures()).isEmpty();
    }

    @Test
    void anImageFetchedOnceIsNotFetchedAgainWhenTheFileIsImportedAgain() throws IOException {
        Path file = shopifyFile();
        ProductCsvImporter importer = new ProductCsvImporter(app.catalog(), app.clock());
        importer.importFile(file, USD);
        fetcher().fetchWaiting(true, ImageFetcher.Progress.NONE, () -> false);

        ImportResult again = importer.importFile(file, USD);

        assertThat(again.imagesQueued()).isZero();
        assertThat(again.productsUnchanged()).isEqualTo(1);
        assertThat(fetcher().pending()).isZero();
        assertThat(shirt().images()).hasSize(2);
    }

    @Test
    void aServerThatIsDownFailsTheImagesNotTheImport() throws IOException {
        Path file = shopifyFile();
        server.stop(0);

        ImportResult result = new ProductCsvImporter(app.catalog(), app.clock()).importFile(file, USD);
        ImageFetcher.Outcome outcome = fetcher().fetchWaiting(false, ImageFetcher.Progress.NONE, () -> false);

        assertThat(result.productsCreated()).isEqualTo(1);
        assertThat(outcome.fetched()).as("the local file still comes").isEqualTo(1);
        assertThat(outcome.failed()).hasSize(2).allSatisfy(f -> assertThat(f.reason()).startsWith("Could not download it"));
        assertThat(app.catalog().findByScan("SH-L")).isPresent();
    }
}
