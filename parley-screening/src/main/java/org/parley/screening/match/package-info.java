/**
 * Scoring and explanations: {@link org.parley.screening.match.NameScreener} implements {@link
 * org.parley.screening.Screener}. Each candidate is aligned token by token (best pairs first, any
 * order, two words against one), scored as the IDF-weighted share of both names covered (legal
 * forms barely count; a missing place prefix or extra middle name costs less than a conflicting
 * word), adjusted mildly by country and type hints, and explained ("token typo: huawie~huawei
 * (0.90)", "only in list name: hangzhou (place prefix)", "country matches CN").
 * {@link org.parley.screening.match.NameScreener#DEFAULT_THRESHOLD} is tuned on the evaluation sets
 * of parley-bench.
 */
package org.parley.screening.match;
