package org.parley.web.pages.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.system.ValidationException.FieldError;

/**
 * What is wrong with one form field, shown next to it: a bundle text for the kinds of refusal the
 * form expects, and for any other the platform's own words as detail. Immutable.
 */
public record FieldProblem(String messageKey, String detail) {

    /** The message of a date that cannot be read. */
    static final String NOT_A_DATE = "is not a date (yyyy-mm-dd)";

    static FieldProblem of(FieldError error) {
        String message = error.message();
        if (message.equals("is required")) {
            return new FieldProblem("policy.error.required", "");
        }
        if (message.equals(NOT_A_DATE)) {
            return new FieldProblem("policy.error.date", "");
        }
        if (message.startsWith("is longer than")) {
            return new FieldProblem("policy.error.tooLong", message.replaceAll("\\D+", ""));
        }
        return switch (error.field()) {
            case "texts" -> new FieldProblem("policy.error.titleNeeded", "");
            case "jurisdiction" -> new FieldProblem("policy.error.jurisdiction", "");
            case "sourceUrl" -> new FieldProblem("policy.error.sourceUrl", "");
            case "authoritativeLanguage" -> new FieldProblem("policy.error.authoritative", "");
            default -> new FieldProblem("policy.error.invalid", message);
        };
    }

    /** One problem per field (the first), by the field's name. */
    static Map<String, FieldProblem> byField(List<FieldError> errors) {
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        errors.forEach(error -> problems.putIfAbsent(error.field(), of(error)));
        return problems;
    }
}
