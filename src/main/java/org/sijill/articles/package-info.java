/** Reading source articles: page chrome removed, the text split into numbered sentences with offsets. */
package org.sijill.articles;
