package org.parley.core.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tools.jackson.databind.JsonNode;

/**
 * The retention rule of restores: a restore may replace the audit log only with one that contains it.
 * Restoring an older backup over a database that has recorded events since would delete audit
 * records, which must be kept; such a restore is refused (restore into an empty database instead).
 * Stateless.
 */
final class AuditContinuity {
    private AuditContinuity() {}

    static void requireNoLoss(Connection connection, ZipFile zip, BackupManifest manifest) throws SQLException {
        long lastSeq;
        String lastHash;
        try (Statement statement = connection.createStatement();
                ResultSet head = statement.executeQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")) {
            if (!head.next()) {
                return;
            }
            lastSeq = head.getLong(1);
            lastHash = head.getString(2);
        }
        if (lastSeq == 0) {
            return;
        }
        String archived = archivedHash(zip, manifest, lastSeq);
        if (!lastHash.equals(archived)) {
            throw new BackupException("refusing to restore: this database's audit log has events up to "
                    + lastSeq + " that the backup does not contain; a restore would delete audit records,"
                    + " which must be kept. Restore into an empty database instead.");
        }
    }

    /** The hash of event {@code seq} in the archive, or null when it has no such event. */
    private static String archivedHash(ZipFile zip, BackupManifest manifest, long seq) {
        BackupManifest.Table events = manifest.tables().stream()
                .filter(t -> t.name().equals("audit_events"))
                .findFirst()
                .orElseThrow(() -> new BackupException("the archive has no audit_events table"));
        int seqColumn = events.columns().indexOf("seq");
        int hashColumn = events.columns().indexOf("hash");
        ZipEntry entry = zip.getEntry("tables/audit_events.jsonl");
        if (entry == null || seqColumn < 0 || hashColumn < 0) {
            throw new BackupException("the archive's audit_events table is damaged");
        }
        try (var lines = TableDump.reader(zip.getInputStream(entry))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row = TableDump.JSON.readTree(line);
                if (row.get(seqColumn).asLong() == seq) {
                    return row.get(hashColumn).asString().strip();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }
}
