package org.parley.core.notify;

/**
 * Someone to notify, as their membership records them. Immutable.
 *
 * @param userId their account, or null (then e-mail only)
 * @param language their preferred language tag, choosing the template
 */
public record Addressee(Long userId, String name, String email, String language) {}
