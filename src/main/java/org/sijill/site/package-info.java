/**
 * Rendering: page models built from the fact base, baked by JBake with Freemarker into two language
 * trees, then checked with jsoup.
 */
package org.sijill.site;
