// "Use my location": ask the browser once, then load the plain GET URL /act/?lat=..&lon=..
// Nothing is stored; without JavaScript this box stays hidden and the other finders work.
// Its words, in the page's language, come from the box's data-words (JSON).
(function () {
  "use strict";
  var box = document.getElementById("locate");
  var button = document.getElementById("locate-button");
  var status = document.getElementById("locate-status");
  if (!box || !button || !status || !("geolocation" in navigator)) {
    return;
  }
  var words = JSON.parse(box.getAttribute("data-words"));
  box.hidden = false;
  button.addEventListener("click", function () {
    button.disabled = true;
    status.textContent = words.asking;
    navigator.geolocation.getCurrentPosition(
      function (position) {
        var lat = position.coords.latitude.toFixed(5);
        var lon = position.coords.longitude.toFixed(5);
        status.textContent = words.finding;
        window.location.assign(box.dataset.target + "?lat=" + lat + "&lon=" + lon);
      },
      function (error) {
        button.disabled = false;
        status.textContent = words.unavailable.replace("%(error)s", error.message);
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 }
    );
  });
})();
