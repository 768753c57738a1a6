package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.PlatformJson;

/** Reads a pulled change's record as its wire type (docs/platform-api.yaml). */
final class PulledRecord {

    private PulledRecord() {}

    static <T> T read(Change change, Class<T> type) {
        if (change.data() == null || change.data().isNull()) {
            throw new IllegalArgumentException("The pulled " + change.kind().wire() + " " + change.id() + " has no data");
        }
        try {
            return PlatformJson.mapper().treeToValue(change.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The pulled " + change.kind().wire() + " " + change.id()
                    + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
