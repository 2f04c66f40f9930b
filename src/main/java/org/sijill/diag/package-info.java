/** Problems found in input files, each with the position it was found at. */
package org.sijill.diag;
