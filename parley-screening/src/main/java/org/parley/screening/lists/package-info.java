/**
 * Restricted-party lists: the model ({@link org.parley.screening.lists.ListEntry}, {@link
 * org.parley.screening.lists.ListSnapshot}) and readers for the official download formats.
 *
 * <p>{@link org.parley.screening.lists.ListFiles#read(java.nio.file.Path)} reads one file or a
 * folder tree and recognises the format by name and content: trade.gov Consolidated Screening List
 * CSV (current 29-column and older 28-column layouts) and JSON ({@code consolidated.json}), OFAC
 * legacy CSV sets ({@code sdn.csv}/{@code alt.csv}/{@code add.csv}/{@code sdn_comments.csv} and the
 * {@code cons_*} equivalents), the UN Security Council consolidated XML and the legacy BIS Denied
 * Persons List text file. Every reader either returns a complete snapshot or throws a {@link
 * org.parley.screening.lists.ListFileException} naming the file and line.
 *
 * <p>Choices worth knowing:
 *
 * <ul>
 *   <li>Names and aliases are kept as published (OFAC "LAST, First"); the matcher handles order.
 *   <li>Countries are ISO alpha-2 codes where the published value maps to one ({@link
 *       org.parley.screening.lists.Countries}); values without a code (e.g. "CRIMEA (OCCUPIED)") are
 *       kept as text.
 *   <li>Weak aliases: OFAC remarks {@code a.k.a. 'X'} and alias type "weak aka", UN alias quality
 *       "Low".
 *   <li>The data date comes from the content (UN {@code dateGenerated}, CSL JSON {@code
 *       search_performed_at}), else a date in the file or folder name, else the file's
 *       last-modified day.
 * </ul>
 */
package org.parley.screening.lists;
