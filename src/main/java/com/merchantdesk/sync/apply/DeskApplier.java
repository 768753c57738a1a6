package com.merchantdesk.sync.apply;

import com.merchantdesk.platform.Change;
import com.merchantdesk.platform.ChangeKind;
import com.merchantdesk.platform.Desk;
import com.merchantdesk.store.SyncIdentity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * The other desks of the account (table {@code sync_desk}): their codes, for the numbers of the orders they made.
 * This desk's own registration (its code) is the sync engine's, at the first connection.
 */
final class DeskApplier implements RecordApplier {

    @Override
    public ChangeKind kind() { return ChangeKind.DESK; }

    @Override
    public void apply(Connection c, Change change) throws SQLException {
        if (change.deleted()) {
            return;
        }
        Desk desk = PulledRecord.read(change, Desk.class);
        if (desk.deskId().equalsIgnoreCase(SyncIdentity.deskId(c)) || desk.deskCode() == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sync_desk(desk_id, desk_code, name, registered_at) "
                + "VALUES (?,?,?,?) ON CONFLICT(desk_id) DO UPDATE SET desk_code = excluded.desk_code, "
                + "name = excluded.name, registered_at = excluded.registered_at")) {
            ps.setString(1, desk.deskId());
            ps.setString(2, desk.deskCode());
            ps.setString(3, desk.name() == null ? "" : desk.name());
            if (desk.registeredAt() == null) {
                ps.setNull(4, Types.INTEGER);
            } else {
                ps.setLong(4, desk.registeredAt().toEpochMilli());
            }
            ps.executeUpdate();
        }
    }
}
