package org.parley.screening.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One party on one restricted-party list, as the list publishes it. Immutable.
 *
 * @param id stable identifier within its source file (the CSL {@code _id}, the OFAC entity number, the
 *     UN reference number, …)
 * @param listCode short code of the source list: EL, DPL, UVL, MEU, SDN, SSI, NS-MBS, CMIC, PLC, CAP,
 *     DTC, ISN, FSE, UN, …
 * @param source the list's full name, e.g. "Entity List (EL) - Bureau of Industry and Security"
 * @param entityNumber OFAC entity number where the list gives one, else null
 * @param countries ISO alpha-2 codes of the countries in the entry's addresses (and nationalities)
 * @param licenseRequirement Entity List / MEU licence requirement text, else null
 * @param licensePolicy Entity List / MEU licence review policy text, else null
 * @param federalRegisterNotice the Federal Register citation(s) as published, else null
 * @param startDate date listed / effective date where given
 * @param endDate expiry of the listing (e.g. a denial order's expiration date) where given
 */
public record ListEntry(
        String id,
        String listCode,
        String source,
        String entityNumber,
        PartyType type,
        String name,
        List<Alias> aliases,
        List<Address> addresses,
        List<String> countries,
        List<String> programs,
        String licenseRequirement,
        String licensePolicy,
        String federalRegisterNotice,
        LocalDate startDate,
        LocalDate endDate,
        String remarks,
        String sourceUrl) {

    public ListEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(listCode, "listCode");
        Objects.requireNonNull(name, "name");
        type = type == null ? PartyType.UNKNOWN : type;
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        addresses = List.copyOf(addresses == null ? List.of() : addresses);
        countries = List.copyOf(countries == null ? List.of() : countries);
        programs = List.copyOf(programs == null ? List.of() : programs);
    }

    /** The primary name followed by every alias name. */
    public Stream<String> allNames() {
        return Stream.concat(Stream.of(name), aliases.stream().map(Alias::name));
    }

    /** Whether the listing is in force on {@code day} (no end date, or ending after that day). */
    public boolean inForceOn(LocalDate day) {
        return (startDate == null || !startDate.isAfter(day)) && (endDate == null || !endDate.isBefore(day));
    }
}
