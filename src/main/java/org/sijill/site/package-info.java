/**
 * Rendering: page models built one at a time from the fact base, rendered by JBake with Freemarker
 * into two language trees on every core, each page checked with jsoup as it is written.
 */
package org.sijill.site;
