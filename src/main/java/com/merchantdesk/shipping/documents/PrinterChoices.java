package com.merchantdesk.shipping.documents;

import com.merchantdesk.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/** The printer the seller last chose for each kind of paper, kept in the shop's database. */
public final class PrinterChoices {

    private final Database db;

    public PrinterChoices(Database db) { this.db = db; }

    public Optional<String> printerFor(PrintedDocument kind) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT printer FROM document_printer WHERE kind = ?")) {
                ps.setString(1, kind.key());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** Remembers the printer for the kind; a blank name forgets it (that kind is not printed). */
    public void remember(PrintedDocument kind, String printer) {
        db.write(c -> {
            String sql = printer == null || printer.isBlank() ? "DELETE FROM document_printer WHERE kind = ?"
                    : "INSERT INTO document_printer(kind, printer) VALUES (?, ?) ON CONFLICT(kind) DO UPDATE SET printer = excluded.printer";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, kind.key());
                if (printer != null && !printer.isBlank()) {
                    ps.setString(2, printer.strip());
                }
                ps.executeUpdate();
            }
            return null;
        });
    }
}
