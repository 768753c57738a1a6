package com.merchantdesk;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.ImageStore;
import com.merchantdesk.catalog.ProductQuery;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.StockService;
import com.merchantdesk.customers.CustomerService;
import com.merchantdesk.customers.SqliteCustomerService;
import com.merchantdesk.orders.OrderService;
import com.merchantdesk.orders.OrdersOfCustomers;
import com.merchantdesk.orders.SqliteOrderService;
import com.merchantdesk.orders.demo.DemoHistoryWriter;
import com.merchantdesk.sales.SalesLedger;
import com.merchantdesk.sales.SalesService;
import com.merchantdesk.settings.SettingsStore;
import com.merchantdesk.shipping.ShippingService;
import com.merchantdesk.shipping.SqliteShippingService;
import com.merchantdesk.store.BackupService;
import com.merchantdesk.store.DataDirectory;
import com.merchantdesk.store.Database;
import com.merchantdesk.store.WriteWaitListener;
import com.merchantdesk.store.WriterInfo;
import java.time.Clock;
import java.util.EnumSet;

/** The services of one open data folder, wired once and shared by the window and the command line. */
public final class AppContext implements AutoCloseable {

    private final DataDirectory dataDirectory;
    private final Clock clock;
    private final Database database;
    private final CatalogService catalog;
    private final StockService stock;
    private final ImageStore images;
    private final BackupService backups;
    private final SettingsStore settings;
    private final SqliteOrderService orders;
    private final CustomerService customers;
    private final ShippingService shipping;
    private final SalesService sales;

    private AppContext(DataDirectory dataDirectory, Clock clock, Database database) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.database = database;
        this.catalog = new CatalogService(database, clock);
        this.stock = new StockService(database, clock);
        this.images = new ImageStore(dataDirectory);
        this.backups = new BackupService(clock);
        this.settings = new SettingsStore(dataDirectory.settingsFile());
        this.orders = new SqliteOrderService(database, clock, new SalesLedger());
        this.customers = new SqliteCustomerService(database, clock, new OrdersOfCustomers());
        this.shipping = new SqliteShippingService(database, clock);
        this.sales = new SalesService(database, clock);
    }

    /**
     * Opens (creating, checking and migrating) the database of {@code dir}, after closing the folder to other
     * accounts ({@link DataDirectory#ensurePrivate}).
     */
    public static AppContext open(DataDirectory dir, Clock clock) {
        return open(dir, clock, WriterInfo.UNNAMED, WriteWaitListener.NONE);
    }

    /**
     * Opens the database of {@code dir} for a process that names itself to other processes waiting for its writes
     * ({@code self}) and hears about its own waits ({@code waits}; see {@link Database#write}).
     */
    public static AppContext open(DataDirectory dir, Clock clock, WriterInfo self, WriteWaitListener waits) {
        dir.ensurePrivate().ensureDatabaseFile();
        return new AppContext(dir, clock, Database.open(dir.database(), self, waits));
    }

    /**
     * Opens {@code dir} for the window: a file at this version's schema is checked in the background while the
     * window shows (writes wait for the verdict; see {@link Database#openCheckingInBackground}). The folder is closed
     * to other accounts first, as by {@link #open}.
     */
    public static AppContext openCheckingInBackground(DataDirectory dir, Clock clock) {
        return openCheckingInBackground(dir, clock, WriterInfo.UNNAMED, WriteWaitListener.NONE);
    }

    /** {@link #openCheckingInBackground(DataDirectory, Clock)} naming this process as {@link #open(DataDirectory, Clock, WriterInfo, WriteWaitListener)}. */
    public static AppContext openCheckingInBackground(DataDirectory dir, Clock clock, WriterInfo self,
                                                      WriteWaitListener waits) {
        dir.ensurePrivate().ensureDatabaseFile();
        return new AppContext(dir, clock, Database.openCheckingInBackground(dir.database(), self, waits));
    }

    public DataDirectory dataDirectory() { return dataDirectory; }
    public Clock clock() { return clock; }
    public Database database() { return database; }
    public CatalogService catalog() { return catalog; }

    /** True when the catalogue has no product at all, archived ones included: the shop {@code --demo} fills. */
    public boolean catalogIsEmpty() {
        ProductQuery anyProduct = new ProductQuery("", EnumSet.allOf(ProductStatus.class), null, false, null, false, 0, 1);
        return catalog.search(anyProduct).total() == 0;
    }
    public StockService stock() { return stock; }
    public ImageStore images() { return images; }
    public BackupService backups() { return backups; }
    public SettingsStore settings() { return settings; }
    public OrderService orders() { return orders; }

    /** Orders made once per request id (`orders create --request-id`). */
    public com.merchantdesk.orders.OrderRequests orderRequests() { return new com.merchantdesk.orders.OrderRequests(database, orders, clock); }
    public CustomerService customers() { return customers; }
    public ShippingService shipping() { return shipping; }
    public SalesService sales() { return sales; }

    /** What every order write tells the sales figures (generators and, later, sync write orders too). */
    public SalesLedger salesLedger() { return new SalesLedger(); }

    /** Writes the demo year of orders through this folder's order service (demo, --demo). */
    public DemoHistoryWriter demoHistory() { return new DemoHistoryWriter(database, orders); }

    @Override
    public void close() { database.close(); }
}
