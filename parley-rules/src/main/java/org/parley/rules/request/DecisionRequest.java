package org.parley.rules.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One release to decide: what, to whom, where, why, on which day (contracts.md §2). Immutable; built
 * by {@link DecisionRequestReader} or directly in code.
 *
 * @param id caller's identifier, echoed in the determination (may be null)
 * @param date the day of the release; rules are applied as they stood on that day
 * @param releaseCountry where the release happens; {@code US} plus a foreign person is a deemed export
 */
public record DecisionRequest(
        String id,
        LocalDate date,
        Item item,
        Recipient recipient,
        String releaseCountry,
        Purpose purpose,
        Standards standards,
        Set<Knowledge> knowledge) {

    public DecisionRequest {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(releaseCountry, "releaseCountry");
        Objects.requireNonNull(purpose, "purpose");
        standards = standards == null ? Standards.NONE : standards;
        knowledge = Set.copyOf(knowledge == null ? Set.of() : knowledge);
    }

    /**
     * What is released.
     *
     * @param forEccn for technology or software: the item it is for, or null
     */
    public record Item(ItemKind kind, Eccn eccn, Eccn forEccn, PublicStatus publicStatus) {
        public Item {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(eccn, "eccn");
            publicStatus = publicStatus == null ? PublicStatus.UNPUBLISHED : publicStatus;
        }
    }

    /**
     * Who receives the release.
     *
     * @param citizenships for persons: most recent citizenship(s) or permanent residency, alpha-2
     * @param usStatus null for a foreign person
     * @param onBehalfOf a party acting through this recipient (e.g. seconding staff), or null
     */
    public record Recipient(
            String name,
            RecipientKind kind,
            String country,
            List<String> citizenships,
            UsStatus usStatus,
            List<Owner> owners,
            String onBehalfOf) {
        public Recipient {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(country, "country");
            citizenships = List.copyOf(citizenships == null ? List.of() : citizenships);
            owners = List.copyOf(owners == null ? List.of() : owners);
        }

        /** A US citizen, permanent resident or protected individual is not a foreign person (§772.1). */
        public boolean isUsPerson() {
            return usStatus != null || (kind == RecipientKind.PERSON && citizenships.contains("US"));
        }
    }

    /** An owner of the recipient and its share in percent, for the affiliates (50 %) rule. */
    public record Owner(String name, double percent) {
        public Owner {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The standards context, when {@code purpose} is {@code standards}.
     *
     * @param intendedForPublication the resulting standard is meant to be published
     * @param publishedStandard the activity concerns an already-published standard (implementation,
     *     conformity testing, plugfest)
     */
    public record Standards(boolean intendedForPublication, boolean publishedStandard, String organization) {
        public static final Standards NONE = new Standards(false, false, null);
    }
}
