package com.merchantdesk.catalog.view;

import com.merchantdesk.catalog.CatalogService;
import com.merchantdesk.catalog.ImageStore;
import com.merchantdesk.catalog.Product;
import com.merchantdesk.catalog.ProductImage;
import com.merchantdesk.catalog.ProductInput;
import com.merchantdesk.catalog.ProductStatus;
import com.merchantdesk.catalog.StockService;
import com.merchantdesk.i18n.Messages;
import com.merchantdesk.kernel.FieldError;
import com.merchantdesk.kernel.ValidationException;
import com.merchantdesk.ui.controls.BackgroundRunner;
import com.merchantdesk.ui.controls.WaitingForWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The product form's state as typed, and what is wrong with it. The domain checks the text on every edit
 * (no database involved), so errors appear on the field as soon as the seller has touched it; what only the
 * database can know (a SKU code used elsewhere, stock history) comes back from {@link CatalogService#save}
 * and is shown on the same fields until they are edited.
 */
public final class ProductFormViewModel {

    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String CATEGORY = "category";
    public static final String STATUS = "status";
    public static final String OPTIONS = "options";
    public static final String SKUS = "skus";
    public static final String IMAGES = "images";
    /** Errors that belong to no field (the product vanished, the disk failed). */
    public static final String GENERAL = "form";

    private static final Pattern SKU_FIELD = Pattern.compile("skus\\[(\\d+)]\\.(\\w+)");
    private static final Set<String> HEADER_FIELDS = Set.of(TITLE, DESCRIPTION, CATEGORY, STATUS, OPTIONS, SKUS, IMAGES);

    private final CatalogService catalog;
    private final StockService stock;
    private final ImageStore imageStore;
    private final BackgroundRunner runner;
    private final String productId;
    private final Instant createdAt;
    private final Currency currency;

    private final StringProperty title = new SimpleStringProperty(this, TITLE, "");
    private final StringProperty description = new SimpleStringProperty(this, DESCRIPTION, "");
    private final StringProperty category = new SimpleStringProperty(this, CATEGORY, "");
    private final ObjectProperty<ProductStatus> status = new SimpleObjectProperty<>(this, STATUS, ProductStatus.DRAFT);
    private final List<StringProperty> optionNames = new ArrayList<>();
    private final ObservableList<SkuFormRow> skus = FXCollections.observableArrayList();
    private final ObservableList<ProductImage> images = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<String, String>> errors = new ReadOnlyObjectWrapper<>(this, "errors", Map.of());
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final WaitingForWriter writeWait = new WaitingForWriter();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final Map<String, String> headerServerErrors = new HashMap<>();
    private final Set<String> touched = new HashSet<>();
    private boolean showAll;
    private boolean loading = true;

    private ProductFormViewModel(Services services, String productId, Instant createdAt, Currency currency) {
        this.catalog = services.catalog();
        this.stock = services.stock();
        this.imageStore = services.images();
        this.runner = services.runner();
        this.productId = productId;
        this.createdAt = createdAt;
        this.currency = currency;
        for (int i = 0; i < Product.MAX_OPTIONS; i++) {
            optionNames.add(new SimpleStringProperty(this, OPTIONS, ""));
        }
        watch(title, TITLE);
        watch(description, DESCRIPTION);
        watch(category, CATEGORY);
        watch(status, STATUS);
        optionNames.forEach(p -> watch(p, OPTIONS));
        skus.addListener((ListChangeListener<SkuFormRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
            touched.add(SKUS);
            headerServerErrors.remove(SKUS);
            edited();
        });
        images.addListener((ListChangeListener<ProductImage>) change -> edited());
    }

    /** What the form needs from the app. */
    public record Services(CatalogService catalog, StockService stock, ImageStore images, BackgroundRunner runner) {}

    /** An empty form for a new product priced in {@code currency}, with one SKU line to fill in. */
    public static ProductFormViewModel forNew(Services services, Currency currency) {
        ProductFormViewModel vm = new ProductFormViewModel(services, null, null, currency);
        vm.skus.add(new SkuFormRow(null));
        vm.loaded();
        return vm;
    }

    /** The saved product, ready to edit; it keeps its own currency. */
    public static ProductFormViewModel forEdit(Services services, Product product) {
        // A product always has a SKU, and all its prices share one currency.
        Currency currency = product.skus().get(0).price().currency();
        ProductFormViewModel vm = new ProductFormViewModel(services, product.id(), product.createdAt(), currency);
        vm.title.set(product.title());
        vm.description.set(product.description());
        vm.category.set(product.category());
        vm.status.set(product.status());
        List<Integer> slots = IntStream.range(0, product.optionNames().size()).boxed().toList();
        for (int i = 0; i < product.optionNames().size(); i++) {
            vm.optionNames.get(i).set(product.optionNames().get(i));
        }
        product.skus().forEach(s -> vm.skus.add(SkuFormRow.of(s, slots)));
        vm.images.setAll(product.images());
        vm.loaded();
        return vm;
    }

    private void loaded() {
        loading = false;
        touched.clear();
        skus.forEach(r -> r.touched().clear());
        dirty.set(false);
        recompute();
    }

    public boolean isNew() { return productId == null; }
    public String productId() { return productId; }
    public Currency currency() { return currency; }
    public StringProperty titleProperty() { return title; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty categoryProperty() { return category; }
    public ObjectProperty<ProductStatus> statusProperty() { return status; }
    public StringProperty optionNameProperty(int slot) { return optionNames.get(slot); }
    public ObservableList<SkuFormRow> skus() { return skus; }
    public ObservableList<ProductImage> images() { return images; }
    /** Field name (e.g. {@code title}, {@code skus[1].price}) to the message shown on it, in form order. */
    public ReadOnlyObjectProperty<Map<String, String>> errorsProperty() { return errors.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }

    /** While a save waits for another writer of the data folder (a command, say): what it waits for; else empty. */
    public ReadOnlyStringProperty waitingForWriterProperty() { return writeWait.textProperty(); }
    public ReadOnlyBooleanProperty importingProperty() { return importing.getReadOnlyProperty(); }

    /** The field name of {@code row}'s {@code field} as errors name it, or null when the row is gone. */
    public String skuField(SkuFormRow row, String field) {
        int index = skus.indexOf(row);
        return index < 0 ? null : "skus[" + index + "]." + field;
    }

    public SkuFormRow addSku() {
        SkuFormRow row = new SkuFormRow(null);
        if (!skus.isEmpty()) {
            // A new variant usually sells at the same price as the one before it.
            SkuFormRow last = skus.get(skus.size() - 1);
            row.priceProperty().set(last.priceProperty().get());
            row.compareAtProperty().set(last.compareAtProperty().get());
            row.costProperty().set(last.costProperty().get());
            row.weightProperty().set(last.weightProperty().get());
            row.reorderPointProperty().set(last.reorderPointProperty().get());
            // ...and goes through customs as the same kind of goods from the same country; it lies elsewhere.
            row.hsCodeProperty().set(last.hsCodeProperty().get());
            row.originCountryProperty().set(last.originCountryProperty().get());
            row.touched().clear();
        }
        skus.add(row);
        return row;
    }

    /**
     * Removes a SKU line. A saved SKU with stock movements cannot go (the ledger points at it): the service's
     * refusal is shown on that line's code instead.
     */
    public void removeSku(SkuFormRow row) {
        if (!row.isSaved()) {
            skus.remove(row);
            return;
        }
        runner.run(() -> stock.history(row.id(), 1).isEmpty(), free -> {
            if (free) {
                skus.remove(row);
            } else {
                row.serverErrors().put(SkuFormRow.CODE, Messages.get("validation.sku.hasHistory", row.codeProperty().get()));
                recompute();
            }
        }, error -> runner.report("products.error.load", error));
    }

    /** Copies the chosen files into the data folder in the background and adds them; unreadable ones are named. */
    public void addImages(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        importing.set(true);
        record Imported(List<ProductImage> added, List<FieldError> refused) {}
        runner.run(() -> {
            List<ProductImage> added = new ArrayList<>();
            List<FieldError> refused = new ArrayList<>();
            for (Path file : files) {
                try {
                    added.add(imageStore.importImage(file));
                } catch (ValidationException e) {
                    refused.addAll(e.errors());
                }
            }
            return new Imported(added, refused);
        }, result -> {
            importing.set(false);
            images.addAll(result.added());
            if (result.refused().isEmpty()) {
                headerServerErrors.remove(IMAGES);
            } else {
                headerServerErrors.put(IMAGES, String.join(" ", result.refused().stream().map(FieldError::message).toList()));
            }
            recompute();
        }, error -> {
            importing.set(false);
            headerServerErrors.put(IMAGES, BackgroundRunner.describe(error));
            recompute();
        });
    }

    public void removeImage(ProductImage image) { images.remove(image); }

    /**
     * Saves when the form is valid. Returns false (and shows every problem) when it is not, without calling
     * the service; otherwise the save runs in the background and either {@code onSaved} runs or the service's
     * refusals appear on their fields.
     */
    public boolean save(Consumer<Product> onSaved) {
        if (saving.get()) {
            return false;
        }
        headerServerErrors.clear();
        skus.forEach(r -> r.serverErrors().clear());
        showAll = true;
        recompute();
        if (!localErrors().isEmpty()) {
            return false;
        }
        ProductInput input = toInput();
        saving.set(true);
        runner.run(writeWait.around(() -> catalog.save(input, currency)), saved -> {
            writeWait.clear();
            saving.set(false);
            dirty.set(false);
            onSaved.accept(saved);
        }, error -> {
            if (error instanceof ValidationException refused) {
                applyServerErrors(refused.errors());
            } else {
                headerServerErrors.put(GENERAL, Messages.get("products.form.saveFailed", BackgroundRunner.describe(error)));
            }
            recompute();
            writeWait.clear();
            // Last, so whoever watches the save ending already sees its errors.
            saving.set(false);
        });
        return true;
    }

    ProductInput toInput() {
        List<Integer> slots = activeOptionSlots();
        List<String> names = slots.stream().map(i -> optionNames.get(i).get()).toList();
        return new ProductInput(productId, title.get(), description.get(), category.get(), status.get().name(), names,
                skus.stream().map(r -> r.toInput(slots)).toList(), List.copyOf(images), createdAt);
    }

    /** The option fields (0–2) that have a name; only those ask each SKU for a value. */
    public List<Integer> activeOptionSlots() {
        return IntStream.range(0, optionNames.size()).filter(i -> !optionNames.get(i).get().isBlank()).boxed().toList();
    }

    /** Everything the domain refuses in the form as it stands, without asking the database. */
    List<FieldError> localErrors() {
        try {
            // The time only stamps the throw-away product; nothing is stored.
            toInput().toProduct(currency, Instant.EPOCH);
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    private void applyServerErrors(List<FieldError> refused) {
        for (FieldError e : refused) {
            String field = normalize(e.field());
            Matcher m = SKU_FIELD.matcher(field);
            if (m.matches() && Integer.parseInt(m.group(1)) < skus.size()) {
                skus.get(Integer.parseInt(m.group(1))).serverErrors().put(m.group(2), e.message());
            } else if (HEADER_FIELDS.contains(field)) {
                headerServerErrors.put(field, e.message());
            } else {
                headerServerErrors.put(GENERAL, e.message());
            }
        }
    }

    private void recompute() {
        if (loading) {
            return;
        }
        Map<String, String> visible = new LinkedHashMap<>();
        for (FieldError e : localErrors()) {
            String field = normalize(e.field());
            if (showAll || isTouched(field)) {
                visible.putIfAbsent(field, e.message());
            }
        }
        headerServerErrors.forEach(visible::putIfAbsent);
        for (int i = 0; i < skus.size(); i++) {
            String prefix = "skus[" + i + "].";
            skus.get(i).serverErrors().forEach((f, message) -> visible.putIfAbsent(prefix + f, message));
        }
        Map<String, String> result = Collections.unmodifiableMap(visible);
        if (!result.equals(errors.get())) {
            errors.set(result);
        }
    }

    private boolean isTouched(String field) {
        Matcher m = SKU_FIELD.matcher(field);
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            return index < skus.size() && skus.get(index).touched().contains(m.group(2));
        }
        return touched.contains(field);
    }

    /** A SKU's id error (it belongs to another product) is shown on its code. */
    private static String normalize(String field) {
        return field.endsWith(".id") ? field.substring(0, field.length() - 3) + "." + SkuFormRow.CODE
                : "id".equals(field) ? GENERAL : field;
    }

    private void watch(ObservableValue<?> property, String field) {
        property.addListener((o, before, now) -> {
            touched.add(field);
            headerServerErrors.remove(field);
            edited();
        });
    }

    private void watch(SkuFormRow row) {
        List<StringProperty> fields = row.fields();
        for (StringProperty p : fields) {
            p.addListener((o, before, now) -> {
                row.touched().add(p.getName());
                row.serverErrors().remove(p.getName());
                edited();
            });
        }
    }

    private void edited() {
        if (!loading) {
            dirty.set(true);
        }
        recompute();
    }

    /** How the error list names a field: "Title", "SKU 2 · Price". */
    public static String fieldLabel(String field) {
        Matcher m = SKU_FIELD.matcher(field);
        if (m.matches()) {
            return Messages.get("products.form.skuField", Integer.parseInt(m.group(1)) + 1,
                    Messages.get("products.form.sku." + m.group(2)));
        }
        return GENERAL.equals(field) ? "" : Messages.get("products.form." + field);
    }
}
