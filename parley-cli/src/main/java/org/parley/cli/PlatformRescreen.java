package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.parley.core.audit.AuditLog;
import org.parley.core.members.RescreenReport;
import org.parley.core.rescreening.ListUpdateRescreen;
import org.parley.core.storage.Database;
import org.parley.screening.Screener;
import org.parley.screening.diff.SnapshotDiff;
import org.parley.screening.lists.ListSnapshot;
import org.parley.screening.match.NameScreener;

/**
 * After {@code lists update} or {@code lists import}: when the installation has a platform database
 * (PostgreSQL configured, or the embedded file in the data folder), re-screens every member,
 * organisation and owner against the new lists and reports what it held for review.
 */
final class PlatformRescreen {

    private PlatformRescreen() {}

    /** @param digest what the update changed, announced to compliance officers; null when unknown */
    static void afterListUpdate(
            Map<String, String> environment,
            Path dataFolder,
            ListSnapshot lists,
            SnapshotDiff digest,
            PrintWriter out) {
        if (!platformExists(environment, dataFolder)) {
            out.println("no platform database in " + dataFolder + ": nobody to re-screen");
            return;
        }
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(PlatformDatabase.config(environment, dataFolder))) {
            Screener screener = Progress.whileRunning("indexing lists", () -> NameScreener.of(lists));
            var rescreen = new ListUpdateRescreen(
                    database.jdbi(),
                    clock,
                    new AuditLog(clock),
                    NameScreener.DEFAULT_THRESHOLD,
                    Runtime.getRuntime().availableProcessors());
            var report = Progress.whileRunning("re-screening members", () -> rescreen.run(screener, digest));
            report.ifPresentOrElse(
                    done -> print(out, done), () -> out.println("these lists were already re-screened against"));
        }
    }

    static boolean platformExists(Map<String, String> environment, Path dataFolder) {
        String url = environment.get("PARLEY_DB_URL");
        return (url != null && !url.isBlank()) || Files.exists(dataFolder.resolve("parley.mv.db"));
    }

    private static void print(PrintWriter out, RescreenReport report) {
        out.printf(
                "re-screened %d people (%d distinct names) against lists as of %s in %.1f s: %d new reviews%n",
                report.people(),
                report.distinctNames(),
                report.listsAsOf(),
                report.elapsed().toMillis() / 1000.0,
                report.heldMemberIds().size());
        out.flush();
    }
}
