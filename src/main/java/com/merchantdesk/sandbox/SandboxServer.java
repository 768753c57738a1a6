package com.merchantdesk.sandbox;

import com.merchantdesk.platform.ProblemType;
import com.merchantdesk.sandbox.admin.AdminHandler;
import com.merchantdesk.sandbox.api.AccountApi;
import com.merchantdesk.sandbox.faults.FaultRules;
import com.merchantdesk.sandbox.api.AfterSaleApi;
import com.merchantdesk.sandbox.api.CustomerApi;
import com.merchantdesk.sandbox.api.RefundApi;
import com.merchantdesk.sandbox.api.ShipmentApi;
import com.merchantdesk.sandbox.api.CatalogApi;
import com.merchantdesk.sandbox.api.FeedApi;
import com.merchantdesk.sandbox.api.OrderApi;
import com.merchantdesk.sandbox.api.SnapshotApi;
import com.merchantdesk.sandbox.api.StockApi;
import com.merchantdesk.sandbox.http.ApiHandler;
import com.merchantdesk.sandbox.http.RateLimiter;
import com.merchantdesk.sandbox.http.RequestLog;
import com.merchantdesk.sandbox.http.SandboxOptions;
import com.merchantdesk.sandbox.http.ShiftableClock;
import com.merchantdesk.sandbox.http.Tls;
import com.merchantdesk.sandbox.market.Marketplace;
import com.merchantdesk.store.Database;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.encoding.ContentEncodingRepository;
import io.undertow.server.handlers.encoding.EncodingHandler;
import io.undertow.server.handlers.encoding.GzipEncodingProvider;
import java.net.InetSocketAddress;
import java.net.URI;
import org.xnio.Options;

/**
 * The sandbox platform's HTTP server (Undertow; docs/architecture.md says why): the routes of
 * docs/platform-api.yaml over {@link ApiHandler}, with keep-alive, gzip, a request size limit, timeouts and a
 * graceful stop (requests in flight finish, new ones are refused, then the database closes).
 */
public final class SandboxServer implements AutoCloseable {

    /**
     * Held here: java.util.logging keeps loggers only weakly, so a level set on one nobody holds is lost to the
     * garbage collector before Undertow asks for its logger.
     */
    private static final java.util.List<java.util.logging.Logger> LIBRARY_LOGGERS = java.util.List.of(
            java.util.logging.Logger.getLogger("io.undertow"), java.util.logging.Logger.getLogger("org.xnio"));

    private final SandboxOptions options;
    private final Database db;
    private final Undertow undertow;
    private final GracefulShutdownHandler graceful;
    private final Maintenance maintenance;
    private final ShiftableClock clock;
    private final FaultRules faults = new FaultRules();
    private final Marketplace marketplace;
    private boolean closed;

