package org.parley.core.system;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects every broken input rule of one request so the caller sees all of them at once. Not
 * thread-safe; use one per request.
 */
public final class FieldChecks {

    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    /** Text that must be present and at most {@code maxLength} characters long. */
    public FieldChecks text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return fail(field, "is required");
        }
        return check(value.length() <= maxLength, field, "is longer than " + maxLength + " characters");
    }

    /** Text that may be absent but, when present, is at most {@code maxLength} characters long. */
    public FieldChecks optionalText(String field, String value, int maxLength) {
        return check(
                value == null || value.length() <= maxLength, field, "is longer than " + maxLength + " characters");
    }

    public FieldChecks present(String field, Object value) {
        return check(value != null, field, "is required");
    }

    public FieldChecks notEmpty(String field, Collection<?> values) {
        return check(values != null && !values.isEmpty(), field, "needs at least one value");
    }

    public FieldChecks check(boolean valid, String field, String message) {
        return valid ? this : fail(field, message);
    }

    public FieldChecks fail(String field, String message) {
        errors.add(new ValidationException.FieldError(field, message));
        return this;
    }

    /** Throws a {@link ValidationException} naming every failed field, if any failed. */
    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
