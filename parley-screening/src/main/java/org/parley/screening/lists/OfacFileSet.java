package org.parley.screening.lists;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The two OFAC legacy CSV file sets: the SDN list and the non-SDN consolidated list. Immutable. */
public enum OfacFileSet {
    SDN("OFAC-SDN-CSV", "sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"),
    CONSOLIDATED("OFAC-CONS-CSV", "cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv");

    private final String format;
    private final String primary;
    private final String aliases;
    private final String addresses;
    private final String comments;

    OfacFileSet(String format, String primary, String aliases, String addresses, String comments) {
        this.format = format;
        this.primary = primary;
        this.aliases = aliases;
        this.addresses = addresses;
        this.comments = comments;
    }

    public String format() {
        return format;
    }

    public String primary() {
        return primary;
    }

    public String aliases() {
        return aliases;
    }

    public String addresses() {
        return addresses;
    }

    /** The optional remarks-overflow file. */
    public String comments() {
        return comments;
    }

    /** Every file name of the set, primary first. */
    public List<String> fileNames() {
        return List.of(primary, aliases, addresses, comments);
    }

    /** Whether {@code folder} holds any file of this set (a set may be incomplete: reading reports it). */
    public boolean presentIn(Path folder) {
        return fileNames().stream().anyMatch(name -> Files.isRegularFile(folder.resolve(name)));
    }

    /** The set a file name belongs to, if any. */
    public static Optional<OfacFileSet> ofFileName(String fileName) {
        for (OfacFileSet set : values()) {
            if (set.fileNames().contains(fileName)) {
                return Optional.of(set);
            }
        }
        return Optional.empty();
    }
}
