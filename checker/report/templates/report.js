(function () {
  "use strict";
  var box = document.getElementById("filters");
  var sev = document.getElementById("f-sev"), code = document.getElementById("f-code"), art = document.getElementById("f-art");
  var out = document.getElementById("f-count");
  function apply() {
    var shown = 0;
    document.querySelectorAll(".finding").forEach(function (el) {
      var ok = (!sev.value || el.dataset.severity === sev.value) &&
        (!code.value || el.dataset.code === code.value) &&
        (!art.value || (" " + el.dataset.articles + " ").indexOf(" " + art.value + " ") >= 0);
      el.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.querySelectorAll(".group, section.sev").forEach(function (g) {
      g.hidden = !g.querySelector(".finding:not([hidden])");
    });
    out.textContent = shown + " shown";
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var t = id && document.getElementById(id);
    if (!t) { return; }
    var d = t.closest("details");
    if (d) { d.open = true; }
    document.querySelectorAll(".hl").forEach(function (e) { e.classList.remove("hl"); });
    var m = t.closest("mark") || t;
    m.classList.add("hl");
    m.scrollIntoView({block: "center"});
  }
  if (box) {
    box.hidden = false;
    [sev, code, art].forEach(function (s) { s.addEventListener("change", apply); });
    apply();
  }
  window.addEventListener("hashchange", reveal);
  reveal();
})();
