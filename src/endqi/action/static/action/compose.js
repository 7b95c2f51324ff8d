/* Message composer: keep the mailto: link in step with the visitor's edits, fall back to
 * copy-and-paste when the link would be too long, count the prompts still to fill in,
 * and copy the text. The page works without this file (the "Update" button re-renders
 * the link on the server). Encoding matches endqi/action/mailto.py. Its words, in the
 * page's language, and the prompt pattern come from the page (the form's data-words,
 * JSON rendered by the server), so there is one catalog and one pattern. */
(function () {
  "use strict";
  var form = document.getElementById("compose-form");
  if (!form) { return; }
  var maxChars = parseInt(form.getAttribute("data-mailto-max"), 10) || 1800;
  var subject = document.getElementById("id_subject");
  var body = document.getElementById("id_body");
  var typed = document.getElementById("id_to_address");
  var link = document.getElementById("mailto-link");
  var shortLink = document.getElementById("mailto-short");
  var ready = document.getElementById("mailto-ready");
  var fallback = document.getElementById("mailto-fallback");
  var fallbackAddresses = document.getElementById("fallback-addresses");
  var status = document.getElementById("placeholder-status");
  var copyButton = document.getElementById("copy-button");
  var copyStatus = document.getElementById("copy-status");
  var words = JSON.parse(form.getAttribute("data-words"));
  var placeholder = new RegExp(words.placeholder, "g");

  function encode(text) {
    // RFC 6068: CRLF line breaks, UTF-8 percent-encoding.
    return encodeURIComponent(text.replace(/\r\n|\r|\n/g, "\r\n"));
  }

  function addresses() {
    var boxes = form.querySelectorAll("input[name=recipients]:checked");
    var list = [];
    for (var i = 0; i < boxes.length; i++) { list.push(boxes[i].getAttribute("data-email")); }
    if (!list.length && typed && typed.value.trim()) { list.push(typed.value.trim()); }
    return list;
  }

  function mailto(to, subjectText, bodyText) {
    var head = "mailto:" + to.map(function (a) { return encodeURIComponent(a).replace(/%40/g, "@"); }).join(",");
    var fields = [];
    if (subjectText) { fields.push("subject=" + encode(subjectText)); }
    if (bodyText) { fields.push("body=" + encode(bodyText)); }
    return head + (fields.length ? "?" + fields.join("&") : "");
  }

  function refresh() {
    var to = addresses();
    var full = mailto(to, subject.value, body.value);
    var fits = full.length <= maxChars;
    link.setAttribute("href", fits ? full : mailto(to, subject.value, ""));
    shortLink.setAttribute("href", mailto(to, subject.value, ""));
    ready.hidden = !fits;
    fallback.hidden = fits;
    if (fallbackAddresses) { fallbackAddresses.textContent = to.join(", "); }
    var left = (subject.value + "\n" + body.value).match(placeholder) || [];
    status.textContent = left.length ? words.left + " " + left.join(", ") : "";
  }

  function copyText() {
    var text = body.value;
    function done(ok) {
      copyStatus.textContent = ok ? words.copied : words.copyFailed;
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
      return;
    }
    body.focus();
    body.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    done(ok);
  }

  form.addEventListener("input", refresh);
  form.addEventListener("change", refresh);
  if (copyButton) {
    copyButton.hidden = false;
    copyButton.addEventListener("click", copyText);
  }
  refresh();
})();
