package org.parley.core.notify;

import java.util.Map;
import java.util.Optional;

/**
 * Where and how e-mail is sent. Immutable.
 *
 * @param username null for an unauthenticated relay
 * @param startTls whether to require STARTTLS
 */
public record MailSettings(String host, int port, String from, String username, String password, boolean startTls) {

    /**
     * From {@code PARLEY_SMTP_HOST} (required to send at all), {@code PARLEY_SMTP_PORT} (587), {@code
     * PARLEY_SMTP_FROM}, {@code PARLEY_SMTP_USER}, {@code PARLEY_SMTP_PASSWORD}, {@code
     * PARLEY_SMTP_STARTTLS} (true).
     */
    public static Optional<MailSettings> fromEnvironment(Map<String, String> environment) {
        String host = environment.get("PARLEY_SMTP_HOST");
        if (host == null || host.isBlank()) {
            return Optional.empty();
        }
        String port = environment.getOrDefault("PARLEY_SMTP_PORT", "587");
        try {
            return Optional.of(new MailSettings(
                    host.strip(),
                    Integer.parseInt(port.strip()),
                    environment.getOrDefault("PARLEY_SMTP_FROM", "parley@" + host.strip()),
                    environment.get("PARLEY_SMTP_USER"),
                    environment.get("PARLEY_SMTP_PASSWORD"),
                    !"false".equalsIgnoreCase(environment.getOrDefault("PARLEY_SMTP_STARTTLS", "true"))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PARLEY_SMTP_PORT: '" + port + "' is not a port number", e);
        }
    }
}
