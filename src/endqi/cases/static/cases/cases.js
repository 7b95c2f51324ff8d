/* Case studies page: filter without reloading, and sort by the visitor's location.
 *
 * Without this script the filter form is an ordinary GET form and "Near me" is a
 * state picker, so everything works; this only makes it quicker.
 * - Filtering fetches /cases/results/?<filters> from this site and swaps the map
 *   markers and the list; the address bar follows (history.replaceState).
 * - "Use my location" asks the browser for the position and sorts the list in
 *   this page. The position is never sent anywhere and never stored.
 * Its words, in the page's language, come from the form's data-words (JSON), and its
 * addresses from the form (so a Spanish page stays under /es/).
 */
(function () {
  "use strict";

  var form = document.getElementById("case-filters");
  if (!form || !window.fetch || !window.DOMParser) { return; }
  var words = JSON.parse(form.getAttribute("data-words"));
  var statusLine = document.getElementById("case-status");
  var nearSelect = document.getElementById("id_near");
  var nearButton = document.getElementById("near-me");
  var nearStatus = document.getElementById("near-status");
  var position = null;   // {lat, lon} while sorting by the visitor's location
  var timer = null;
  var pending = null;

  function queryString() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim() !== "") { params.append(key, String(value).trim()); }
    });
    return params.toString();
  }

  function radians(degrees) { return degrees * Math.PI / 180; }

  function distanceKm(lat1, lon1, lat2, lon2) {
    var dPhi = radians(lat2 - lat1);
    var dLambda = radians(lon2 - lon1);
    var a = Math.pow(Math.sin(dPhi / 2), 2) +
      Math.cos(radians(lat1)) * Math.cos(radians(lat2)) * Math.pow(Math.sin(dLambda / 2), 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  function roundedMiles(km) {
    var miles = km / 1.609344;
    var step = miles < 20 ? 1 : miles < 100 ? 5 : 10;
    return Math.round(miles / step) * step;
  }

  function sortByPosition() {
    if (!position) { return; }
    var list = document.querySelector("#case-results .case-list");
    if (!list) { return; }
    var items = Array.prototype.slice.call(list.querySelectorAll(".case-item[data-lat]"));
    items.forEach(function (item) {
      var km = distanceKm(position.lat, position.lon,
        parseFloat(item.getAttribute("data-lat")), parseFloat(item.getAttribute("data-lon")));
      item.setAttribute("data-distance", String(km));
      var label = item.querySelector(".case-distance");
      if (label) { label.textContent = " · " + words.about.replace("%(miles)s", roundedMiles(km)); }
    });
    items.sort(function (a, b) {
      return parseFloat(a.getAttribute("data-distance")) - parseFloat(b.getAttribute("data-distance"));
    });
    items.forEach(function (item) { list.appendChild(item); });
    var near = document.querySelector("#case-results-heading .case-near");
    if (near) { near.textContent = ", " + words.nearestYou; }
  }

  function announce(text) {
    if (statusLine) { statusLine.textContent = text; }
  }

  function update() {
    var qs = queryString();
    if (pending) { pending.abort(); }
    pending = new AbortController();
    fetch(form.getAttribute("data-results") + (qs ? "?" + qs : ""), {
      headers: { "Accept": "text/html" },
      credentials: "same-origin",
      signal: pending.signal
    }).then(function (response) {
      return response.text();
    }).then(function (html) {
      var doc = new DOMParser().parseFromString(html, "text/html");
      var newMarkers = doc.getElementById("case-markers");
      var newResults = doc.getElementById("case-results");
      var oldMarkers = document.getElementById("case-markers");
      var oldResults = document.getElementById("case-results");
      if (!newMarkers || !newResults || !oldMarkers || !oldResults) { return; }
      oldMarkers.replaceWith(document.importNode(newMarkers, true));
      // A state filter zooms the map to that state.
      var svg = document.querySelector(".case-map-svg");
      var box = newMarkers.getAttribute("data-view-box");
      if (svg && box) { svg.setAttribute("viewBox", box); }
      oldResults.replaceWith(document.importNode(newResults, true));
      history.replaceState(null, "", form.getAttribute("action") + (qs ? "?" + qs : ""));
      sortByPosition();
      var heading = document.getElementById("case-results-heading");
      announce(heading ? heading.textContent : "");
    }).catch(function (error) {
      if (error && error.name === "AbortError") { return; }
      announce(words.failed);
    });
  }

  function scheduleUpdate() {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 250);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    update();
  });
  form.addEventListener("change", function (event) {
    if (event.target === nearSelect && nearSelect.value !== "") {
      position = null;  // a chosen state replaces the visitor's location
      if (nearStatus) { nearStatus.textContent = ""; }
    }
    scheduleUpdate();
  });
  form.addEventListener("input", function (event) {
    if (event.target.type === "search" || event.target.type === "text" || event.target.type === "number") {
      scheduleUpdate();
    }
  });

  // Highlight a case's marker while its list entry has focus or the pointer.
  function highlight(event, on) {
    var item = event.target.closest ? event.target.closest(".case-item[data-slug]") : null;
    if (!item) { return; }
    var marker = document.querySelector('.case-marker[data-slug="' + item.getAttribute("data-slug") + '"]');
    if (marker) { marker.classList.toggle("is-highlighted", on); }
  }
  document.addEventListener("focusin", function (event) { highlight(event, true); });
  document.addEventListener("focusout", function (event) { highlight(event, false); });
  document.addEventListener("mouseover", function (event) { highlight(event, true); });
  document.addEventListener("mouseout", function (event) { highlight(event, false); });

  if (nearButton && navigator.geolocation) {
    nearButton.hidden = false;
    nearButton.addEventListener("click", function () {
      if (nearStatus) { nearStatus.textContent = words.asking; }
      navigator.geolocation.getCurrentPosition(function (result) {
        position = { lat: result.coords.latitude, lon: result.coords.longitude };
        if (nearSelect && nearSelect.value !== "") {
          nearSelect.value = "";
          update();  // drop the state ordering; the list is re-sorted when it arrives
        } else {
          sortByPosition();
        }
        if (nearStatus) {
          nearStatus.textContent = words.sorted;
        }
      }, function () {
        if (nearStatus) { nearStatus.textContent = words.unavailable; }
      }, { maximumAge: 600000, timeout: 10000 });
    });
  }
})();
