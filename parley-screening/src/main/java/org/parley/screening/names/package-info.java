/**
 * Name normalization: any script to comparable lower-case ASCII tokens.
 *
 * <p>{@link org.parley.screening.names.NameNormalizer#normalize(String)} applies, in order: Unicode
 * compatibility folding (full-width forms), Chinese traditional/Japanese forms to simplified, Han
 * runs through a generic glossary of organisational terms, legal forms and place names (大学 →
 * university, 有限公司 → co ltd, 北京 → Beijing; never the name of one organisation) with the rest as
 * pinyin joined the way English spells names (华为 → huawei), other scripts to Latin with ICU4J,
 * case, diacritics and punctuation, "LAST, First" turned around, titles and function words dropped,
 * numbers and ordinals read, legal forms collapsed to one canonical down-weighted token (also when
 * mistyped), and place prefixes and initials marked. Every step leaves a note for explanations.
 *
 * <p>{@link org.parley.screening.names.TokenSimilarity} compares two normalized words: exact, a typo
 * within an edit budget that grows with length, or a transliteration sound-alike.
 */
package org.parley.screening.names;
