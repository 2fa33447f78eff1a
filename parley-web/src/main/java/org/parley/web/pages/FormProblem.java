package org.parley.web.pages;

import org.parley.core.system.ValidationException.FieldError;

/**
 * What is wrong with one field of a form sent back for correction, shown next to it: a bundle text
 * for the refusals forms expect, and for any other the platform's own words as detail. Immutable.
 */
public record FormProblem(String messageKey, String detail) {

    static FormProblem of(FieldError error) {
        String message = error.message();
        if (message.equals("is required") || message.equals("needs at least one value")) {
            return new FormProblem("form.error.required", "");
        }
        if (message.startsWith("is not a date")) {
            return new FormProblem("form.error.date", "");
        }
        if (message.startsWith("is longer than")) {
            return new FormProblem("form.error.tooLong", message.replaceAll("\\D+", ""));
        }
        if (message.startsWith("is not one of the choices")) {
            return new FormProblem("form.error.choice", "");
        }
        return switch (error.field()) {
            case "texts" -> new FormProblem("form.error.textNeeded", "");
            case "authoritativeLanguage" -> new FormProblem("form.error.authoritative", "");
            case "sideIds" -> new FormProblem("form.error.sides", "");
            default -> new FormProblem("form.error.invalid", message);
        };
    }
}
