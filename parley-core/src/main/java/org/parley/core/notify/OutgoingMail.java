package org.parley.core.notify;

/**
 * An e-mail to send. Immutable.
 *
 * @param calendar an RFC 5545 text sent as a text/calendar part, or null
 */
public record OutgoingMail(String to, String subject, String body, String calendar) {}
