package org.parley.web.system;

import java.util.Map;

/** Ends a request with an HTTP error status and a JSON {@link ApiError} body. */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, String> fields;

    public ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    public ApiException(int status, String message, Map<String, String> fields) {
        super(message);
        this.status = status;
        this.fields = Map.copyOf(fields);
    }

    public static ApiException badRequest(String field, String problem) {
        return new ApiException(400, "invalid request: " + field + " " + problem, Map.of(field, problem));
    }

    public int status() {
        return status;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
