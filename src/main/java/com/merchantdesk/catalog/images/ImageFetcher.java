package com.merchantdesk.catalog.images;

import com.merchantdesk.catalog.CatalogRepository;
import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.ImageStore;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductImage;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fetches the images imports queued ({@link ImageFetchQueue}), one at a time, after the import has committed:
 * downloads a web address (or copies a file path), checks it is an image, copies it into the data folder and
 * adds it to its product in one transaction with the product's outbox row. A failure never undoes anything:
 * the image is marked failed with the reason, listed ({@link #failures()}), and tried again on the next
 * {@link #fetchWaiting(boolean, Progress, BooleanSupplier) retry} (the window retries while it runs; the
 * command line with {@code products images}). Blocking: call from a background thread.
 */
public final class ImageFetcher {

    /** Told how many of the waiting images are done. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> {};

        void update(int done, int total);
    }

    /** One image that could not be fetched: its product, where it was to come from, and why. */
    public record Failure(String productTitle, String source, String reason, int attempts) {}

    /** What one round fetched and what failed. */
    public record Outcome(int fetched, List<Failure> failed) {}

    static final long MAX_BYTES = 25L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ImageFetcher.class.getName());

    private final Database db;
    private final CatalogService catalog;
    private final ImageStore images;
    private final Clock clock;
    private final HttpClient http;
    private final Duration timeout;
    private final CatalogRepository repository = new CatalogRepository();

    public ImageFetcher(Database db, CatalogService catalog, ImageStore images, Clock clock) {
        this(db, catalog, images, clock, Duration.ofSeconds(30));
    }

    public ImageFetcher(Database db, CatalogService catalog, ImageStore images, Clock clock, Duration timeout) {
        this.db = db;
        this.catalog = catalog;
        this.images = images;
        this.clock = clock;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private record Waiting(String id, String productId, String source, int attempts) {}

    /** Images waiting for their first try. */
    public int pending() { return db.read(c -> count(c, "PENDING")); }

    /** Images whose last try failed. */
    public List<Failure> failures() {
        return db.read(c -> {
            List<Failure> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT p.title, f.source, f.last_error, f.attempts "
                    + "FROM product_image_fetch f JOIN product p ON p.id = f.product_id WHERE f.state = 'FAILED' "
                    + "ORDER BY f.updated_at, f.product_id, f.position")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new Failure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                    }
                }
            }
            return list;
        });
    }

    /**
     * Fetches every waiting image, and those that failed before when {@code retryFailed}.
     *
     * @param cancelled asked between images; the rest stay waiting
     */
    public Outcome fetchWaiting(boolean retryFailed, Progress progress, BooleanSupplier cancelled) {
        List<Waiting> waiting = db.read(c -> waiting(c, retryFailed));
        int fetched = 0;
        List<Failure> failed = new ArrayList<>();
        progress.update(0, waiting.size());
        for (int i = 0; i < waiting.size(); i++) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            Waiting w = waiting.get(i);
            try {
                if (fetch(w)) {
                    fetched++;
                }
            } catch (FetchFailed e) {
                String title = markFailed(w, e.getMessage());
                failed.add(new Failure(title, w.source(), e.getMessage(), w.attempts() + 1));
            }
            progress.update(i + 1, waiting.size());
        }
        return new Outcome(fetched, failed);
    }

    private static int count(Connection c, String state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM product_image_fetch WHERE state = ?")) {
            ps.setString(1, state);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static List<Waiting> waiting(Connection c, boolean retryFailed) throws SQLException {
        List<Waiting> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, product_id, source, attempts FROM product_image_fetch "
                + "WHERE state = 'PENDING'" + (retryFailed ? " OR state = 'FAILED'" : "")
                + " ORDER BY product_id, position")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Waiting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
        }
        return list;
    }

    /** Fetches one image and adds it to its product; false when the product is gone meanwhile. */
    private boolean fetch(Waiting w) throws FetchFailed {
        Path file = download(w.source());
        try {
            ProductImage image;
            try {
                image = images.importImage(file);
            } catch (ValidationException e) {
                throw new FetchFailed(Messages.get("images.fetch.notImage"));
            }
            Instant now = clock.instant();
            return db.write(c -> {
                var product = repository.find(c, w.productId());
                if (product.isEmpty()) {
                    done(c, w.id(), null, now);
                    return false;
                }
                Product p = product.get();
                List<ProductImage> all = new ArrayList<>(p.images());
                all.add(image);
                catalog.save(c, new Product(p.id(), p.title(), p.description(), p.category(), p.status(),
                        p.optionNames(), p.skus(), all, p.createdAt(), now));
                done(c, w.id(), image.id(), now);
                return true;
            });
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.FINE, "Could not delete " + file, e);
            }
        }
    }

    private static void done(Connection c, String id, String imageId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE product_image_fetch SET state = 'DONE', image_id = ?, "
                + "last_error = '', attempts = attempts + 1, updated_at = ? WHERE id = ?")) {
            ps.setString(1, imageId);
            ps.setLong(2, now.toEpochMilli());
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    private String markFailed(Waiting w, String reason) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE product_image_fetch SET state = 'FAILED', "
                    + "last_error = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?")) {
                ps.setString(1, reason);
                ps.setLong(2, clock.instant().toEpochMilli());
                ps.setString(3, w.id());
                ps.executeUpdate();
            }
            return repository.find(c, w.productId()).map(Product::title).orElse("");
        });
    }

    /** The image in a temporary file named with its extension (the image store keeps it). */
    private Path download(String source) throws FetchFailed {
        String lower = source.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        String path = web ? URI.create(source).getPath() : source;
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.')) : ".img";
        if (ext.length() > 6 || !ext.matches("\\.[A-Za-z0-9]+")) {
            ext = ".img";
        }
        Path file;
        try {
            file = Files.createTempFile("merchant-desk-image", ext);
        } catch (IOException e) {
            throw new FetchFailed(e.getMessage());
        }
        try {
            if (web) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(source)).timeout(timeout).GET().build();
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    if (response.statusCode() != 200) {
                        throw new FetchFailed(Messages.get("images.fetch.status", response.statusCode()));
                    }
                    copyLimited(in, file);
                }
            } else {
                Path given = Path.of(source);
                if (!Files.isRegularFile(given)) {
                    throw new FetchFailed(Messages.get("images.fetch.noFile"));
                }
                try (InputStream in = Files.newInputStream(given)) {
                    copyLimited(in, file);
                }
            }
            return file;
        } catch (FetchFailed e) {
            deleteQuietly(file);
            throw e;
        } catch (IOException e) {
            deleteQuietly(file);
            throw new FetchFailed(Messages.get("images.fetch.network", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(file);
            throw new FetchFailed(Messages.get("images.fetch.network", "interrupted"));
        }
    }

    private static void copyLimited(InputStream in, Path file) throws IOException, FetchFailed {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > MAX_BYTES) {
                    throw new FetchFailed(Messages.get("images.fetch.tooLarge", MAX_BYTES / (1024 * 1024)));
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the failure itself is what the seller needs to hear about
        }
    }

    /** Why one image could not be fetched, in the seller's language. */
    static final class FetchFailed extends Exception {
        FetchFailed(String message) { super(message, null, false, false); }
    }
}
