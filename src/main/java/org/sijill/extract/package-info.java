/**
 * Extraction: entities, values, moves and deals proposed from an article's text, each with its
 * sources.
 *
 * <p>Text is matched in a normalised form ({@link org.sijill.extract.ArabicText}) that keeps
 * offsets into the original. Known people and organisations are found by the {@link
 * org.sijill.extract.Gazetteer} (clitics, glued words, spelling variants); unknown ones by the
 * {@link org.sijill.extract.NameFinder}; money, percentages, counts and dates by {@link
 * org.sijill.extract.Values}. The {@link org.sijill.extract.Extractor} links repeated names within
 * an article and proposes roles, moves and deals as draft fact records. It keeps the fact base's
 * names indexed across articles and re-indexes only what a merge changed, laying each article's
 * own names over them; the part of extraction that does not depend on the fact base ({@link
 * org.sijill.extract.Extractor#prepare}) may run on other threads ahead. The move and deal rules
 * read each sentence in a fixed order ({@link org.sijill.extract.MoveRules}, {@link
 * org.sijill.extract.DealRules}). A rule that can find nothing without one of a few words (a verb,
 * a title, a deal word) declares them ({@link org.sijill.extract.Triggered}) and is asked only
 * about the sentences that hold one. Every word list and rule table is a data file under {@code
 * org/sijill/extract/} (see the README there).
 */
package org.sijill.extract;
