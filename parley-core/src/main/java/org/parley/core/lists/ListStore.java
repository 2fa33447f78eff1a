package org.parley.core.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parley.screening.diff.ListDiffer;
import org.parley.screening.diff.SnapshotDiff;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.ListFileException;
import org.parley.screening.lists.ListSnapshot;
import tools.jackson.databind.json.JsonMapper;

/**
 * The restricted-party lists this installation screens against, kept as copies of the official
 * files under {@code <data>/lists}. Every import makes a new snapshot folder and then switches the
 * {@code ACTIVE} pointer with one atomic rename, so readers see either the old lists or the complete
 * new ones. Old snapshots are kept so that past decisions can be replayed. Thread-safe for readers;
 * imports are serialized. Each import also stores a digest of what changed against the lists
 * active before it ({@code digest.json}, see {@link ListDiffer}).
 */
public final class ListStore {
    private static final String ACTIVE = "ACTIVE";
    private static final String MANIFEST = "manifest.json";
    private static final String FILES = "files";
    private static final String LOCK = "import.lock";
    private static final String STAGING_PREFIX = "import-";
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9]{8}T[0-9]{6}Z-[0-9a-f]{12}");

    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final Clock clock;
    private final SnapshotReader reader;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ListDigests digests = new ListDigests();

    /** Reads one list file or folder into a snapshot (the screening module's ListFiles::read). */
    @FunctionalInterface
    public interface SnapshotReader {
        ListSnapshot read(Path fileOrFolder);
    }

    public ListStore(Path root, Clock clock, SnapshotReader reader) {
        this.root = root;
        this.clock = clock;
        this.reader = reader;
    }

    /**
     * Reads every path completely, then stores copies of them as the new active lists. The active
     * lists become exactly what {@code paths} hold. Nothing changes when any path fails to read.
     */
    public synchronized StoredLists importFrom(List<Path> paths, List<String> origin) {
        if (paths.isEmpty()) {
            throw new ListImportException("nothing to import: name at least one list file or folder");
        }
        ListSnapshot snapshot = readAll(paths);
        Path staging = null;
        try (FileChannel lock = importLock()) {
            removeStagingLeftovers();
            staging = Files.createTempDirectory(root, STAGING_PREFIX);
            for (Path path : paths) {
                copyInto(path, staging.resolve(FILES));
            }
            String id = ID_TIME.format(clock.instant()) + "-"
                    + snapshot.contentHash().substring(0, 12);
            StoredLists stored = describe(id, snapshot, origin);
            json.writeValue(staging.resolve(MANIFEST).toFile(), stored);
            Optional<SnapshotDiff> digest = digestAgainstActive(id, snapshot);
            if (digest.isPresent()) {
                digests.write(staging, digest.get());
            }
            Path target = root.resolve("snapshots").resolve(id);
            // The same id means the same content stored within the same second: keep that copy, since
            // it may be the active one and must never be missing, not even for a moment.
            if (!Files.exists(target)) {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                staging = null;
            }
            switchActive(id);
            return stored;
        } catch (IOException e) {
            throw new ListImportException("could not store the lists under " + root + ": " + e.getMessage(), e);
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
        }
    }

    /**
     * Serializes imports across processes (several CLI runs, nodes sharing the folder). The lock is
     * the operating system's, so a killed importer releases it.
     */
    private FileChannel importLock() throws IOException {
        Files.createDirectories(root.resolve("snapshots"));
        FileChannel channel = FileChannel.open(root.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            channel.lock();
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Staging folders of imports that were killed before they finished: never snapshots, only debris. */
    private void removeStagingLeftovers() throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            for (Path child : children.toList()) {
                if (Files.isDirectory(child) && child.getFileName().toString().startsWith(STAGING_PREFIX)) {
                    deleteTree(child);
                }
            }
        }
    }

    /** The manifest of the active lists, if any were ever imported. */
    public Optional<StoredLists> status() {
        return activeId().map(this::manifest);
    }

    /** Loads the active lists; an empty snapshot when none were imported yet. */
    public ListSnapshot active() {
        return activeId().map(this::load).orElseGet(ListSnapshot::empty);
    }

    /** Whether {@code id} names a stored snapshot. */
    public boolean has(String id) {
        return SNAPSHOT_ID.matcher(id).matches()
                && Files.isRegularFile(folder(id).resolve(MANIFEST));
    }

    /** Every stored snapshot's manifest, oldest import first. */
    public List<StoredLists> snapshots() {
        Path snapshots = root.resolve("snapshots");
        if (!Files.isDirectory(snapshots)) {
            return List.of();
        }
        return children(snapshots).stream()
                .map(folder -> folder.getFileName().toString())
                .filter(this::has)
                .map(this::manifest)
                .sorted(Comparator.comparing(StoredLists::importedAt).thenComparing(StoredLists::id))
                .toList();
    }

    /**
     * What the import of snapshot {@code id} changed against the lists active before it; empty for
     * the first import (or when those lists could no longer be read).
     */
    public Optional<SnapshotDiff> digest(String id) {
        requireStored(id);
        return digests.read(folder(id));
    }

    /** The digest of the active lists' import, if any. */
    public Optional<SnapshotDiff> activeDigest() {
        return activeId().flatMap(this::digest);
    }

    /** The snapshot that was active before the active one: the older side of its digest, else the one imported before it. */
    public Optional<String> previousId() {
        Optional<String> active = activeId();
        if (active.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> fromDigest =
                activeDigest().map(digest -> digest.older().label()).filter(this::has);
        if (fromDigest.isPresent()) {
            return fromDigest;
        }
        List<String> ids = snapshots().stream().map(StoredLists::id).toList();
        int position = ids.indexOf(active.get());
        return position > 0 ? Optional.of(ids.get(position - 1)) : Optional.empty();
    }

    /** Loads a stored snapshot and checks it still has the content hash recorded at import. */
    public ListSnapshot load(String id) {
        requireStored(id);
        StoredLists stored = manifest(id);
        ListSnapshot snapshot =
                readAll(children(root.resolve("snapshots").resolve(id).resolve(FILES)));
        if (!snapshot.contentHash().equals(stored.contentHash())) {
            throw new ListImportException("stored lists " + id + " were altered on disk: content hash "
                    + snapshot.contentHash() + " differs from the recorded " + stored.contentHash());
        }
        return snapshot;
    }

    /** The digest of a new snapshot against the active one; empty for a first import or unreadable lists. */
    private Optional<SnapshotDiff> digestAgainstActive(String id, ListSnapshot snapshot) {
        Optional<String> previous = activeId().filter(active -> !active.equals(id));
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        ListSnapshot before;
        try {
            before = load(previous.get());
        } catch (ListImportException e) {
            // The new lists matter more than their digest: import them, without a digest.
            return Optional.empty();
        }
        return Optional.of(ListDiffer.compare(previous.get(), before, id, snapshot));
    }

    private void requireStored(String id) {
        if (!has(id)) {
            throw new ListImportException("no stored lists with id '" + id + "' under " + root.resolve("snapshots"));
        }
    }

    private Path folder(String id) {
        return root.resolve("snapshots").resolve(id);
    }

    /** Every stored snapshot's id, oldest first (for backups). */
    public List<String> snapshotIds() {
        Path snapshots = root.resolve("snapshots");
        if (!Files.isDirectory(snapshots)) {
            return List.of();
        }
        return children(snapshots).stream()
                .map(path -> path.getFileName().toString())
                .filter(id -> SNAPSHOT_ID.matcher(id).matches())
                .toList();
    }

    /** The folder of a stored snapshot: its manifest and its files (for backups). */
    public Path snapshotFolder(String id) {
        return root.resolve("snapshots").resolve(checkedId(id));
    }

    /** The active snapshot's id, if any lists were ever imported. */
    public Optional<String> activeSnapshotId() {
        return activeId();
    }

    /** A new empty folder next to the snapshots, removed by the next import if it is left behind. */
    public Path stagingFolder() {
        try {
            Files.createDirectories(root.resolve("snapshots"));
            return Files.createTempDirectory(root, STAGING_PREFIX);
        } catch (IOException e) {
            throw new ListImportException("cannot create a folder under " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts a snapshot restored from a backup in place with one atomic move, unless a snapshot with
     * that id is already stored (ids name the content, so it is the same one).
     */
    public synchronized void adoptSnapshot(String id, Path staged) {
        Path target = snapshotFolder(id);
        try {
            if (!Files.exists(target)) {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new ListImportException("cannot store the lists " + id + " under " + root + ": " + e.getMessage(), e);
        }
    }

    /** Makes a stored snapshot the active lists, after checking its files against its manifest. */
    public synchronized void activate(String id) {
        load(checkedId(id));
        try {
            switchActive(id);
        } catch (IOException e) {
            throw new ListImportException("cannot switch the active lists under " + root + ": " + e.getMessage(), e);
        }
    }

    private static String checkedId(String id) {
        if (!SNAPSHOT_ID.matcher(id).matches()) {
            throw new ListImportException("not a list snapshot id: " + id);
        }
        return id;
    }

    private ListSnapshot readAll(List<Path> paths) {
        ListSnapshot all = ListSnapshot.empty();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new ListImportException("no such file or folder: " + path);
            }
            try {
                all = all.merge(reader.read(path));
            } catch (ListFileException e) {
                throw new ListImportException("import refused, the active lists are unchanged: " + e.getMessage(), e);
            }
        }
        return all;
    }

    private StoredLists describe(String id, ListSnapshot snapshot, List<String> origin) {
        var byList = new TreeMap<String, Integer>();
        for (ListEntry entry : snapshot.entries()) {
            byList.merge(entry.listCode(), 1, Integer::sum);
        }
        var sources = snapshot.sources().stream()
                .map(s -> new StoredLists.Source(s.format(), s.name(), s.asOf(), s.entries()))
                .toList();
        return new StoredLists(
                id, clock.instant(), origin, snapshot.asOf(), snapshot.contentHash(), snapshot.size(), byList, sources);
    }

    private void switchActive(String id) throws IOException {
        Path next = root.resolve(ACTIVE + ".next");
        Files.writeString(next, id + "\n");
        Files.move(next, root.resolve(ACTIVE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Optional<String> activeId() {
        Path pointer = root.resolve(ACTIVE);
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(pointer).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
    }

    private StoredLists manifest(String id) {
        Path file = root.resolve("snapshots").resolve(id).resolve(MANIFEST);
        if (!Files.exists(file)) {
            throw new ListImportException("stored lists " + id + " have no manifest at " + file);
        }
        return json.readValue(file.toFile(), StoredLists.class);
    }

    private static void copyInto(Path source, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(source.getFileName().toString());
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else if (Files.isRegularFile(file)) {
                        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        } else {
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static List<Path> children(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + folder, e);
        }
    }
}
