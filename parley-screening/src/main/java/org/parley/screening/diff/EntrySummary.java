package org.parley.screening.diff;

import java.time.LocalDate;
import java.util.List;
import org.parley.screening.lists.Alias;
import org.parley.screening.lists.ListEntry;
import org.parley.screening.lists.PartyType;

/**
 * The parts of a list entry a reader of a digest needs to recognise it and judge its weight (who,
 * where, under which programme and FR notice, with what licence policy). Immutable.
 */
public record EntrySummary(
        String id,
        String entityNumber,
        String name,
        List<String> aliases,
        PartyType type,
        List<String> countries,
        List<String> programs,
        String federalRegisterNotice,
        String licenseRequirement,
        String licensePolicy,
        LocalDate startDate,
        String sourceUrl) {

    public EntrySummary {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        countries = List.copyOf(countries == null ? List.of() : countries);
        programs = List.copyOf(programs == null ? List.of() : programs);
    }

    public static EntrySummary of(ListEntry entry) {
        return new EntrySummary(
                entry.id(),
                entry.entityNumber(),
                entry.name(),
                entry.aliases().stream().map(Alias::name).toList(),
                entry.type(),
                entry.countries(),
                entry.programs(),
                entry.federalRegisterNotice(),
                entry.licenseRequirement(),
                entry.licensePolicy(),
                entry.startDate(),
                entry.sourceUrl());
    }
}
