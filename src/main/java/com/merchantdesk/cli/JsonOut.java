package com.merchantdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.merchantdesk.store.Json;
import com.merchantdesk.store.StoreException;
import java.io.PrintWriter;

/** Pretty-printed JSON on the command's output. */
final class JsonOut {
    private JsonOut() {}

    static void print(PrintWriter out, Object value) {
        try {
            out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new StoreException("Cannot write JSON: " + e.getMessage(), e);
        }
        out.flush();
    }
}
