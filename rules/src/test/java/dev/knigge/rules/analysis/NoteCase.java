package dev.knigge.rules.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One realistic note and what analysis must make of it, read from a {@code .notes} file:
 *
 * <pre>
 * ## CONNECTION: a former colleague, with a reason
 * to: Omar | Haddad | Dr. | DE        (first name | last name | title | country; all optional)
 * skill: Kubernetes                   (optional: the skill an endorsement asks for)
 * note:
 * Hi Omar, …                          (every line up to "expect:", line breaks kept)
 * expect: en | Omar | purpose context (language | salutation name or - | every fact that is true)
 * </pre>
 */
record NoteCase(String title, String firstName, String lastName, String recipientTitle, String country,
                String skill, String note, String language, String salutationName, Set<String> facts, int line) {

    /** The facts a case can name; every one not named must be false. */
    static final List<String> FACTS = List.of("default-invitation", "default-recommendation", "wrong-name",
            "title-used", "du", "purpose", "context", "pitch", "big-ask", "specifics", "gives-out", "reciprocity",
            "fits", "opt-in", "self-intro", "pressure", "question", "job-ask", "advance");

    @Override
    public String toString() {
        return title;
    }

    static List<NoteCase> read(String resource) {
        String text;
        try (InputStream in = NoteCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<NoteCase> cases = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (!line.startsWith("## ")) {
                i++;
                continue;
            }
            int start = i + 1;
            String title = line.substring(3).strip();
            String[] to = new String[4];
            String skill = null;
            StringBuilder note = new StringBuilder();
            String expect = null;
            i++;
            boolean inNote = false;
            while (i < lines.length && expect == null) {
                String l = lines[i];
                if (l.startsWith("expect:")) {
                    expect = l.substring("expect:".length());
                } else if (inNote) {
                    note.append(note.length() == 0 ? "" : "\n").append(l);
                } else if (l.startsWith("to:")) {
                    String[] parts = l.substring(3).split("\\|", -1);
                    for (int k = 0; k < parts.length && k < 4; k++) {
                        to[k] = parts[k].isBlank() ? null : parts[k].strip();
                    }
                } else if (l.startsWith("skill:")) {
                    skill = l.substring("skill:".length()).strip();
                } else if (l.startsWith("note:")) {
                    inNote = true;
                    String rest = l.substring("note:".length()).strip();
                    if (!rest.isEmpty()) {
                        note.append(rest);
                    }
                } else if (!l.isBlank() && !l.startsWith("#")) {
                    throw new IllegalStateException(resource + ":" + (i + 1) + ": unexpected line: " + l);
                }
                i++;
            }
            if (expect == null) {
                throw new IllegalStateException(resource + ":" + start + ": case without expect:");
            }
            String[] parts = expect.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalStateException(resource + ":" + (i) + ": expect: language | name | facts");
            }
            Set<String> facts = new LinkedHashSet<>();
            for (String fact : parts[2].strip().split("\\s+")) {
                if (fact.isEmpty()) {
                    continue;
                }
                if (!FACTS.contains(fact)) {
                    throw new IllegalStateException(resource + ":" + i + ": unknown fact " + fact + "; one of " + FACTS);
                }
                facts.add(fact);
            }
            String name = parts[1].strip();
            cases.add(new NoteCase(title + " (" + resource.substring(resource.lastIndexOf('/') + 1) + ":" + start + ")",
                    to[0], to[1], to[2], to[3], skill, note.toString().strip(), parts[0].strip(),
                    name.equals("-") ? null : name, facts, start));
        }
        return cases;
    }
}
