package org.parley.core.members;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.parley.core.organisations.OrganisationOwners;
import org.parley.screening.ScreeningQuery;
import org.parley.screening.lists.PartyType;

/**
 * Everyone a re-screening covers, read in a few bulk queries: each active member with the queries
 * for their name, organisation and its owners, and the dismissals already on record. Immutable.
 */
record RescreenPopulation(List<Person> people, Map<Long, Set<ScreeningOutcome.DismissalKey>> dismissals) {

    /** One active member and what to screen for them. */
    record Person(long memberId, List<ScreeningQuery> queries) {}

    private record MemberRow(long id, long groupId, String fullName, String organisation) {}

    private record CountryRow(long memberId, String country) {}

    private record OrganisationKey(long groupId, String organisation) {}

    static RescreenPopulation load(Handle handle) {
        Map<Long, String> firstNationality = new HashMap<>();
        handle.createQuery("SELECT member_id, country FROM member_countries WHERE kind = 'NATIONALITY'"
                        + " ORDER BY member_id, country")
                .mapTo(CountryRow.class)
                .forEach(row -> firstNationality.putIfAbsent(row.memberId(), row.country()));
        Map<OrganisationKey, List<String>> owners = new HashMap<>();
        for (OrganisationOwners.Row row : OrganisationOwners.all(handle)) {
            owners.computeIfAbsent(new OrganisationKey(row.groupId(), row.organisation()), key -> new ArrayList<>())
                    .add(row.ownerName());
        }
        List<Person> people = new ArrayList<>();
        handle.createQuery("SELECT id, group_id, full_name, organisation FROM members WHERE status = 'ACTIVE'"
                        + " ORDER BY id")
                .mapTo(MemberRow.class)
                .forEach(row -> people.add(person(row, firstNationality.get(row.id()), owners)));
        Map<Long, Set<ScreeningOutcome.DismissalKey>> dismissals = new HashMap<>();
        handle.createQuery("SELECT member_id, screened_name, list_code, entry_id, entry_hash FROM screening_dismissals")
                .map((rs, ctx) -> Map.entry(
                        rs.getLong("member_id"),
                        new ScreeningOutcome.DismissalKey(
                                rs.getString("screened_name"),
                                rs.getString("list_code"),
                                rs.getString("entry_id"),
                                rs.getString("entry_hash"))))
                .forEach(entry -> dismissals
                        .computeIfAbsent(entry.getKey(), id -> new HashSet<>())
                        .add(entry.getValue()));
        return new RescreenPopulation(people, dismissals);
    }

    /** The same queries the member screening uses when a member is added, plus the owners. */
    private static Person person(MemberRow row, String nationality, Map<OrganisationKey, List<String>> owners) {
        Set<ScreeningQuery> queries = new LinkedHashSet<>();
        queries.add(new ScreeningQuery(row.fullName(), nationality, PartyType.PERSON));
        queries.add(new ScreeningQuery(row.organisation(), null, PartyType.ORGANIZATION));
        owners.getOrDefault(new OrganisationKey(row.groupId(), row.organisation()), List.of())
                .forEach(owner -> queries.add(new ScreeningQuery(owner, null, PartyType.UNKNOWN)));
        return new Person(row.id(), List.copyOf(queries));
    }

    Set<ScreeningQuery> distinctQueries() {
        Set<ScreeningQuery> distinct = new HashSet<>();
        people.forEach(person -> distinct.addAll(person.queries()));
        return distinct;
    }
}
