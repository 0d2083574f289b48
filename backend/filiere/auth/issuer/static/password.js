// Strength meter of the « Créer votre mot de passe » page: advice only, the server applies the policy.
// No dependency, no request: it estimates from the length and warns about the commonest patterns.
(function () {
  "use strict";
  var form = document.getElementById("formulaire-mot-de-passe");
  var input = document.getElementById("password");
  var output = document.getElementById("force-mot-de-passe");
  if (!form || !input || !output) return;
  var minLength = Number(form.getAttribute("data-min-length")) || 12;

  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]/g, "");
  }

  var personal = [fold((form.getAttribute("data-email") || "").split("@")[0])]
    .concat((form.getAttribute("data-name") || "").split(/[\s'’.-]+/).map(fold))
    .filter(function (part) { return part.length >= 4; });
  var sequences = ["azertyuiop", "qwertyuiop", "qsdfghjklm", "asdfghjkl", "wxcvbn", "zxcvbnm",
    "abcdefghijklmnopqrstuvwxyz", "01234567890", "09876543210"];
  var words = ["motdepasse", "password", "azerty", "qwerty", "soleil", "bonjour", "filiere", "admin"];

  function warnings(value) {
    var folded = fold(value);
    var found = [];
    if (/(.)\1\1/.test(value)) found.push("évitez les caractères répétés");
    if (sequences.some(function (run) {
      for (var i = 0; i + 4 <= run.length; i++) if (folded.indexOf(run.slice(i, i + 4)) >= 0) return true;
      return false;
    })) found.push("évitez les suites du clavier ou de l'alphabet");
    if (words.some(function (word) { return folded.indexOf(word) >= 0; })) found.push("évitez les mots de passe courants");
    if (personal.some(function (part) { return folded.indexOf(part) >= 0; })) found.push("n'utilisez ni votre nom ni votre adresse e-mail");
    if (/^\d+$/.test(value)) found.push("ajoutez des lettres ou des mots");
    return found;
  }

  function update() {
    var value = input.value;
    var length = Array.from(value).length;
    if (!value) { output.textContent = ""; output.removeAttribute("data-level"); return; }
    var found = warnings(value);
    var level = length < minLength ? 0 : length < 16 ? 1 : length < 20 ? 2 : 3;
    if (found.length && level > 0) level -= 1;
    var labels = ["trop court", "moyen", "bon", "très bon"];
    var text = "Robustesse estimée : " + labels[level];
    if (length < minLength) text += " (encore " + (minLength - length) + " caractère" + (minLength - length > 1 ? "s" : "") + ")";
    if (found.length) text += " — " + found.join(", ");
    output.textContent = text + ".";
    output.setAttribute("data-level", String(level));
  }

  input.addEventListener("input", update);
  update();
})();
