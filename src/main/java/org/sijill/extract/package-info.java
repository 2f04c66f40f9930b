/** Extraction: entities, values, moves and deals proposed from an article's text, each with its sources. */
package org.sijill.extract;
