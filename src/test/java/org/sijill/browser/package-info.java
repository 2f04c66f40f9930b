/**
 * The real site, built once from {@code content/} and {@code seeds/}, checked as readers and
 * machines get it: the Nu Html Checker on every page, axe-core and the rendering in headless
 * Chromium, screenshots, the readers' tasks, search, and the downloads read back.
 */
package org.sijill.browser;
