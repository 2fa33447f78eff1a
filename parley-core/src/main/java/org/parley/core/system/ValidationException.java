package org.parley.core.system;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule, with the offending field names. Immutable. */
public final class ValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    /** One broken rule: the input field (as the API names it) and what is wrong with it. */
    public record FieldError(String field, String message) {}

    @SuppressWarnings("serial") // List.copyOf returns a serializable list
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The fields named by the errors, in order. */
    public List<String> fields() {
        return errors.stream().map(FieldError::field).toList();
    }
}
