package com.merchantdesk.sync.apply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The desk's queued patches of a record that carry a field now in conflict. Such a patch must not go out: its
 * {@code base_version} is stamped when it is sent, from the platform version the desk then holds (the one that
 * showed the conflict), so the platform would take it and overwrite its own change silently. The field leaves
 * every patch not yet sent (queued, failed, blocked); a patch left with no field goes, and the rows that waited
 * for it wait for what it waited for. A patch being sent is left: its answer (taken, or 412) settles it. Keep mine
 * or edit queues the field again once the seller has chosen.
 */
final class OpenPatches {

    private OpenPatches() {}

    static void withdraw(Connection c, String entityType, String id, String field) throws SQLException {
        record Row(long seq, ObjectNode body) {}
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, payload FROM outbox WHERE entity_type = ? "
                + "AND entity_id = ? AND operation = 'patch' AND state IN (0, 3, 4) AND payload_version >= 1 ORDER BY seq")) {
            ps.setString(1, entityType);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    JsonNode body = FieldValues.read(rs.getString(2));
                    if (body instanceof ObjectNode o && o.get("changes") instanceof ObjectNode changes && changes.has(field)) {
                        rows.add(new Row(rs.getLong(1), o));
                    }
                }
            }
        }
        for (Row row : rows) {
            ObjectNode changes = (ObjectNode) row.body().get("changes");
            changes.remove(field);
            if (changes.isEmpty()) {
                drop(c, row.seq());
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET payload = ? WHERE seq = ?")) {
                    ps.setString(1, FieldValues.write(row.body()));
                    ps.setLong(2, row.seq());
                    ps.executeUpdate();
                }
            }
        }
    }

    /** Removes a row that carries nothing any more; what waited for it waits for what it waited for. */
    private static void drop(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO outbox_wait(seq, on_seq) "
                + "SELECT w.seq, d.on_seq FROM outbox_wait w JOIN outbox_wait d ON d.seq = w.on_seq WHERE w.on_seq = ?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE seq = ?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        }
    }
}
