package org.parley.web.pages;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.parley.core.system.ValidationException;

/**
 * The fields of a submitted form, parsed into values; a field that cannot be parsed is refused with
 * a {@link ValidationException} naming it, as the platform refuses bad input. Not thread-safe; one
 * per request.
 */
public final class Form {

    private final Context ctx;

    public Form(Context ctx) {
        this.ctx = ctx;
    }

    /** The field's text, stripped; null when absent or blank. */
    public String text(String field) {
        String value = ctx.formParam(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The field's text as typed (line breaks kept), or null when absent. */
    public String rawText(String field) {
        return ctx.formParam(field);
    }

    /** Every value of a repeated field (e.g. checkboxes), stripped, blanks dropped. */
    public List<String> texts(String field) {
        return ctx.formParams(field).stream()
                .filter(value -> !value.isBlank())
                .map(String::strip)
                .toList();
    }

    public long id(String field) {
        String value = text(field);
        if (value == null) {
            throw ValidationException.of(field, "is required");
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ValidationException.of(field, "is not a whole number: " + value);
        }
    }

    public int number(String field) {
        long value = id(field);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw ValidationException.of(field, "is out of range: " + value);
        }
        return (int) value;
    }

    /** A date as {@code yyyy-mm-dd} (what a date input sends); null when blank. */
    public LocalDate date(String field) {
        String value = text(field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "is not a date (yyyy-mm-dd): " + value);
        }
    }

    /** A time as {@code hh:mm} (what a time input sends); null when blank. */
    public LocalTime time(String field) {
        String value = text(field);
        try {
            return value == null ? null : LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(field, "is not a time (hh:mm): " + value);
        }
    }

    /** One constant of {@code type} by name; null when blank. */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "is not one of the choices: " + value);
        }
    }

    /** One constant of {@code type} by name; refused when blank. */
    public <E extends Enum<E>> E requiredChoice(String field, Class<E> type) {
        E choice = choice(field, type);
        if (choice == null) {
            throw ValidationException.of(field, "is required");
        }
        return choice;
    }

    public boolean checked(String field) {
        return text(field) != null;
    }
}
