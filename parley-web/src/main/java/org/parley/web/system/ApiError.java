package org.parley.web.system;

import java.util.Map;

/**
 * The body of every error response: a message for people and, for invalid input, the failing
 * fields with what is wrong with each.
 */
public record ApiError(int status, String error, Map<String, String> fields) {
    public ApiError {
        fields = Map.copyOf(fields == null ? Map.of() : fields);
    }
}
