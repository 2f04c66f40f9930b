/**
 * Measuring extraction: gold annotations of articles ({@link org.sijill.eval.GoldReader}), the
 * alignment of what extraction proposes with them ({@link org.sijill.eval.Scorer}), and precision,
 * recall and F1 for people, organisations, moves and deals with every miss and false hit listed
 * ({@link org.sijill.eval.Report}). {@link org.sijill.eval.Evaluate} is the command.
 */
package org.sijill.eval;
