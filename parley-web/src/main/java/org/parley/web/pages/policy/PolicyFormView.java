package org.parley.web.pages.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.parley.core.groups.Group;
import org.parley.core.groups.Side;
import org.parley.core.policy.InstrumentType;

/**
 * The form that posts a policy update or corrects one: the values as typed, each field's problem,
 * where it posts, and the sides the poster may post for. Immutable.
 *
 * @param updateId the update being corrected, or null for a new one
 * @param sides the poster's sides; a choice is offered when there are several
 */
public record PolicyFormView(
        Group group,
        PolicyFormValues values,
        Map<String, FieldProblem> problems,
        String action,
        Long updateId,
        List<Side> sides) {

    public PolicyFormView {
        problems = Map.copyOf(problems);
        sides = List.copyOf(sides);
    }

    public boolean has(String field) {
        return problems.containsKey(field);
    }

    /** The field's {@code aria-invalid} value. */
    public String invalid(String field) {
        return Boolean.toString(has(field));
    }

    public FieldProblem problem(String field) {
        return problems.get(field);
    }

    /** The language fields with their typed title and summary, in the order shown. */
    public List<String> languages() {
        return PolicyFormValues.LANGUAGES;
    }

    public String title(String language) {
        return "zh".equals(language) ? values.titleZh() : values.titleEn();
    }

    public String summary(String language) {
        return "zh".equals(language) ? values.summaryZh() : values.summaryEn();
    }

    public List<InstrumentType> instrumentTypes() {
        return Arrays.asList(InstrumentType.values());
    }
}
