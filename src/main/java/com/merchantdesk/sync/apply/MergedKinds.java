package com.merchantdesk.sync.apply;

import com.merchantdesk.platform.ChangeKind;
import java.util.List;
import java.util.Optional;

/** The kinds of record whose fields merge: products, SKUs, customers. */
final class MergedKinds {

    static final List<MergedKind> ALL = List.of(new ProductKind(), new SkuKind(), new CustomerKind());

    private MergedKinds() {}

    static Optional<MergedKind> of(String entityType) {
        return ALL.stream().filter(k -> k.entityType().equals(entityType)).findFirst();
    }

    static MergedKind of(ChangeKind kind) {
        return ALL.stream().filter(k -> k.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(kind + " records do not merge by field"));
    }
}
