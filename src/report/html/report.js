// Filters the findings by severity and rule; optionally hides quotes none of whose findings is shown.
// Without this script the page shows everything. The page's address can preset the filters.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  function checked(name) {
    var out = {};
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (i) { out[i.value] = i.checked; });
    return out;
  }
  function apply() {
    var sev = checked("severity"), rule = checked("rule");
    var only = form.querySelector('input[name="only"]').checked;
    var shown = 0, total = 0;
    document.querySelectorAll("li.finding").forEach(function (li) {
      var ok = sev[li.dataset.severity] !== false && rule[li.dataset.rule] !== false;
      li.hidden = !ok;
      if (li.id) { total += 1; if (ok) shown += 1; }
    });
    document.querySelectorAll("section.quote").forEach(function (s) {
      var visible = Array.prototype.some.call(s.querySelectorAll("li.finding"), function (li) { return !li.hidden; });
      s.hidden = only && !visible;
      s.querySelectorAll("mark.hit").forEach(function (m) {
        var live = (m.dataset.findings || "").split(" ").some(function (id) {
          var li = document.getElementById(id);
          return li && !li.hidden;
        });
        m.classList.toggle("muted", !live);
      });
    });
    document.getElementById("shown").textContent = shown + " of " + total + " findings shown";
  }
  // A link can carry a filter: report.html?severity=error&rule=term-missing,omission&only=1
  var query = new URLSearchParams(window.location.search);
  ["severity", "rule"].forEach(function (name) {
    if (!query.has(name)) return;
    var wanted = query.get(name).split(",");
    form.querySelectorAll('input[name="' + name + '"]').forEach(function (i) { i.checked = wanted.indexOf(i.value) >= 0; });
  });
  if (query.get("only") === "1") form.querySelector('input[name="only"]').checked = true;
  form.addEventListener("change", apply);
  apply();
})();
