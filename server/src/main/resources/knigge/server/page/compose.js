// The compose page: reviews the draft as it is typed (POST /v1/review), shows the verdict and each
// finding, and highlights the spans of the note each finding rests on. Plain JavaScript, no
// framework, nothing from other sites.
"use strict";

(function () {
  const TEXT = {
    en: {
      tagline: "Think before you send.", examples: "Load an example", examplesNone: "— choose —",
      uiLanguage: "Language of the page and the advice",
      policyBroken: "The policy's latest edit does not load; the last good version keeps serving.",
      request: "Request", type: "Type", platform: "Platform", noteLanguage: "Language of the note",
      CONNECTION: "Connection request", MESSAGE: "Message", INMAIL: "InMail",
      RECOMMENDATION: "Ask for a recommendation", ENDORSEMENT: "Ask for an endorsement",
      INTRODUCTION: "Ask for an introduction", GROUP_INVITE: "Group invitation",
      DISCUSSION_INVITE: "Discussion invitation", GENERIC: "Other", detect: "Detect from the note",
      recipient: "Recipient", firstName: "First name", lastName: "Last name", title: "Title (Dr., Prof., …)",
      languages: "Languages (de, en, …)", interests: "Interests", listHint: "Separate several with commas.",
      relationship: "Relationship", degree: "Degree", degree0: "Outside the network", degree1: "1st — connected",
      degree2: "2nd", degree3: "3rd", mutualContacts: "Mutual contacts", interactions: "Interactions so far",
      knowEachOther: "We know each other", workedTogether: "We worked together",
      note: "Your note", noteHint: "Knigge reviews as you type; the words a finding rests on are highlighted.",
      advice: "Advice", waiting: "Start typing.",
      SEND: "Send", REVISE: "Revise", DO_NOT_SEND: "Do not send",
      SEND_text: "Nothing holds this request back.", REVISE_text: "Worth another look before it goes out.",
      DO_NOT_SEND_text: "This request would put the recipient off.",
      BLOCKER: "BLOCKER", WARNING: "WARNING", ADVICE: "ADVICE",
      suggestion: "Suggestion:", reviewing: "Reviewing…", noFindings: "No findings.",
      quotes: n => n === 1 ? "Rests on 1 highlighted passage." : "Rests on " + n + " highlighted passages.",
      policy: (id, version) => "Policy " + id + " " + version,
      busy: "The server is busy; trying again shortly.", offline: "The server cannot be reached.",
      extra: names => "Also reviewed from the example: " + names + ".",
    },
    de: {
      tagline: "Erst denken, dann senden.", examples: "Beispiel laden", examplesNone: "— auswählen —",
      uiLanguage: "Sprache der Seite und der Hinweise",
      policyBroken: "Die letzte Änderung der Richtlinie lädt nicht; die letzte gute Fassung bleibt in Betrieb.",
      request: "Anfrage", type: "Art", platform: "Plattform", noteLanguage: "Sprache der Nachricht",
      CONNECTION: "Kontaktanfrage", MESSAGE: "Nachricht", INMAIL: "InMail",
      RECOMMENDATION: "Bitte um Empfehlung", ENDORSEMENT: "Bitte um Bestätigung einer Kenntnis",
      INTRODUCTION: "Bitte um Vorstellung", GROUP_INVITE: "Einladung in eine Gruppe",
      DISCUSSION_INVITE: "Einladung zu einer Diskussion", GENERIC: "Andere", detect: "Aus der Nachricht erkennen",
      recipient: "Empfänger", firstName: "Vorname", lastName: "Nachname", title: "Titel (Dr., Prof., …)",
      languages: "Sprachen (de, en, …)", interests: "Interessen", listHint: "Mehrere mit Kommas trennen.",
      relationship: "Beziehung", degree: "Grad", degree0: "Außerhalb des Netzwerks", degree1: "1. — verbunden",
      degree2: "2.", degree3: "3.", mutualContacts: "Gemeinsame Kontakte", interactions: "Bisheriger Austausch",
      knowEachOther: "Wir kennen uns", workedTogether: "Wir haben zusammengearbeitet",
      note: "Ihre Nachricht", noteHint: "Knigge prüft beim Tippen; die Stellen, auf die sich ein Hinweis stützt, sind markiert.",
      advice: "Hinweise", waiting: "Beginnen Sie zu tippen.",
      SEND: "Senden", REVISE: "Überarbeiten", DO_NOT_SEND: "Nicht senden",
      SEND_text: "Nichts spricht gegen diese Anfrage.", REVISE_text: "Vor dem Senden lohnt ein zweiter Blick.",
      DO_NOT_SEND_text: "Diese Anfrage würde den Empfänger verärgern.",
      BLOCKER: "BLOCKER", WARNING: "WARNUNG", ADVICE: "TIPP",
      suggestion: "Vorschlag:", reviewing: "Wird geprüft…", noFindings: "Keine Hinweise.",
      quotes: n => n === 1 ? "Stützt sich auf 1 markierte Stelle." : "Stützt sich auf " + n + " markierte Stellen.",
      policy: (id, version) => "Richtlinie " + id + " " + version,
      busy: "Der Server ist ausgelastet; gleich noch einmal.", offline: "Der Server ist nicht erreichbar.",
      extra: names => "Aus dem Beispiel mitgeprüft: " + names + ".",
    },
  };
  const DEBOUNCE_MILLIS = 250;
  const HEALTH_MILLIS = 2000;
  const FORM_FIELDS = ["type", "platform", "language", "note", "recipient", "relationship"];

  const $ = id => document.getElementById(id);
  const form = $("compose");
  const note = $("note");
  const backdrop = $("note-backdrop");

  let uiLanguage = (stored() || navigator.language || "en").slice(0, 2) === "de" ? "de" : "en";
  let examples = [];
  let base = {};            // the loaded example's fields the form does not show, reviewed too
  let advice = null;        // the latest advice, for the note as it was sent
  let reviewedNote = null;  // the note that advice is about
  let inFlight = null;      // AbortController of the review in flight
  let sequence = 0;
  let timer = 0;
  let reloads = null;

  /** The language chosen last time, when the browser lets the page remember it. */
  function stored(language) {
    try {
      if (language) {
        localStorage.setItem("knigge.language", language);
      }
      return localStorage.getItem("knigge.language");
    } catch (error) {
      return null;
    }
  }

  function t(key) {
    return TEXT[uiLanguage][key];
  }

  function translate() {
    document.documentElement.lang = uiLanguage;
    document.querySelectorAll("[data-i18n]").forEach(element => {
      const text = TEXT[uiLanguage][element.dataset.i18n];
      if (typeof text === "string") {
        element.textContent = text;
      }
    });
    for (const button of document.querySelectorAll(".languages button")) {
      button.setAttribute("aria-pressed", String(button.dataset.lang === uiLanguage));
    }
    fillExamples();
    showExtra();
  }

  function fillExamples() {
    const select = $("example");
    const chosen = select.value;
    while (select.options.length > 1) {
      select.remove(1);
    }
    for (const example of examples) {
      select.add(new Option(example.label[uiLanguage] || example.label.en, example.file));
    }
    select.value = chosen;
  }

  function list(text) {
    return text.split(/[,;]/).map(item => item.trim()).filter(item => item.length > 0);
  }

  function count(input) {
    return input.value === "" ? undefined : Number(input.value);
  }

  function text(input) {
    return input.value.trim() === "" ? undefined : input.value.trim();
  }

  /** The request the form describes, over the loaded example's other fields. */
  function request() {
    const recipient = Object.assign({}, base.recipient, {
      firstName: text($("firstName")), lastName: text($("lastName")), title: text($("title")),
      languages: list($("languages").value), interests: list($("interests").value),
    });
    const relationship = Object.assign({}, base.relationship, {
      degree: Number($("degree").value), knowEachOther: $("knowEachOther").checked,
      workedTogether: $("workedTogether").checked,
      mutualContacts: count($("mutualContacts")), interactions: count($("interactions")),
    });
    return Object.assign({}, base, {
      type: $("type").value, platform: $("platform").value, language: $("language").value || undefined,
      note: note.value, recipient: recipient, relationship: relationship,
    });
  }

  function load(example) {
    const r = example.request;
    base = {};
    for (const [key, value] of Object.entries(r)) {
      if (!FORM_FIELDS.includes(key)) {
        base[key] = value;
      }
    }
    const recipient = r.recipient || {};
    const relationship = r.relationship || {};
    base.recipient = Object.fromEntries(Object.entries(recipient)
      .filter(([key]) => !["firstName", "lastName", "title", "languages", "interests"].includes(key)));
    base.relationship = Object.fromEntries(Object.entries(relationship)
      .filter(([key]) => !["degree", "knowEachOther", "workedTogether", "mutualContacts", "interactions"].includes(key)));
    $("type").value = r.type || "CONNECTION";
    $("platform").value = r.platform || "GENERIC";
    $("language").value = r.language || "";
    $("firstName").value = recipient.firstName || "";
    $("lastName").value = recipient.lastName || "";
    $("title").value = recipient.title || "";
    $("languages").value = (recipient.languages || []).join(", ");
    $("interests").value = (recipient.interests || []).join(", ");
    $("degree").value = String(relationship.degree || 0);
    $("knowEachOther").checked = !!relationship.knowEachOther;
    $("workedTogether").checked = !!relationship.workedTogether;
    $("mutualContacts").value = relationship.mutualContacts ?? "";
    $("interactions").value = relationship.interactions ?? "";
    note.value = r.note || "";
    showExtra();
    changed();
  }

  /** Names the example's fields the form does not show, which are reviewed too. */
  function showExtra() {
    const names = Object.keys(base).filter(key => key !== "id" && key !== "recipient" && key !== "relationship");
    if (base.recipient && Object.keys(base.recipient).length) names.push("recipient.*");
    if (base.relationship && Object.keys(base.relationship).length) names.push("relationship.*");
    const extra = $("extra");
    extra.hidden = names.length === 0;
    extra.textContent = names.length ? t("extra")(names.join(", ")) : "";
  }

  function changed() {
    fitNote();
    document.getElementById("verdict").classList.add("stale");
    highlight(null);
    clearTimeout(timer);
    timer = setTimeout(review, DEBOUNCE_MILLIS);
  }

  async function review() {
    if (inFlight) {
      inFlight.abort();
    }
    const controller = new AbortController();
    inFlight = controller;
    const mine = ++sequence;
    const sent = request();
    status(t("reviewing"), false);
    try {
      const response = await fetch("/v1/review?locale=" + uiLanguage, {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(sent), signal: controller.signal,
      });
      const body = await response.json();
      if (mine !== sequence) {
        return;
      }
      if (response.ok) {
        advice = body;
        reviewedNote = sent.note;
        render();
        status("", false);
      } else if (response.status === 503) {
        status(t("busy"), true);
        timer = setTimeout(review, 1000 * Number(response.headers.get("Retry-After") || 1));
      } else {
        status(body.error, true);
      }
    } catch (error) {
      if (error.name !== "AbortError" && mine === sequence) {
        status(t("offline"), true);
      }
    } finally {
      if (inFlight === controller) {
        inFlight = null;
      }
    }
  }

  function status(message, isError) {
    const element = $("status");
    element.textContent = message;
    element.classList.toggle("error", isError);
  }

  function render() {
    const verdict = $("verdict");
    verdict.className = "verdict " + advice.verdict.toLowerCase().replace(/_/g, "-");
    verdict.dataset.verdict = advice.verdict;
    $("verdict-word").textContent = t(advice.verdict);
    $("verdict-text").textContent = t(advice.verdict + "_text");
    const findings = $("findings");
    findings.replaceChildren();
    advice.findings.forEach((finding, index) => findings.append(findingItem(finding, index)));
    if (advice.findings.length === 0) {
      const none = document.createElement("li");
      none.className = "hint";
      none.textContent = t("noFindings");
      findings.append(none);
    }
    $("policy").textContent = t("policy")(advice.policy, advice.policyVersion);
    highlight(note.value === reviewedNote ? advice : null);
  }

  function findingItem(finding, index) {
    const item = document.createElement("li");
    item.className = "finding " + finding.severity;
    item.tabIndex = 0;
    item.dataset.rule = finding.rule;
    item.dataset.index = String(index);
    const head = document.createElement("div");
    head.className = "finding-head";
    head.append(span("severity", t(finding.severity)), span("finding-title", finding.title), span("rule", finding.rule));
    const reason = document.createElement("p");
    reason.className = "reason";
    reason.textContent = finding.reason;
    const suggestion = document.createElement("p");
    suggestion.className = "suggestion";
    const label = document.createElement("strong");
    label.textContent = t("suggestion") + " ";
    suggestion.append(label, document.createTextNode(finding.suggestion));
    item.append(head, reason, suggestion);
    if (finding.evidence.length > 0) {
      const quotes = document.createElement("p");
      quotes.className = "quotes";
      quotes.textContent = t("quotes")(finding.evidence.length);
      item.append(quotes);
    }
    const on = () => activate(index, true);
    const off = () => activate(index, false);
    item.addEventListener("mouseenter", on);
    item.addEventListener("mouseleave", off);
    item.addEventListener("focus", on);
    item.addEventListener("blur", off);
    return item;
  }

  function span(className, content) {
    const element = document.createElement("span");
    element.className = className;
    element.textContent = content;
    return element;
  }

  function activate(index, on) {
    for (const mark of backdrop.querySelectorAll("mark")) {
      if (mark.dataset.findings.split(" ").includes(String(index))) {
        mark.classList.toggle("active", on);
      }
    }
  }

  /**
   * Draws the note behind the textarea with every evidence span marked; a piece of text inside
   * several findings' spans names them all, so hovering any of them marks it.
   */
  function highlight(current) {
    const value = note.value;
    const spans = [];
    if (current) {
      current.findings.forEach((finding, index) => {
        for (const evidence of finding.evidence) {
          if (evidence.end > evidence.start && evidence.end <= value.length) {
            spans.push({ start: evidence.start, end: evidence.end, index: index });
          }
        }
      });
    }
    const cuts = new Set([0, value.length]);
    spans.forEach(s => { cuts.add(s.start); cuts.add(s.end); });
    const points = [...cuts].sort((a, b) => a - b);
    backdrop.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i];
      const to = points[i + 1];
      const piece = value.slice(from, to);
      const covering = spans.filter(s => s.start <= from && s.end >= to).map(s => s.index);
      if (covering.length === 0) {
        backdrop.append(document.createTextNode(piece));
      } else {
        const mark = document.createElement("mark");
        mark.dataset.findings = [...new Set(covering)].join(" ");
        mark.textContent = piece;
        backdrop.append(mark);
      }
    }
    // A final line break needs something after it to take up its line, as it does in the textarea.
    backdrop.append(document.createTextNode("\u200b"));
  }

  function fitNote() {
    note.style.height = "auto";
    note.style.height = note.scrollHeight + "px";
  }

  async function checkHealth() {
    try {
      const response = await fetch("/healthz", { cache: "no-store" });
      const health = await response.json();
      const problem = $("policy-problem");
      problem.hidden = health.status === "ok";
      const problems = $("policy-problems");
      problems.replaceChildren();
      for (const line of (health.reloadFailed ? health.reloadFailed.problems : [])) {
        const item = document.createElement("li");
        item.textContent = line;
        problems.append(item);
      }
      if (!advice) {
        $("policy").textContent = t("policy")(health.policy, health.policyVersion);
      }
      if (reloads !== null && health.reloads !== reloads) {
        review();   // a new policy is in service: show what it says about the draft
      }
      reloads = health.reloads;
    } catch (error) {
      // The next check tries again; a review that fails says so itself.
    }
  }

  async function loadExamples() {
    try {
      const response = await fetch("/v1/examples");
      examples = await response.json();
      fillExamples();
    } catch (error) {
      examples = [];
    }
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", event => event.preventDefault());
  $("example").addEventListener("change", event => {
    const example = examples.find(e => e.file === event.target.value);
    if (example) {
      load(example);
    }
  });
  for (const button of document.querySelectorAll(".languages button")) {
    button.addEventListener("click", () => {
      uiLanguage = button.dataset.lang;
      stored(uiLanguage);
      translate();
      if (advice) {
        render();
      }
      review();
    });
  }
  window.addEventListener("resize", fitNote);

  translate();
  loadExamples();
  checkHealth();
  setInterval(checkHealth, HEALTH_MILLIS);
  fitNote();
  review();
})();
