package org.parley.core.documents;

import java.util.Arrays;
import java.util.function.Function;
import org.parley.core.system.FieldChecks;
import org.parley.rules.request.Eccn;
import org.parley.rules.request.ItemKind;
import org.parley.rules.request.PublicStatus;

/** Turns an entered classification into checked values, naming every bad field. Stateless. */
final class ClassificationChecks {

    /** The checked parts of a classification, before who and when are added. */
    record Checked(ItemKind itemKind, Eccn eccn, Eccn forEccn, PublicStatus publicStatus, StandardsContext standards) {}

    private ClassificationChecks() {}

    static Checked check(NewClassification entered) {
        FieldChecks checks = new FieldChecks();
        ItemKind kind = named(checks, "itemKind", entered.itemKind(), ItemKind.values(), ItemKind::jsonName);
        Eccn eccn = eccn(checks, "eccn", entered.eccn(), true);
        Eccn forEccn = eccn(checks, "forEccn", entered.forEccn(), false);
        PublicStatus status = entered.publicStatus() == null
                ? PublicStatus.UNPUBLISHED
                : named(checks, "publicStatus", entered.publicStatus(), PublicStatus.values(), PublicStatus::jsonName);
        checks.optionalText("standardsOrganization", entered.standardsOrganization(), 200)
                .orThrow();
        return new Checked(kind, eccn, forEccn, status, standards(entered));
    }

    private static StandardsContext standards(NewClassification entered) {
        boolean intended = Boolean.TRUE.equals(entered.intendedForPublication());
        boolean published = Boolean.TRUE.equals(entered.publishedStandard());
        String organization = entered.standardsOrganization() == null
                ? null
                : entered.standardsOrganization().strip();
        if ((organization == null || organization.isEmpty()) && !intended && !published) {
            return null;
        }
        return new StandardsContext(organization, intended, published);
    }

    private static Eccn eccn(FieldChecks checks, String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                checks.fail(field, "is required: an ECCN such as 5E002, or EAR99");
            }
            return null;
        }
        try {
            return Eccn.parse(text);
        } catch (IllegalArgumentException e) {
            checks.fail(field, e.getMessage());
            return null;
        }
    }

    private static <E> E named(FieldChecks checks, String field, String text, E[] values, Function<E, String> name) {
        for (E value : values) {
            if (name.apply(value).equals(text == null ? null : text.strip())) {
                return value;
            }
        }
        String known = String.join(", ", Arrays.stream(values).map(name).toList());
        checks.fail(field, (text == null ? "is required" : "'" + text + "' is unknown") + "; one of " + known);
        return null;
    }
}
