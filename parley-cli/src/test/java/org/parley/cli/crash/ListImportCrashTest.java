package org.parley.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.ParleyCommand;
import org.parley.core.lists.ListStore;
import org.parley.core.lists.StoredLists;
import org.parley.screening.lists.ListFiles;
import org.parley.testing.SharedData;

/**
 * Kills {@code parley lists import} of the full CSL + OFAC SDN + UN lists with SIGKILL at several
 * moments (while reading, while copying, right after storing, right after switching) and checks after
 * each kill: the old lists are active or the new ones are, complete; a killed import's staging folder
 * is never taken for a snapshot; {@code lists status} and {@code audit verify} work.
 */
class ListImportCrashTest {
    private static final Duration IMPORT_LIMIT = Duration.ofMinutes(5);

    @TempDir
    Path temp;

    private Path data;
    private String[] fullImport;

    /** When to pull the plug. */
    private record KillPoint(String name, BooleanSupplier reached) {}

    @Test
    void aKilledImportLeavesTheOldListsOrTheCompleteNewOnes() throws Exception {
        data = temp.resolve("data");
        Path un = SharedData.file("un/UN_consolidated_2026-02-27.xml");
        fullImport = new String[] {
            "lists",
            "import",
            "--data",
            data.toString(),
            SharedData.file("csl/consolidated-2026-07-31.csv").toString(),
            SharedData.file("ofac/sdn_2021-07").toString(),
            un.toString()
        };
        assertThat(cli("lists", "import", "--data", data.toString(), un.toString()))
                .isZero();
        ServedNode.createAdministrator(data, temp);
        String old = store().status().orElseThrow().id();

        long start = System.nanoTime();
        List<KillPoint> points = List.of(
                new KillPoint("while starting", () -> System.nanoTime() - start > 0),
                new KillPoint("while reading", after(Duration.ofSeconds(3))),
                new KillPoint("while copying", () -> !staging().isEmpty()),
                new KillPoint("once stored", () -> snapshots().size() > 1),
                new KillPoint("once switched", () -> !activeId().equals(Optional.of(old))));
        List<String> seen = new ArrayList<>();
        for (KillPoint point : points) {
            seen.add(point.name() + ": " + killAt(point, old));
            assertConsistent(old);
        }

        assertThat(seen)
                .as("the first kill lands before the import finished")
                .first()
                .asString()
                .endsWith("old");
        try (var finished = ParleyProcess.start(temp.resolve("final.log"), fullImport)) {
            assertThat(finished.waitFor(IMPORT_LIMIT))
                    .as(ParleyProcess.read(temp.resolve("final.log")))
                    .isZero();
        }
        assertConsistent(old);
        StoredLists active = store().status().orElseThrow();
        assertThat(active.entriesByList()).containsKeys("EL", "SDN", "UN");
        assertThat(staging())
                .as("the next import cleared the killed imports' staging")
                .isEmpty();
    }

    /** Starts the full import, kills it once the point is reached, and says which lists are active. */
    private String killAt(KillPoint point, String old) throws Exception {
        Path log = temp.resolve("import-" + point.name().replace(' ', '-') + ".log");
        try (var importing = ParleyProcess.start(log, fullImport)) {
            long deadline = System.nanoTime() + IMPORT_LIMIT.toNanos();
            while (importing.isAlive() && !point.reached().getAsBoolean() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            importing.kill();
        }
        return store().status().orElseThrow().id().equals(old) ? "old" : "new";
    }

    private void assertConsistent(String old) {
        ListStore store = store();
        StoredLists status = store.status().orElseThrow();
        if (!status.id().equals(old)) {
            // load() re-reads every stored file and checks the content hash recorded at import.
            assertThat(store.active().contentHash()).isEqualTo(status.contentHash());
        }
        assertThat(snapshots())
                .allSatisfy(
                        folder -> assertThat(folder.resolve("manifest.json")).exists());
        assertThat(store.snapshotIds()).contains(status.id());
        assertThat(cli("lists", "status", "--data", data.toString())).isZero();
        assertThat(cli("audit", "verify", "--data", data.toString())).isZero();
    }

    private ListStore store() {
        return new ListStore(data.resolve("lists"), Clock.systemUTC(), ListFiles::read);
    }

    private Optional<String> activeId() {
        return store().activeSnapshotId();
    }

    private List<Path> snapshots() {
        return list(data.resolve("lists/snapshots"), "");
    }

    private List<Path> staging() {
        return list(data.resolve("lists"), "import-");
    }

    private static List<Path> list(Path folder, String prefix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList();
        } catch (IOException e) {
            // a folder vanishing while we look (moved by the import) just means "not yet"
            return List.of();
        }
    }

    private static BooleanSupplier after(Duration delay) {
        long[] start = {0};
        return () -> {
            if (start[0] == 0) {
                start[0] = System.nanoTime();
            }
            return System.nanoTime() - start[0] > delay.toNanos();
        };
    }

    private static int cli(String... args) {
        var commandLine = ParleyCommand.commandLine();
        commandLine.setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()));
        return commandLine.execute(args);
    }
}
