package org.parley.core.members;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.parley.core.members.MemberDao.CountryRow;
import org.parley.core.members.MemberDao.MemberRow;

/** Reads and writes whole {@link Member}s, countries included, within the caller's handle. Stateless. */
final class MemberRepository {

    private static final String NATIONALITY = "NATIONALITY";
    private static final String PERMANENT_RESIDENCE = "PERMANENT_RESIDENCE";

    private MemberRepository() {}

    static long insert(Handle handle, long groupId, NewMember member, MemberStatus status, Instant now) {
        MemberDao members = handle.attach(MemberDao.class);
        long id = members.insert(groupId, member, status, now);
        member.nationalities().stream().distinct().forEach(country -> members.insertCountry(id, NATIONALITY, country));
        member.permanentResidences().stream()
                .distinct()
                .forEach(country -> members.insertCountry(id, PERMANENT_RESIDENCE, country));
        return id;
    }

    static Optional<Member> find(Handle handle, long id) {
        MemberDao members = handle.attach(MemberDao.class);
        return members.find(id).map(row -> assemble(row, members.countriesOf(id)));
    }

    static List<Member> ofGroup(Handle handle, long groupId) {
        MemberDao members = handle.attach(MemberDao.class);
        Map<Long, List<CountryRow>> countries =
                members.countriesOfGroup(groupId).stream().collect(Collectors.groupingBy(CountryRow::memberId));
        return members.ofGroup(groupId).stream()
                .map(row -> assemble(row, countries.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private static Member assemble(MemberRow row, List<CountryRow> countries) {
        return new Member(
                row.id(),
                row.groupId(),
                row.sideId(),
                row.userId(),
                row.fullName(),
                row.organisation(),
                row.email(),
                row.preferredLanguage(),
                row.timeZone(),
                row.role(),
                row.status(),
                row.createdAt(),
                countriesOfKind(countries, NATIONALITY),
                countriesOfKind(countries, PERMANENT_RESIDENCE));
    }

    private static List<String> countriesOfKind(List<CountryRow> countries, String kind) {
        return countries.stream()
                .filter(country -> country.kind().equals(kind))
                .map(CountryRow::country)
                .toList();
    }
}
