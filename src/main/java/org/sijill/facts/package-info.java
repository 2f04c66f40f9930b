/** The fact base: the records editors keep in {@code content/}, read and written as YAML, and merged with new candidates. */
package org.sijill.facts;
