package org.parley.core.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.parley.core.lists.ListStore;

/**
 * The stored list snapshots' part of a backup: every snapshot folder under {@code lists/<id>/}.
 * Restoring never writes outside the list store, whatever names the archive holds. Stateless.
 */
final class ListsArchive {
    private static final String PREFIX = "lists/";

    private ListsArchive() {}

    /** Adds every stored snapshot; returns their ids. */
    static List<String> write(ListStore store, ZipOutputStream zip) throws IOException {
        List<String> ids = store.snapshotIds();
        for (String id : ids) {
            Path folder = store.snapshotFolder(id);
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String relative = folder.relativize(file).toString().replace('\\', '/');
                    zip.putNextEntry(new ZipEntry(PREFIX + id + "/" + relative));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
        }
        return ids;
    }

    /** Stores the archive's snapshots that this installation lacks (not yet activating any). */
    static void restore(ZipFile zip, List<String> ids, ListStore store) {
        for (String id : ids) {
            if (store.snapshotIds().contains(id)) {
                continue;
            }
            Path staging = store.stagingFolder();
            String prefix = PREFIX + id + "/";
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    extract(zip, entry, staging, entry.getName().substring(prefix.length()));
                }
            }
            store.adoptSnapshot(id, staging);
        }
    }

    private static void extract(ZipFile zip, ZipEntry entry, Path staging, String relative) {
        Path target = staging.resolve(relative).normalize();
        if (relative.isEmpty() || relative.contains("\\") || !target.startsWith(staging) || target.equals(staging)) {
            throw new BackupException("the archive entry " + entry.getName() + " points outside its list folder");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore " + entry.getName(), e);
        }
    }
}
