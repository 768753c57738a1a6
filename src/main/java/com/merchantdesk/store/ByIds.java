package com.merchantdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * A query for many records at once by their UUIDs, kept as 16-byte blobs: {@code … WHERE id IN (…)}, 500 ids per
 * statement (what a pulled page's look-ups of "which of these are here" run on). Ids that are not UUIDs match nothing.
 */
public final class ByIds {

    private static final int CHUNK = 500;

    /** Reads one row of the result. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private ByIds() {}

    /** Runs {@code select} (ending in {@code IN}, without the list) for {@code ids}, handing each row to {@code rows}. */
    public static void query(Connection c, String select, List<String> ids, RowReader rows) throws SQLException {
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try (PreparedStatement ps = c.prepareStatement(select + " (" + String.join(",",
                    Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setBytes(i + 1, Ids.toBytes(chunk.get(i)).orElse(new byte[0]));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.read(rs);
                    }
                }
            }
        }
    }
}