    private SandboxServer(SandboxOptions options, Database db, RequestLog log, String adminToken) {
        this.options = options;
        this.db = db;
        this.clock = new ShiftableClock(options.clock());
        this.marketplace = new Marketplace(db, clock);
        ApiHandler api = new ApiHandler(db, new RateLimiter(options.rateCapacity(), options.ratePerSecond()), log, clock,
                options.maxBodyBytes(), faults);
        AdminHandler admin = new AdminHandler(adminToken, options.tlsCert() == null && SandboxOptions.isLoopback(options.bind()),
                faults, marketplace, db);
        HttpHandler paths = Handlers.path(table(api, db)).addPrefixPath("/admin", admin);
        HttpHandler routes = new EncodingHandler(new ContentEncodingRepository()
                .addEncodingHandler("gzip", new GzipEncodingProvider(), 50)).setNext(new BlockingHandler(paths));
        this.graceful = Handlers.gracefulShutdown(routes);
        Undertow.Builder builder = Undertow.builder()
                .setIoThreads(2)
                .setWorkerThreads(options.workerThreads())
                .setServerOption(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, true)
                .setServerOption(UndertowOptions.IDLE_TIMEOUT, (int) options.idleTimeout().toMillis())
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, (int) options.idleTimeout().toMillis())
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, 30_000)
                .setSocketOption(Options.READ_TIMEOUT, 60_000)
                .setSocketOption(Options.WRITE_TIMEOUT, 60_000)
                .setHandler(graceful);
        if (options.tlsCert() != null) {
            builder.addHttpsListener(options.port(), options.bind(), Tls.context(options.tlsCert(), options.tlsKey()));
        } else {
            builder.addHttpListener(options.port(), options.bind());
        }
        this.undertow = builder.build();
        this.maintenance = new Maintenance(db, options.retention(), clock);
    }

    /** Starts serving {@code db} (the sandbox's own database, which the server closes when it stops). */
    public static SandboxServer start(SandboxOptions options, Database db, RequestLog log) {
        return start(options, db, log, null);
    }

    /**
     * Starts serving with the admin API ({@code /admin/actions}, {@code /admin/faults}) open to {@code adminToken}
     * on loopback; null keeps it off.
     */
    public static SandboxServer start(SandboxOptions options, Database db, RequestLog log, String adminToken) {
        // Undertow and XNIO announce their versions at INFO; the server's own log is one line per request.
        LIBRARY_LOGGERS.forEach(logger -> logger.setLevel(java.util.logging.Level.WARNING));
        SandboxServer server = new SandboxServer(options, db, log, adminToken);
        server.undertow.start();
        server.maintenance.start();
        return server;
    }

    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    public URI baseUri() {
        String host = options.bind().contains(":") && !options.bind().startsWith("[") ? "[" + options.bind() + "]" : options.bind();
        return URI.create((options.tlsCert() != null ? "https" : "http") + "://" + host + ":" + port());
    }

    public Database database() { return db; }

    public Maintenance maintenance() { return maintenance; }

    /** The marketplace's own actions on this server's data, on the server's clock. */
    public Marketplace marketplace() { return marketplace; }

    /** The fault rules in force (the admin API sets them). */
    public FaultRules faults() { return faults; }

    /** The server's clock, which a fault rule may shift. */
    public ShiftableClock clock() { return clock; }

    /**
     * Stops gracefully: refuses new requests (503), lets the ones in flight finish (up to the grace time), stops
     * the listener and closes the database.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        graceful.shutdown();
        try {
            graceful.awaitShutdown(options.shutdownGrace().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        undertow.stop();
        maintenance.close();
        db.close();
    }

    static RoutingHandler table(ApiHandler api, Database db) {
        AccountApi account = new AccountApi(db);
        FeedApi feed = new FeedApi(db);
        SnapshotApi snapshot = new SnapshotApi(db);
        CatalogApi catalog = new CatalogApi(db);
        StockApi stock = new StockApi(db);
        OrderApi orders = new OrderApi(db);
        CustomerApi customers = new CustomerApi(db);
        RefundApi refunds = new RefundApi(db);
        AfterSaleApi afterSales = new AfterSaleApi(db);
        ShipmentApi shipments = new ShipmentApi(db);
        RoutingHandler r = Handlers.routing();
        r.get("/v1/account", api.read(account::account));
        r.get("/v1/desks", api.read(account::desks));
        r.post("/v1/desks", api.write(account::register));
        r.get("/v1/changes", api.read(feed::changes));
        r.get("/v1/snapshot", api.read(snapshot::snapshot));
        r.post("/v1/products", api.write(catalog::createProduct));
        r.get("/v1/products/{id}", api.read(catalog::product));
        r.add("PATCH", "/v1/products/{id}", api.write(catalog::patchProduct));
        r.delete("/v1/products/{id}", api.write(catalog::deleteProduct));
        r.post("/v1/skus", api.write(catalog::createSku));
        r.get("/v1/skus/{id}", api.read(catalog::sku));
        r.add("PATCH", "/v1/skus/{id}", api.write(catalog::patchSku));
        r.delete("/v1/skus/{id}", api.write(catalog::deleteSku));
        r.get("/v1/stock/{sku_id}", api.read(stock::stock));
        r.post("/v1/stock/adjustments", api.write(stock::adjust));
        r.post("/v1/stock/adjustments/batch", api.write(stock::adjustBatch));
        r.post("/v1/stock/stocktakes", api.write(stock::stocktake));
        r.post("/v1/orders", api.write(orders::create));
        r.post("/v1/orders/batch", api.write(orders::createBatch));
        r.get("/v1/orders/{id}", api.read(orders::order));
        r.post("/v1/orders/{id}/payment", api.write(orders::pay));
        r.post("/v1/orders/{id}/cancellation", api.write(orders::cancel));
        r.post("/v1/orders/{id}/fulfilment", api.write(orders::fulfil));
        r.post("/v1/customers", api.write(customers::create));
        r.get("/v1/customers/{id}", api.read(customers::customer));
        r.add("PATCH", "/v1/customers/{id}", api.write(customers::patch));
        r.post("/v1/refunds", api.write(refunds::create));
        r.get("/v1/refunds/{id}", api.read(refunds::refund));
        r.get("/v1/after-sales/{id}", api.read(afterSales::afterSale));
        r.post("/v1/after-sales/{id}/answer", api.write(afterSales::answer));
        r.get("/v1/carriers", api.read(shipments::carriers));
        r.post("/v1/carriers/{code}/waybills", api.write(shipments::waybills));
        r.post("/v1/shipments", api.write(shipments::create));
        r.get("/v1/shipments/{id}", api.read(shipments::shipment));
        r.post("/v1/shipments/{id}/events", api.write(shipments::addEvent));
        r.setFallbackHandler(api.failure(ProblemType.NOT_FOUND, "No such resource; see docs/platform-api.yaml"));
        r.setInvalidMethodHandler(api.failure(ProblemType.METHOD_NOT_ALLOWED, "This resource does not take that method"));
        return r;
    }
}
