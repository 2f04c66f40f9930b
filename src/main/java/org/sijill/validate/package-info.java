/** Checks the fact files: their shape against the JSON schemas, then ids, references and quotes. */
package org.sijill.validate;
