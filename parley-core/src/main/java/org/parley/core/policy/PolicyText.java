package org.parley.core.policy;

/**
 * A policy update's title and summary in one language. Immutable.
 *
 * @param summary may be null: a title alone can be enough (e.g. an FAQ's question)
 */
public record PolicyText(String title, String summary) {}
