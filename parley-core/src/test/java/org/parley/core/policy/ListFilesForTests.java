package org.parley.core.policy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Writes small Entity List files in the CSL CSV layout, with fictitious parties, so that tests can
 * import list updates through the real readers.
 */
public final class ListFilesForTests {

    private static final String HEADER = "_id,source,entity_number,type,programs,name,title,addresses,"
            + "federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,"
            + "call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,"
            + "source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,"
            + "source_information_url,ids";
    private static final String SOURCE = "Entity List (EL) - Bureau of Industry and Security";

    private ListFilesForTests() {}

    /** One Entity List row: a fictitious party in {@code country}, added by {@code notice}. */
    public static String entityListRow(String id, String name, String country, String notice) {
        String[] fields = new String[29];
        Arrays.fill(fields, "");
        fields[0] = id;
        fields[1] = SOURCE;
        fields[5] = name;
        fields[7] = country;
        fields[8] = notice;
        fields[12] = "For all items subject to the EAR.";
        fields[13] = "Presumption of denial";
        fields[21] = "https://www.bis.gov/regulations/ear/744#supplement-4-744";
        return Arrays.stream(fields).map(field -> '"' + field + '"').collect(Collectors.joining(","));
    }

    /** A CSL CSV file named with its data date, e.g. {@code el-2026-09-01.csv}. */
    public static Path write(Path folder, String date, String... rows) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(
                    folder.resolve("el-" + date + ".csv"), HEADER + "\n" + String.join("\n", rows) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
