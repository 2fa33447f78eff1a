package org.parley.core.release;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.core.documents.Classification;
import org.parley.core.documents.StandardsContext;
import org.parley.core.members.Member;
import org.parley.core.organisations.OwnerShare;
import org.parley.rules.request.DecisionRequest;
import org.parley.rules.request.Eccn;
import org.parley.rules.request.Purpose;
import org.parley.rules.request.RecipientKind;
import org.parley.rules.request.UsStatus;

/**
 * Builds the decision request for one member recipient (docs/release.md): the person by name, with
 * their nationalities and permanent residences as citizenships; their organisation as the party they
 * act for; its recorded owners; the version's classification; purpose {@code standards}. Stateless.
 */
final class RecipientRequests {

    private RecipientRequests() {}

    static DecisionRequest of(
            String id, LocalDate date, Classification classification, Recipient recipient, List<OwnerShare> owners) {
        Member member = recipient.member();
        Set<String> citizenships = new LinkedHashSet<>(member.nationalities());
        citizenships.addAll(member.permanentResidences());
        List<DecisionRequest.Owner> ownerList = new ArrayList<>();
        owners.forEach(owner -> ownerList.add(new DecisionRequest.Owner(owner.ownerName(), owner.percent())));
        var person = new DecisionRequest.Recipient(
                member.fullName(),
                RecipientKind.PERSON,
                MemberCountries.of(member),
                List.copyOf(citizenships),
                usStatus(member),
                ownerList,
                member.organisation());
        return new DecisionRequest(
                id,
                date,
                new DecisionRequest.Item(
                        classification.itemKind(),
                        Eccn.parse(classification.eccn()),
                        classification.forEccn() == null ? null : Eccn.parse(classification.forEccn()),
                        classification.publicStatus()),
                person,
                recipient.releaseCountry(),
                Purpose.STANDARDS,
                standards(classification.standards()),
                Set.of());
    }

    private static UsStatus usStatus(Member member) {
        if (member.nationalities().contains("US")) {
            return UsStatus.CITIZEN;
        }
        return member.permanentResidences().contains("US") ? UsStatus.PERMANENT_RESIDENT : null;
    }

    private static DecisionRequest.Standards standards(StandardsContext context) {
        return context == null
                ? DecisionRequest.Standards.NONE
                : new DecisionRequest.Standards(
                        context.intendedForPublication(), context.publishedStandard(), context.organization());
    }
}
