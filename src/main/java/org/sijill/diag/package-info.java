/**
 * Problems found in input files, each with the position it was found at; and the stage timings a
 * build prints when asked ({@code -Dsijill.timing=true}).
 */
package org.sijill.diag;
