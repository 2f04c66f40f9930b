/*
 * Sijill search: filters the index on the search page as one types. The page lists everything
 * and works without this script. Each word of the query must appear in an entry's keys: its names
 * and aliases, normalised at build time as the extractor normalises Arabic
 * (org.sijill.extract.ArabicText); normalize() below does the same to the query.
 */
(function () {
  "use strict";

  var ALEF = "\u0627";
  var SWAPS = {
    "\u066B": ".", "\u06D4": ".", "\u066C": ",", "\u066A": "%",
    "\u201C": "\"", "\u201D": "\"", "\u201E": "\"", "\u201F": "\"", "\u00AB": "\"", "\u00BB": "\"",
    "\u2033": "\"", "\u2018": "'", "\u2019": "'", "\u201A": "'", "\u201B": "'", "\u2032": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u06A9": "\u0643", "\u06CC": "\u064A", "\u0671": ALEF
  };
  var LUCENE = {
    "\u0622": ALEF, "\u0623": ALEF, "\u0625": ALEF, "\u0649": "\u064A", "\u0629": "\u0647"
  };

  function digitValue(cp) {
    var zero = cp;
    while (cp - zero < 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) {
      zero--;
    }
    return cp - zero;
  }

  /** One code point after NFKC, or null to drop it. */
  function map(c) {
    var cp = c.codePointAt(0);
    if (/[\p{Mn}\p{Cf}]/u.test(c) || cp === 0x640) {
      return null;
    }
    if (cp > 0x7f && /\p{Nd}/u.test(c)) {
      return String.fromCharCode(48 + digitValue(cp));
    }
    if (Object.prototype.hasOwnProperty.call(SWAPS, c)) {
      return SWAPS[c];
    }
    if (/[\s\p{Z}]/u.test(c)) {
      return " ";
    }
    return c.toLowerCase();
  }

  function normalize(text) {
    var out = "";
    for (var ch of text) {
      for (var c of ch.normalize("NFKC")) {
        var m = map(c);
        if (m === null) {
          continue;
        }
        if (/\p{Script=Arabic}/u.test(m) && m.length === 1) {
          if (/[\u064B-\u0652\u0640]/.test(m)) {
            continue;
          }
          m = LUCENE[m] || m;
        }
        out += m;
      }
    }
    return out;
  }
  window.sijillNormalize = normalize;

  var input = document.getElementById("q");
  var status = document.getElementById("found");
  if (!input || !status) {
    return;
  }
  var items = Array.prototype.slice.call(document.querySelectorAll("li[data-keys]"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.results"));
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
  var everything = status.innerHTML;

  function found(n) {
    if (n === 0) {
      return status.getAttribute("data-zero");
    }
    var form = rules ? status.getAttribute("data-" + rules.select(n)) : null;
    return (form || status.getAttribute("data-other")).replace("#", String(n));
  }

  function apply() {
    var words = normalize(input.value).split(" ").filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var keys = item.getAttribute("data-keys");
      var match = words.every(function (w) { return keys.indexOf(w) >= 0; });
      item.hidden = !match;
      if (match) {
        shown++;
      }
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector("li[data-keys]:not([hidden])");
    });
    if (words.length === 0) {
      status.innerHTML = everything;
    } else {
      status.textContent = found(shown);
    }
  }

  input.addEventListener("input", apply);
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    apply();
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
  }
  apply();
})();
