// "Use my location": ask the browser once, then load the plain GET URL /act/?lat=..&lon=..
// Nothing is stored; without JavaScript this box stays hidden and the other finders work.
(function () {
  "use strict";
  var box = document.getElementById("locate");
  var button = document.getElementById("locate-button");
  var status = document.getElementById("locate-status");
  if (!box || !button || !status || !("geolocation" in navigator)) {
    return;
  }
  box.hidden = false;
  button.addEventListener("click", function () {
    button.disabled = true;
    status.textContent = "Asking your browser for your location…";
    navigator.geolocation.getCurrentPosition(
      function (position) {
        var lat = position.coords.latitude.toFixed(5);
        var lon = position.coords.longitude.toFixed(5);
        status.textContent = "Finding your districts…";
        window.location.assign(box.dataset.target + "?lat=" + lat + "&lon=" + lon);
      },
      function (error) {
        button.disabled = false;
        status.textContent =
          "Your location is not available (" + error.message + "). " +
          "Use your ZIP code or choose your districts instead.";
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 }
    );
  });
})();
