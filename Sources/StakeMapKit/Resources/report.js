// Search by name and zoom on the stakeholder map. Everything on the page reads
// without this script; it only adds the controls above the map.
(function () {
  "use strict";
  var box = document.getElementById("map-picture");
  if (!box) return;
  var svg = box.querySelector("svg");
  if (!svg) return;
  var scale = 1;
  var tools = document.createElement("div");
  tools.className = "map-tools";
  var search = document.createElement("input");
  search.type = "search";
  search.placeholder = box.dataset.search;
  search.setAttribute("aria-label", box.dataset.search);
  var said = document.createElement("output");
  function button(label, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.addEventListener("click", action);
    tools.appendChild(b);
  }
  tools.appendChild(search);
  function zoom(factor) {
    scale = factor === 0 ? 1 : Math.min(8, Math.max(1, scale * factor));
    svg.style.width = 100 * scale + "%";
  }
  button(box.dataset.zoomIn, function () { zoom(1.5); });
  button(box.dataset.zoomOut, function () { zoom(1 / 1.5); });
  button(box.dataset.fit, function () { zoom(0); });
  tools.appendChild(said);
  box.parentNode.insertBefore(tools, box);
  var nodes = Array.prototype.slice.call(svg.querySelectorAll("g.node"));
  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var names = nodes.map(function (node) { return fold(node.textContent); });
  search.addEventListener("input", function () {
    var query = fold(search.value.trim());
    var first = null;
    var count = 0;
    nodes.forEach(function (node, index) {
      var match = query !== "" && names[index].indexOf(query) >= 0;
      node.classList.toggle("match", match);
      if (match) { count += 1; first = first || node; }
    });
    box.classList.toggle("searching", query !== "");
    said.textContent = query === "" ? "" : count > 0 ? count + " " + box.dataset.found : box.dataset.notFound;
    if (first) {
      if (scale < 2) zoom(2 / scale);
      var frame = box.getBoundingClientRect();
      var spot = first.getBoundingClientRect();
      box.scrollLeft += spot.left - frame.left - frame.width / 2 + spot.width / 2;
      box.scrollTop += spot.top - frame.top - frame.height / 2 + spot.height / 2;
    }
  });
})();
