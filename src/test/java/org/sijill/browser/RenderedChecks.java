package org.sijill.browser;

/**
 * Checks the validators cannot make, run in the browser on the rendered page: where the language
 * changes the direction is given; Latin text shown right to left sits in an isolating inline
 * element ({@code <bdi>}, an element with {@code dir}, an SVG {@code unicode-bidi="isolate"})
 * below its paragraph, so a name such as "Scale AI" keeps its order inside an Arabic sentence; icons that point the way the text
 * reads are mirrored on right-to-left pages and only there. The script returns one line per
 * problem.
 */
final class RenderedChecks {
  static final String SCRIPT =
      """
      const problems = [];
      const where = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
          + (el.className && el.className.baseVal === undefined && el.className
              ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '')
          + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
      const primary = (lang) => (lang || '').toLowerCase().split('-')[0];
      for (const el of document.querySelectorAll('body [lang]')) {
        const parent = el.parentElement.closest('[lang]');
        const inherited = primary(parent ? parent.getAttribute('lang') : '');
        const own = primary(el.getAttribute('lang'));
        const svg = el.closest('svg') !== null;
        if (own !== inherited && !el.hasAttribute(svg ? 'direction' : 'dir')) {
          problems.push('language changes to ' + own + ' without a direction: ' + where(el));
        }
      }
      const isolating = new Set(['isolate', 'isolate-override', 'plaintext']);
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!/\\p{Script=Latin}/u.test(node.data) || parent.closest('script, style, noscript')) {
          continue;
        }
        if (getComputedStyle(parent).direction !== 'rtl') {
          continue;
        }
        let isolated = false;
        for (let el = parent; el && el !== document.body; el = el.parentElement) {
          const style = getComputedStyle(el);
          if (style.display !== 'inline' && style.display !== 'contents') {
            break;
          }
          if (isolating.has(style.unicodeBidi)) {
            isolated = true;
            break;
          }
        }
        if (!isolated) {
          problems.push('Latin text not isolated in right-to-left text: "'
              + node.data.trim().slice(0, 40) + '" in ' + where(parent));
        }
      }
      for (const icon of document.querySelectorAll('svg.icon.dir')) {
        const rtl = getComputedStyle(icon.parentElement).direction === 'rtl';
        const transform = getComputedStyle(icon).transform;
        const mirrored = transform.startsWith('matrix(-1');
        if (rtl !== mirrored) {
          problems.push((rtl ? 'icon not mirrored: ' : 'icon mirrored in left-to-right text: ')
              + where(icon.parentElement));
        }
      }
      return problems;
      """;

  private RenderedChecks() {}
}
