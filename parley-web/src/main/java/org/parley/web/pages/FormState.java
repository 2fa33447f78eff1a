package org.parley.web.pages;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.system.ValidationException;
import org.parley.web.auth.Authentication;

/**
 * A form of a page sent back for correction: which of the page's forms, its values as typed and the
 * problem of each field, so that the page shows that form open with each problem next to its field.
 * {@link #NONE} when the page is shown afresh. Immutable.
 *
 * @param name the form's name, unique on its page (e.g. {@code proposal} or {@code milestone-7})
 */
public record FormState(String name, Map<String, List<String>> values, Map<String, FormProblem> problems) {

    public static final FormState NONE = new FormState("", Map.of(), Map.of());

    public FormState {
        values = Map.copyOf(values);
        problems = Map.copyOf(problems);
    }

    /** The form {@code name} as posted, with one problem (the first) per field the platform named. */
    static FormState of(String name, Context ctx, ValidationException refusal) {
        Map<String, List<String>> typed = new LinkedHashMap<>(ctx.formParamMap());
        typed.remove(Authentication.CSRF_FIELD);
        Map<String, FormProblem> problems = new LinkedHashMap<>();
        refusal.errors().forEach(error -> problems.putIfAbsent(error.field(), FormProblem.of(error)));
        return new FormState(name, typed, problems);
    }

    /** Whether {@code form} is the one sent back (its disclosure is then shown open). */
    public boolean open(String form) {
        return name.equals(form);
    }

    /** The value typed into the field of {@code form} when it was sent back, else empty. */
    public String value(String form, String field) {
        return value(form, field, "");
    }

    /** The value typed into the field when {@code form} was sent back, else {@code fallback} (e.g. the current text). */
    public String value(String form, String field, String fallback) {
        if (!open(form)) {
            return fallback == null ? "" : fallback;
        }
        List<String> typed = values.getOrDefault(field, List.of());
        return typed.isEmpty() ? "" : typed.getFirst();
    }

    /** Whether {@code option} was chosen in the field (a select or a checkbox) when {@code form} was sent back. */
    public boolean chosen(String form, String field, String option) {
        return open(form) && values.getOrDefault(field, List.of()).contains(option);
    }

    public boolean has(String form, String field) {
        return open(form) && problems.containsKey(field);
    }

    /** The field's {@code aria-invalid} value. */
    public String invalid(String form, String field) {
        return Boolean.toString(has(form, field));
    }

    public FormProblem problem(String form, String field) {
        return open(form) ? problems.get(field) : null;
    }

    /** How many problems {@code form} was sent back with (0 for the other forms). */
    public int problemCount(String form) {
        return open(form) ? problems.size() : 0;
    }
}
